import { and, eq, gt, isNull, ne } from 'drizzle-orm';
import { memberships as membershipsTable, organizations, sessions, users } from '../db/tenancy-schema';
import type { Tx } from '../db/types';
import type { Role } from './roles';
import { customRoles, memberCustomRoles } from './roles-schema';
import { hashSecret, newSecret } from './secrets';

export const SESSION_COOKIE = 'trellis_session';
export const SESSION_TTL_MS = 14 * 24 * 3600 * 1000;

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

export async function createSession(tx: Tx, userId: string, now = new Date()) {
  const token = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  const [row] = await tx
    .insert(sessions)
    .values({ tokenHash: hashSecret(token), csrfToken, userId, expiresAt })
    .returning({ id: sessions.id });
  return { id: row!.id, token, csrfToken, expiresAt };
}

export async function findSession(tx: Tx, token: string, now = new Date()): Promise<ActiveSession | null> {
  const [row] = await tx
    .select({
      id: sessions.id,
      csrfToken: sessions.csrfToken,
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
  return { id: row.id, csrfToken: row.csrfToken, user: { id: row.userId, email: row.email, name: row.name } };
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
