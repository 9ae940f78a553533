import { randomBytes } from 'node:crypto';
import { and, desc, eq, isNull, lt, or } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { hashSecret, newSecret } from '../../../platform/auth/secrets';
import type { Tx } from '../../../platform/db/types';
import { notFound } from '../../../platform/http/problem';
import { scimTokens } from '../directory-schema';

export type ScimTokenRow = typeof scimTokens.$inferSelect;

/** What a SCIM request acts as: the organization its token belongs to. */
export interface ScimCaller {
  tokenId: string;
  tokenName: string;
  organizationId: string;
}

const LAST_USED_RESOLUTION_MS = 60_000;

/** SCIM secrets look like `scim_<8-char prefix>_<secret>`; the prefix is shown in lists. */
function newScimSecret(): { secret: string; prefix: string } {
  const prefix = randomBytes(4).toString('hex');
  return { secret: `scim_${prefix}_${newSecret()}`, prefix: `scim_${prefix}` };
}

export async function listScimTokens(tx: Tx, ctx: OrgContext): Promise<ScimTokenRow[]> {
  return tx
    .select()
    .from(scimTokens)
    .where(eq(scimTokens.organizationId, ctx.organizationId))
    .orderBy(desc(scimTokens.createdAt), desc(scimTokens.id))
    .limit(200);
}

/** The secret is returned here only; the table keeps its SHA-256. */
export async function createScimToken(
  tx: Tx,
  ctx: OrgContext,
  name: string,
): Promise<{ token: ScimTokenRow; secret: string }> {
  const { secret, prefix } = newScimSecret();
  const [row] = await tx
    .insert(scimTokens)
    .values({
      organizationId: ctx.organizationId,
      name: name.trim(),
      prefix,
      secretHash: hashSecret(secret),
      createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
    })
    .returning();
  await recordAudit(tx, ctx, {
    action: 'scim_token.created',
    entityType: 'scim_token',
    entityId: row!.id,
    after: { name: row!.name, prefix },
  });
  return { token: row!, secret };
}

export async function revokeScimToken(tx: Tx, ctx: OrgContext, id: string, now = new Date()): Promise<void> {
  const [row] = await tx
    .select()
    .from(scimTokens)
    .where(and(eq(scimTokens.organizationId, ctx.organizationId), eq(scimTokens.id, id)));
  if (!row) throw notFound('The SCIM token');
  if (row.revokedAt) return;
  await tx.update(scimTokens).set({ revokedAt: now }).where(eq(scimTokens.id, id));
  await recordAudit(tx, ctx, {
    action: 'scim_token.revoked',
    entityType: 'scim_token',
    entityId: id,
    before: { name: row.name, prefix: row.prefix },
  });
}

/** The live token behind a bearer secret (system scope: the secret names the organization). */
export async function findScimToken(tx: Tx, secret: string, now = new Date()): Promise<ScimCaller | null> {
  const [row] = await tx
    .select()
    .from(scimTokens)
    .where(and(eq(scimTokens.secretHash, hashSecret(secret)), isNull(scimTokens.revokedAt)));
  if (!row) return null;
  const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!row.lastUsedAt || row.lastUsedAt < stale) {
    await tx
      .update(scimTokens)
      .set({ lastUsedAt: now })
      .where(
        and(eq(scimTokens.id, row.id), or(isNull(scimTokens.lastUsedAt), lt(scimTokens.lastUsedAt, stale))),
      );
  }
  return { tokenId: row.id, tokenName: row.name, organizationId: row.organizationId };
}
