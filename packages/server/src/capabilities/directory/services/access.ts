import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { type AuditContext, recordAudit } from '../../../platform/audit/audit';
import { hasRole, type Role } from '../../../platform/auth/roles';
import { memberCustomRoles } from '../../../platform/auth/roles-schema';
import { revokeAllSessions } from '../../../platform/auth/sessions';
import { apiTokens, memberships } from '../../../platform/db/tenancy-schema';
import type { Tx } from '../../../platform/db/types';
import { orgUnitMembers } from '../../capacity/capacity-schema';
import { scimGroupMappings, scimGroupMembers, scimGroups, scimUsers } from '../directory-schema';
import { ScimError } from './scim-errors';

/** The role a directory-provisioned person gets when no mapped group says otherwise. */
export const DEFAULT_PROVISIONED_ROLE: Role = 'viewer';

const highest = (roles: Role[]): Role | null =>
  roles.reduce<Role | null>((best, r) => (best === null || !hasRole(best, r) ? r : best), null);

async function ownerCount(tx: Tx, organizationId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.role, 'owner')));
  return Number(row?.n ?? 0);
}

/**
 * Revokes, at once, what lets a person in: every live session (a session serves all their organizations;
 * they sign in again for the others) and the API tokens they made in this organization.
 */
export async function revokeAccess(tx: Tx, audit: AuditContext, userId: string, now: Date): Promise<void> {
  await revokeAllSessions(tx, userId, now);
  const tokens = await tx
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(
      and(
        eq(apiTokens.organizationId, audit.organizationId),
        eq(apiTokens.createdBy, userId),
        isNull(apiTokens.revokedAt),
      ),
    )
    .returning({ id: apiTokens.id });
  for (const token of tokens)
    await recordAudit(tx, audit, {
      action: 'api_token.revoked',
      entityType: 'api_token',
      entityId: token.id,
      after: { reason: 'deprovisioned', userId },
    });
}

/**
 * Makes a person's membership, role and directory-managed org units what the directory says: an active
 * directory user is a member with the highest role their groups map to (never owner; an owner or a holder of
 * a custom role keeps theirs; without any mapping in the organization, a member's role is left as it is and a
 * new one gets viewer); an inactive or deleted one is no member, and loses sessions and tokens at once.
 */
export async function applyDirectoryAccess(
  tx: Tx,
  audit: AuditContext,
  userId: string,
  now: Date,
): Promise<void> {
  const organizationId = audit.organizationId;
  const [person] = await tx
    .select({ active: scimUsers.active, email: scimUsers.userName })
    .from(scimUsers)
    .where(and(eq(scimUsers.organizationId, organizationId), eq(scimUsers.userId, userId)));
  const [membership] = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)));
  const mappings = await tx
    .select()
    .from(scimGroupMappings)
    .where(eq(scimGroupMappings.organizationId, organizationId));
  const groupNames = person?.active
    ? (
        await tx
          .select({ name: scimGroups.displayName })
          .from(scimGroupMembers)
          .innerJoin(scimGroups, eq(scimGroups.id, scimGroupMembers.groupId))
          .where(
            and(eq(scimGroupMembers.organizationId, organizationId), eq(scimGroupMembers.userId, userId)),
          )
      ).map((g) => g.name.toLowerCase())
    : [];
  const mine = mappings.filter((m) => groupNames.includes(m.groupName.toLowerCase()));

  if (!person?.active) {
    if (membership) {
      if (membership.role === 'owner' && (await ownerCount(tx, organizationId)) <= 1) {
        throw new ScimError(
          409,
          'This person is the organization’s last owner; make someone else an owner first.',
          'mutability',
        );
      }
      await tx
        .delete(memberships)
        .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)));
      await tx
        .delete(memberCustomRoles)
        .where(
          and(eq(memberCustomRoles.organizationId, organizationId), eq(memberCustomRoles.userId, userId)),
        );
      await recordAudit(tx, audit, {
        action: 'member.deprovisioned',
        entityType: 'member',
        entityId: userId,
        before: { role: membership.role },
      });
      await revokeAccess(tx, audit, userId, now);
    }
  } else {
    const mapped = highest(mine.map((m) => m.role).filter((r) => r !== 'owner'));
    if (!membership) {
      const role = mapped ?? DEFAULT_PROVISIONED_ROLE;
      await tx.insert(memberships).values({ organizationId, userId, role });
      await recordAudit(tx, audit, {
        action: 'member.provisioned',
        entityType: 'member',
        entityId: userId,
        after: { role, via: 'scim' },
      });
    } else if (membership.role !== 'owner' && mappings.length > 0) {
      const [custom] = await tx
        .select({ id: memberCustomRoles.customRoleId })
        .from(memberCustomRoles)
        .where(
          and(eq(memberCustomRoles.organizationId, organizationId), eq(memberCustomRoles.userId, userId)),
        );
      const role = mapped ?? DEFAULT_PROVISIONED_ROLE;
      if (!custom && role !== membership.role) {
        await tx
          .update(memberships)
          .set({ role })
          .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)));
        await recordAudit(tx, audit, {
          action: 'member.role_changed',
          entityType: 'member',
          entityId: userId,
          before: { role: membership.role },
          after: { role, via: 'scim' },
        });
      }
    }
  }

  // Org units a mapping names are the directory's to manage: a person is in those their groups map to.
  const managed = [...new Set(mappings.flatMap((m) => (m.orgUnitId ? [m.orgUnitId] : [])))];
  if (managed.length === 0) return;
  const wanted = new Set(mine.flatMap((m) => (m.orgUnitId ? [m.orgUnitId] : [])));
  const current = await tx
    .select({ unit: orgUnitMembers.orgUnitId })
    .from(orgUnitMembers)
    .where(
      and(
        eq(orgUnitMembers.organizationId, organizationId),
        eq(orgUnitMembers.userId, userId),
        inArray(orgUnitMembers.orgUnitId, managed),
      ),
    );
  const have = new Set(current.map((c) => c.unit));
  const leave = [...have].filter((u) => !wanted.has(u));
  const join = [...wanted].filter((u) => !have.has(u));
  if (leave.length)
    await tx
      .delete(orgUnitMembers)
      .where(
        and(
          eq(orgUnitMembers.organizationId, organizationId),
          eq(orgUnitMembers.userId, userId),
          inArray(orgUnitMembers.orgUnitId, leave),
        ),
      );
  if (join.length)
    await tx
      .insert(orgUnitMembers)
      .values(join.map((orgUnitId) => ({ organizationId, orgUnitId, userId, role: 'member' as const })));
  if (leave.length || join.length)
    await recordAudit(tx, audit, {
      action: 'member.units_changed',
      entityType: 'member',
      entityId: userId,
      after: { joined: join, left: leave, via: 'scim' },
    });
}
