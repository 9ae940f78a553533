import { and, desc, eq, getTableColumns, lt, or } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { hasRole, type Role } from '../../../platform/auth/roles';
import { customRoles, tokenCustomRoles } from '../../../platform/auth/roles-schema';
import { hashSecret, newApiTokenSecret } from '../../../platform/auth/secrets';
import { timestampParam, toMillis } from '../../../platform/db/keyset';
import { apiTokens } from '../../../platform/db/tenancy-schema';
import type { Tx } from '../../../platform/db/types';
import { fieldError, forbidden, notFound } from '../../../platform/http/problem';

export type ApiTokenRow = typeof apiTokens.$inferSelect & {
  /** The custom role the token acts with instead of its built-in role, if any. */
  customRole: { id: string; name: string } | null;
};

const tokenColumns = {
  ...getTableColumns(apiTokens),
  customRole: { id: customRoles.id, name: customRoles.name },
};

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
    .select(tokenColumns)
    .from(apiTokens)
    .leftJoin(tokenCustomRoles, eq(tokenCustomRoles.tokenId, apiTokens.id))
    .leftJoin(customRoles, eq(customRoles.id, tokenCustomRoles.customRoleId))
    .where(and(eq(apiTokens.organizationId, ctx.organizationId), before))
    .orderBy(desc(created), desc(apiTokens.id))
    .limit(page.limit);
}

/** A token never outranks its creator and is never an owner; its secret is returned once, only here. */
export async function createApiToken(
  tx: Tx,
  ctx: OrgContext,
  input: {
    name: string;
    role?: Role | undefined;
    customRoleId?: string | undefined;
    expiresAt?: Date | undefined;
  },
): Promise<{ token: ApiTokenRow; secret: string }> {
  const customRole = input.customRoleId ? await customRoleOf(tx, ctx, input.customRoleId) : null;
  // A token with a custom role keeps `viewer` as the role services see, as members with one do.
  const role: Role = customRole ? 'viewer' : (input.role ?? 'viewer');
  if (role === 'owner') throw fieldError('body.role', 'an API token cannot have the owner role');
  if (!hasRole(ctx.role, role))
    throw forbidden(`You cannot create a token with more rights (${role}) than yours.`);
  if (input.expiresAt && input.expiresAt.getTime() <= Date.now()) {
    throw fieldError('body.expiresAt', 'must be in the future');
  }
  const { secret, prefix } = newApiTokenSecret();
  const [token] = await tx
    .insert(apiTokens)
    .values({
      organizationId: ctx.organizationId,
      name: input.name.trim(),
      role,
      prefix,
      secretHash: hashSecret(secret),
      createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
      expiresAt: input.expiresAt ?? null,
    })
    .returning();
  const row = token!;
  if (customRole) {
    await tx
      .insert(tokenCustomRoles)
      .values({ organizationId: ctx.organizationId, tokenId: row.id, customRoleId: customRole.id });
  }
  await recordAudit(tx, ctx, {
    action: 'api_token.created',
    entityType: 'api_token',
    entityId: row.id,
    after: {
      name: row.name,
      role: row.role,
      ...(customRole ? { customRole: customRole.name } : {}),
      prefix: row.prefix,
      expiresAt: row.expiresAt?.toISOString() ?? null,
    },
  });
  return { token: { ...row, customRole }, secret };
}

async function customRoleOf(tx: Tx, ctx: OrgContext, id: string) {
  const [role] = await tx
    .select({ id: customRoles.id, name: customRoles.name })
    .from(customRoles)
    .where(and(eq(customRoles.organizationId, ctx.organizationId), eq(customRoles.id, id)));
  if (!role) throw fieldError('body.customRoleId', 'No custom role of the organization has this id.');
  return role;
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
