import { and, desc, eq, lt, or } from 'drizzle-orm';
import type { OrgContext } from '../auth/request-auth';
import { hasRole, type Role } from '../auth/roles';
import { hashSecret, newApiTokenSecret } from '../auth/secrets';
import { timestampParam, toMillis } from '../db/keyset';
import { apiTokens } from '../db/schema';
import type { Tx } from '../db/types';
import { fieldError, forbidden, notFound } from '../http/problem';
import { recordAudit } from './audit';

export type ApiTokenRow = typeof apiTokens.$inferSelect;

export async function listApiTokens(
  tx: Tx,
  ctx: OrgContext,
  page: { limit: number; before?: [string, string] | undefined },
): Promise<ApiTokenRow[]> {
  const created = toMillis(apiTokens.createdAt);
  const before = page.before
    ? or(
        lt(created, timestampParam(page.before[0])),
        and(eq(created, timestampParam(page.before[0])), lt(apiTokens.id, page.before[1])),
      )
    : undefined;
  return tx
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.organizationId, ctx.organizationId), before))
    .orderBy(desc(created), desc(apiTokens.id))
    .limit(page.limit);
}

/** A token never outranks its creator and is never an owner; its secret is returned once, only here. */
export async function createApiToken(
  tx: Tx,
  ctx: OrgContext,
  input: { name: string; role: Role; expiresAt?: Date | undefined },
): Promise<{ token: ApiTokenRow; secret: string }> {
  if (input.role === 'owner') throw fieldError('body.role', 'an API token cannot have the owner role');
  if (!hasRole(ctx.role, input.role))
    throw forbidden(`You cannot create a token with more rights (${input.role}) than yours.`);
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
    throw fieldError('body.expiresAt', 'must be in the future');
  }
  const { secret, prefix } = newApiTokenSecret();
  const [token] = await tx
    .insert(apiTokens)
    .values({
      organizationId: ctx.organizationId,
      name: input.name.trim(),
      role: input.role,
      prefix,
      secretHash: hashSecret(secret),
      createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
      expiresAt: input.expiresAt ?? null,
    })
    .returning();
  const row = token!;
  await recordAudit(tx, ctx, {
    action: 'api_token.created',
    entityType: 'api_token',
    entityId: row.id,
    after: {
      name: row.name,
      role: row.role,
      prefix: row.prefix,
      expiresAt: row.expiresAt?.toISOString() ?? null,
    },
  });
  return { token: row, secret };
}

export async function revokeApiToken(tx: Tx, ctx: OrgContext, id: string): Promise<void> {
  const [row] = await tx
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.organizationId, ctx.organizationId), eq(apiTokens.id, id)));
  if (!row) throw notFound('The API token');
  if (row.revokedAt) return;
  await tx.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, id));
  await recordAudit(tx, ctx, {
    action: 'api_token.revoked',
    entityType: 'api_token',
    entityId: id,
    before: { name: row.name, role: row.role, prefix: row.prefix },
  });
}
