import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { apiTokens } from '../db/tenancy-schema';
import type { Tx } from '../db/types';
import type { Role } from './roles';
import { customRoles, tokenCustomRoles } from './roles-schema';
import { hashSecret } from './secrets';
import type { HeldCustomRole } from './sessions';

export interface TokenIdentity {
  id: string;
  name: string;
  organizationId: string;
  role: Role;
  /** Set when the token acts with a custom role: its permissions replace the built-in role's. */
  customRole?: HeldCustomRole;
}

const LAST_USED_RESOLUTION_MS = 60_000;

/** Finds a live (not revoked, not expired) token by its secret and notes its use, at most once a minute. */
export async function findApiToken(tx: Tx, secret: string, now = new Date()): Promise<TokenIdentity | null> {
  const [found] = await tx
    .select({
      token: apiTokens,
      customRole: { id: customRoles.id, name: customRoles.name, permissions: customRoles.permissions },
    })
    .from(apiTokens)
    .leftJoin(tokenCustomRoles, eq(tokenCustomRoles.tokenId, apiTokens.id))
    .leftJoin(customRoles, eq(customRoles.id, tokenCustomRoles.customRoleId))
    .where(eq(apiTokens.secretHash, sql.placeholder('hash')))
    // Every API request asks this first: prepared once per pooled connection, then only bound and run.
    .prepare('api-token-by-secret')
    .execute({ hash: hashSecret(secret) });
  const row = found?.token;
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return null;
  const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  // Most requests find it fresh and skip the write; the WHERE keeps racing servers from writing twice.
  if (!row.lastUsedAt || row.lastUsedAt < stale) {
    await tx
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(
        and(eq(apiTokens.id, row.id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, stale))),
      );
  }
  const identity: TokenIdentity = {
    id: row.id,
    name: row.name,
    organizationId: row.organizationId,
    role: row.role,
  };
  return found.customRole ? { ...identity, customRole: found.customRole } : identity;
}
