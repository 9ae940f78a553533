import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { statement } from '../db/rows';
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

interface TokenRow {
  id: string;
  organization_id: string;
  name: string;
  role: Role;
  expires_at: string | Date | null;
  last_used_at: string | Date | null;
  revoked_at: string | Date | null;
  custom_role_id: string | null;
  custom_role_name: string | null;
  custom_role_permissions: string[] | null;
}

/**
 * Every API request asks this first: built once and prepared once per pooled connection, then only bound
 * and run (building it with drizzle's query builder on each request was most of the request's allocations).
 */
const tokenBySecret = statement<{ hash: string }, TokenRow>(
  'api-token-by-secret',
  (v) => sql`SELECT t.id, t.organization_id, t.name, t.role, t.expires_at, t.last_used_at, t.revoked_at,
      r.id AS custom_role_id, r.name AS custom_role_name, r.permissions AS custom_role_permissions
    FROM ${apiTokens} t
    LEFT JOIN ${tokenCustomRoles} tr ON tr.token_id = t.id
    LEFT JOIN ${customRoles} r ON r.id = tr.custom_role_id
    WHERE t.secret_hash = ${v.hash}`,
);

const when = (value: string | Date | null) => (value === null ? null : new Date(value));

/** Finds a live (not revoked, not expired) token by its secret and notes its use, at most once a minute. */
export async function findApiToken(tx: Tx, secret: string, now = new Date()): Promise<TokenIdentity | null> {
  const [found] = await tokenBySecret(tx, { hash: hashSecret(secret) });
  if (!found || found.revoked_at !== null) return null;
  const expiresAt = when(found.expires_at);
  if (expiresAt && expiresAt <= now) return null;
  const lastUsedAt = when(found.last_used_at);
  const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  // Most requests find it fresh and skip the write; the WHERE keeps racing servers from writing twice.
  if (!lastUsedAt || lastUsedAt < stale) {
    await tx
      .update(apiTokens)
      .set({ lastUsedAt: now })
      .where(
        and(eq(apiTokens.id, found.id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, stale))),
      );
  }
  const identity: TokenIdentity = {
    id: found.id,
    name: found.name,
    organizationId: found.organization_id,
    role: found.role,
  };
  return found.custom_role_id
    ? {
        ...identity,
        customRole: {
          id: found.custom_role_id,
          name: found.custom_role_name!,
          permissions: found.custom_role_permissions!,
        },
      }
    : identity;
}
