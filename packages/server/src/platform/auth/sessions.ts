import { and, eq, gt, isNull, lt, ne, sql } from 'drizzle-orm';
import { memberships as membershipsTable, organizations, sessions, users } from '../db/tenancy-schema';
import type { Tx } from '../db/types';
import type { Role } from './roles';
import { customRoles, memberCustomRoles } from './roles-schema';
import { hashSecret, newSecret } from './secrets';

export const SESSION_COOKIE = 'trellis_session';
export const SESSION_TTL_MS = 14 * 24 * 3600 * 1000;
/** The idle and absolute limits an organization gets unless it sets its own (minutes): 14 days each. */
export const DEFAULT_SESSION_LIMIT_MINUTES = SESSION_TTL_MS / 60_000;
/** The shortest limit an organization may set, so the once-a-minute idle bookkeeping stays meaningful. */
export const MIN_SESSION_LIMIT_MINUTES = 5;
/** A session's last use is written at most once a minute: most requests only read. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

/** A custom role held instead of a built-in one: its permissions decide what the member may do. */
export interface HeldCustomRole {
  id: string;
  name: string;
  permissions: string[];
}

export interface Membership {
  organization: { id: string; name: string; slug: string };
  role: Role;
  customRole?: HeldCustomRole;
}

export interface ActiveSession {
  id: string;
  csrfToken: string;
  user: SessionUser;
}

/**
 * Starts a session. `ssoExpiresAt` (a single sign-on: the provider's id token expiry) ends it then, however
 * long the organization's limits would let it run: after it, the person signs in through the provider again.
 */
export async function createSession(
  tx: Tx,
  userId: string,
  now = new Date(),
  opts: { ssoExpiresAt?: Date | undefined } = {},
) {
  const token = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  const [row] = await tx
    .insert(sessions)
    .values({
      tokenHash: hashSecret(token),
      csrfToken,
      userId,
      expiresAt,
      createdAt: now,
      lastSeenAt: now,
      ssoExpiresAt: opts.ssoExpiresAt ?? null,
    })
    .returning({ id: sessions.id });
  return { id: row!.id, token, csrfToken, expiresAt };
}

/**
 * The session behind a cookie, if it is live: not revoked, not past its 14-day expiry, not past its single
 * sign-on expiry, and within the idle and absolute limits of every organization its person belongs to (the
 * strictest wins: one session serves all of them). Notes its use, at most once a minute.
 */
export async function findSession(tx: Tx, token: string, now = new Date()): Promise<ActiveSession | null> {
  const [row] = await tx
    .select({
      id: sessions.id,
      csrfToken: sessions.csrfToken,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      ssoExpiresAt: sessions.ssoExpiresAt,
      userId: users.id,
      email: users.email,
      name: users.name,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(eq(sessions.tokenHash, hashSecret(token)), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)),
    );
  if (!row) return null;
  if (row.ssoExpiresAt && row.ssoExpiresAt <= now) return null;
  const limits = await sessionLimitsOf(tx, row.userId);
  const at = now.getTime();
  if (at - row.createdAt.getTime() >= limits.maxMinutes * 60_000) return null;
  if (at - row.lastSeenAt.getTime() >= limits.idleMinutes * 60_000) return null;
  const stale = new Date(at - LAST_SEEN_RESOLUTION_MS);
  if (row.lastSeenAt < stale) {
    await tx
      .update(sessions)
      .set({ lastSeenAt: now })
      .where(and(eq(sessions.id, row.id), lt(sessions.lastSeenAt, stale)));
  }
  return { id: row.id, csrfToken: row.csrfToken, user: { id: row.userId, email: row.email, name: row.name } };
}

/** The strictest idle and absolute limits (minutes) among the organizations a person belongs to. */
export async function sessionLimitsOf(
  tx: Tx,
  userId: string,
): Promise<{ idleMinutes: number; maxMinutes: number }> {
  const fallback = DEFAULT_SESSION_LIMIT_MINUTES;
  const [row] = await tx
    .select({
      idle: sql<number>`coalesce(min(${organizations.sessionIdleMinutes}), ${fallback})::int`,
      max: sql<number>`coalesce(min(${organizations.sessionMaxMinutes}), ${fallback})::int`,
    })
    .from(membershipsTable)
    .innerJoin(organizations, eq(organizations.id, membershipsTable.organizationId))
    .where(eq(membershipsTable.userId, userId));
  return {
    idleMinutes: Math.min(Number(row?.idle ?? fallback), fallback),
    maxMinutes: Math.min(Number(row?.max ?? fallback), fallback),
  };
}

export async function listMemberships(tx: Tx, userId: string): Promise<Membership[]> {
  const rows = await tx
    .select({
      id: organizations.id,
      name: organizations.name,
      slug: organizations.slug,
      role: membershipsTable.role,
      customRoleId: customRoles.id,
      customRoleName: customRoles.name,
      customRolePermissions: customRoles.permissions,
    })
    .from(membershipsTable)
    .innerJoin(organizations, eq(organizations.id, membershipsTable.organizationId))
    .leftJoin(
      memberCustomRoles,
      and(
        eq(memberCustomRoles.organizationId, membershipsTable.organizationId),
        eq(memberCustomRoles.userId, membershipsTable.userId),
      ),
    )
    .leftJoin(customRoles, eq(customRoles.id, memberCustomRoles.customRoleId))
    .where(eq(membershipsTable.userId, userId))
    .orderBy(organizations.name);
  return rows.map(({ role, customRoleId, customRoleName, customRolePermissions, id, name, slug }) => ({
    organization: { id, name, slug },
    role,
    ...(customRoleId
      ? {
          customRole: {
            id: customRoleId,
            name: customRoleName ?? '',
            permissions: customRolePermissions ?? [],
          },
        }
      : {}),
  }));
}

export async function revokeSession(tx: Tx, sessionId: string): Promise<void> {
  await tx.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.id, sessionId));
}

/** Revokes every live session of a user except `keep` (after a password change). */
export async function revokeOtherSessions(tx: Tx, userId: string, keep: string): Promise<void> {
  await tx
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.userId, userId), ne(sessions.id, keep), isNull(sessions.revokedAt)));
}

/** Revokes every live session of a user (after their password was reset). */
export async function revokeAllSessions(tx: Tx, userId: string, now = new Date()): Promise<void> {
  await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}
