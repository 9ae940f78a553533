import { and, asc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import { PERMISSIONS, type Permission } from '../../../platform/auth/permissions';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { roles } from '../../../platform/auth/roles';
import { customRoles, memberCustomRoles, tokenCustomRoles } from '../../../platform/auth/roles-schema';
import { apiTokens, memberships } from '../../../platform/db/tenancy-schema';
import type { Tx } from '../../../platform/db/types';
import { conflict, fieldError, notFound } from '../../../platform/http/problem';

export type CustomRoleRow = typeof customRoles.$inferSelect & { memberCount: number };

export interface CustomRoleInput {
  name: string;
  description: string;
  permissions: Permission[];
}

/** Permissions in the canonical order, without repeats. */
const canonical = (permissions: string[]) => PERMISSIONS.filter((p) => permissions.includes(p));

const memberCount = sql<number>`(SELECT count(*)::int FROM ${memberCustomRoles} WHERE ${memberCustomRoles.customRoleId} = ${customRoles.id})`;

export async function listCustomRoles(tx: Tx, ctx: OrgContext): Promise<CustomRoleRow[]> {
  return tx
    .select({ ...getColumns(), memberCount })
    .from(customRoles)
    .where(eq(customRoles.organizationId, ctx.organizationId))
    .orderBy(asc(sql`lower(${customRoles.name})`));
}

function getColumns() {
  return {
    id: customRoles.id,
    organizationId: customRoles.organizationId,
    name: customRoles.name,
    description: customRoles.description,
    permissions: customRoles.permissions,
    createdAt: customRoles.createdAt,
    updatedAt: customRoles.updatedAt,
  };
}

export async function getCustomRole(tx: Tx, ctx: OrgContext, id: string): Promise<CustomRoleRow> {
  const [row] = await tx
    .select({ ...getColumns(), memberCount })
    .from(customRoles)
    .where(and(eq(customRoles.organizationId, ctx.organizationId), eq(customRoles.id, id)));
  if (!row) throw notFound('The role');
  return row;
}

async function assertNameFree(tx: Tx, ctx: OrgContext, name: string, except?: string): Promise<void> {
  if ((roles as readonly string[]).includes(name.toLowerCase())) {
    throw fieldError('body.name', `“${name}” is a built-in role; choose another name.`);
  }
  const [taken] = await tx
    .select({ id: customRoles.id })
    .from(customRoles)
    .where(
      and(
        eq(customRoles.organizationId, ctx.organizationId),
        sql`lower(${customRoles.name}) = ${name.toLowerCase()}`,
      ),
    );
  if (taken && taken.id !== except) throw conflict(`A role named “${name}” already exists.`);
}

export async function createCustomRole(
  tx: Tx,
  ctx: OrgContext,
  input: CustomRoleInput,
): Promise<CustomRoleRow> {
  await assertNameFree(tx, ctx, input.name);
  const [row] = await tx
    .insert(customRoles)
    .values({ organizationId: ctx.organizationId, ...input, permissions: canonical(input.permissions) })
    .returning();
  await recordAudit(tx, ctx, {
    action: 'role.created',
    entityType: 'role',
    entityId: row!.id,
    after: { name: row!.name, description: row!.description, permissions: row!.permissions },
  });
  return { ...row!, memberCount: 0 };
}

export async function updateCustomRole(
  tx: Tx,
  ctx: OrgContext,
  id: string,
  input: Partial<CustomRoleInput>,
): Promise<CustomRoleRow> {
  const before = await getCustomRole(tx, ctx, id);
  if (input.name !== undefined) await assertNameFree(tx, ctx, input.name, id);
  const changes = {
    ...input,
    ...(input.permissions ? { permissions: canonical(input.permissions) } : {}),
    updatedAt: new Date(),
  };
  const [row] = await tx
    .update(customRoles)
    .set(changes)
    .where(and(eq(customRoles.organizationId, ctx.organizationId), eq(customRoles.id, id)))
    .returning();
  const view = (r: typeof row) => ({
    name: r!.name,
    description: r!.description,
    permissions: r!.permissions,
  });
  await recordAudit(tx, ctx, {
    action: 'role.updated',
    entityType: 'role',
    entityId: id,
    before: view(before),
    after: view(row),
  });
  return { ...row!, memberCount: before.memberCount };
}

/**
 * Refuses (409) while members or live API tokens hold the role: give the members another role, revoke the
 * tokens. Revoked and expired tokens let go of it (they can never act again; the audit log keeps theirs).
 */
export async function deleteCustomRole(tx: Tx, ctx: OrgContext, id: string): Promise<void> {
  const role = await getCustomRole(tx, ctx, id);
  if (role.memberCount > 0) {
    throw conflict(
      `${role.memberCount} ${role.memberCount === 1 ? 'member has' : 'members have'} the role “${role.name}”; give them another role first.`,
    );
  }
  const holders = await tx
    .select({
      tokenId: tokenCustomRoles.tokenId,
      revokedAt: apiTokens.revokedAt,
      expiresAt: apiTokens.expiresAt,
    })
    .from(tokenCustomRoles)
    .innerJoin(apiTokens, eq(apiTokens.id, tokenCustomRoles.tokenId))
    .where(
      and(eq(tokenCustomRoles.organizationId, ctx.organizationId), eq(tokenCustomRoles.customRoleId, id)),
    );
  const now = new Date();
  const live = holders.filter((h) => !h.revokedAt && !(h.expiresAt && h.expiresAt <= now)).length;
  if (live > 0) {
    throw conflict(
      `${live} API ${live === 1 ? 'token has' : 'tokens have'} the role “${role.name}”; revoke ${live === 1 ? 'it' : 'them'} first.`,
    );
  }
  if (holders.length > 0) {
    await tx
      .delete(tokenCustomRoles)
      .where(
        and(eq(tokenCustomRoles.organizationId, ctx.organizationId), eq(tokenCustomRoles.customRoleId, id)),
      );
  }
  await tx
    .delete(customRoles)
    .where(and(eq(customRoles.organizationId, ctx.organizationId), eq(customRoles.id, id)));
  await recordAudit(tx, ctx, {
    action: 'role.deleted',
    entityType: 'role',
    entityId: id,
    before: { name: role.name, permissions: role.permissions },
  });
}

/**
 * Gives a member a custom role instead of their built-in one (their membership's role becomes `viewer`,
 * which is what services see), or takes it away (`null`: they stay `viewer`). Owners keep the owner role.
 */
export async function assignCustomRole(
  tx: Tx,
  ctx: OrgContext,
  userId: string,
  customRoleId: string | null,
): Promise<{ role: (typeof roles)[number]; customRole: { id: string; name: string } | null }> {
  const [member] = await tx
    .select({ role: memberships.role, customRoleId: memberCustomRoles.customRoleId })
    .from(memberships)
    .leftJoin(
      memberCustomRoles,
      and(
        eq(memberCustomRoles.organizationId, memberships.organizationId),
        eq(memberCustomRoles.userId, memberships.userId),
      ),
    )
    .where(and(eq(memberships.organizationId, ctx.organizationId), eq(memberships.userId, userId)));
  if (!member) throw notFound('The member');
  if (member.role === 'owner') throw conflict('An owner keeps the owner role; make them an admin first.');
  const key = and(
    eq(memberCustomRoles.organizationId, ctx.organizationId),
    eq(memberCustomRoles.userId, userId),
  );
  if (customRoleId === null) {
    if (member.customRoleId) {
      await tx.delete(memberCustomRoles).where(key);
      await recordAudit(tx, ctx, {
        action: 'member.custom_role_removed',
        entityType: 'member',
        entityId: userId,
        before: { customRoleId: member.customRoleId },
        after: { role: member.role },
      });
    }
    return { role: member.role, customRole: null };
  }
  const [role] = await tx
    .select({ id: customRoles.id, name: customRoles.name })
    .from(customRoles)
    .where(and(eq(customRoles.organizationId, ctx.organizationId), eq(customRoles.id, customRoleId)));
  if (!role) throw fieldError('body.customRoleId', 'No role with this id in the organization.');
  if (member.customRoleId === role.id) return { role: member.role, customRole: role };
  await tx
    .update(memberships)
    .set({ role: 'viewer' })
    .where(and(eq(memberships.organizationId, ctx.organizationId), eq(memberships.userId, userId)));
  await tx
    .insert(memberCustomRoles)
    .values({ organizationId: ctx.organizationId, userId, customRoleId: role.id })
    .onConflictDoUpdate({
      target: [memberCustomRoles.organizationId, memberCustomRoles.userId],
      set: { customRoleId: role.id, assignedAt: new Date() },
    });
  await recordAudit(tx, ctx, {
    action: 'member.custom_role_assigned',
    entityType: 'member',
    entityId: userId,
    before: { role: member.role, customRoleId: member.customRoleId ?? null },
    after: { role: 'viewer', customRoleId: role.id, customRoleName: role.name },
  });
  return { role: 'viewer', customRole: role };
}

/** A built-in role given to a member replaces their custom role. */
export async function clearCustomRole(tx: Tx, organizationId: string, userId: string): Promise<boolean> {
  const removed = await tx
    .delete(memberCustomRoles)
    .where(and(eq(memberCustomRoles.organizationId, organizationId), eq(memberCustomRoles.userId, userId)))
    .returning({ id: memberCustomRoles.customRoleId });
  return removed.length > 0;
}
