import { and, asc, eq, gt, or, sql } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { hasRole, type Role } from '../../../platform/auth/roles';
import { customRoles, memberCustomRoles } from '../../../platform/auth/roles-schema';
import { timestampParam, toMillis } from '../../../platform/db/keyset';
import { memberships, users } from '../../../platform/db/tenancy-schema';
import type { Tx } from '../../../platform/db/types';
import { conflict, forbidden, notFound } from '../../../platform/http/problem';
import { clearCustomRole } from './custom-roles';

export interface MemberRow {
  userId: string;
  email: string;
  name: string;
  role: Role;
  createdAt: Date;
  customRoleId: string | null;
  customRoleName: string | null;
}

const memberColumns = {
  userId: users.id,
  email: users.email,
  name: users.name,
  role: memberships.role,
  createdAt: memberships.createdAt,
  customRoleId: customRoles.id,
  customRoleName: customRoles.name,
};
const customRoleJoin = and(
  eq(memberCustomRoles.organizationId, memberships.organizationId),
  eq(memberCustomRoles.userId, memberships.userId),
);

/** Members in the order they joined, keyset-paginated on (joined, user id). */
export async function listMembers(
  tx: Tx,
  ctx: OrgContext,
  page: { limit: number; after?: [string, string] | undefined },
): Promise<MemberRow[]> {
  const joined = toMillis(memberships.createdAt);
  const after = page.after
    ? or(
        gt(joined, timestampParam(page.after[0])),
        and(eq(joined, timestampParam(page.after[0])), gt(memberships.userId, page.after[1])),
      )
    : undefined;
  return tx
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(memberCustomRoles, customRoleJoin)
    .leftJoin(customRoles, eq(customRoles.id, memberCustomRoles.customRoleId))
    .where(and(eq(memberships.organizationId, ctx.organizationId), after))
    .orderBy(asc(joined), asc(memberships.userId))
    .limit(page.limit);
}

async function getMember(tx: Tx, ctx: OrgContext, userId: string): Promise<MemberRow> {
  const [row] = await tx
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(memberCustomRoles, customRoleJoin)
    .leftJoin(customRoles, eq(customRoles.id, memberCustomRoles.customRoleId))
    .where(and(eq(memberships.organizationId, ctx.organizationId), eq(memberships.userId, userId)));
  if (!row) throw notFound('The member');
  return row;
}

async function ownerCount(tx: Tx, organizationId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.role, 'owner')));
  return row?.n ?? 0;
}

/** Only an owner grants or takes away the owner role, and an organization always keeps one owner. */
function assertMayChange(ctx: OrgContext, member: MemberRow, newRole: Role | null): void {
  if ((member.role === 'owner' || newRole === 'owner') && !hasRole(ctx.role, 'owner')) {
    throw forbidden('Only an owner can grant or remove the owner role.');
  }
}

export async function changeMemberRole(
  tx: Tx,
  ctx: OrgContext,
  userId: string,
  role: Role,
): Promise<MemberRow> {
  const member = await getMember(tx, ctx, userId);
  assertMayChange(ctx, member, role);
  // A built-in role given to a member replaces their custom role.
  if (await clearCustomRole(tx, ctx.organizationId, userId)) {
    await recordAudit(tx, ctx, {
      action: 'member.custom_role_removed',
      entityType: 'member',
      entityId: userId,
      before: { customRoleId: member.customRoleId },
      after: { role },
    });
  }
  if (member.role === role) return { ...member, customRoleId: null, customRoleName: null };
  if (member.role === 'owner' && (await ownerCount(tx, ctx.organizationId)) <= 1) {
    throw conflict('This is the last owner; make someone else an owner first.');
  }
  await tx
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.organizationId, ctx.organizationId), eq(memberships.userId, userId)));
  await recordAudit(tx, ctx, {
    action: 'member.role_changed',
    entityType: 'member',
    entityId: userId,
    before: { role: member.role },
    after: { role },
  });
  return { ...member, role, customRoleId: null, customRoleName: null };
}

export async function removeMember(tx: Tx, ctx: OrgContext, userId: string): Promise<void> {
  const member = await getMember(tx, ctx, userId);
  assertMayChange(ctx, member, null);
  if (member.role === 'owner' && (await ownerCount(tx, ctx.organizationId)) <= 1) {
    throw conflict('This is the last owner; an organization must keep one.');
  }
  await tx
    .delete(memberships)
    .where(and(eq(memberships.organizationId, ctx.organizationId), eq(memberships.userId, userId)));
  await recordAudit(tx, ctx, {
    action: 'member.removed',
    entityType: 'member',
    entityId: userId,
    before: { email: member.email, role: member.role },
  });
}

/** Adds an existing user to the organization (the CLI's `user create` for a second organization). */
export async function addMember(tx: Tx, ctx: OrgContext, userId: string, role: Role): Promise<void> {
  const [existing] = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.organizationId, ctx.organizationId), eq(memberships.userId, userId)));
  if (existing) throw conflict('This user is already a member of the organization.');
  await tx.insert(memberships).values({ organizationId: ctx.organizationId, userId, role });
  await recordAudit(tx, ctx, {
    action: 'member.added',
    entityType: 'member',
    entityId: userId,
    after: { role },
  });
}
