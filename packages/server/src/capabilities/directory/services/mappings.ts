import { and, asc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Role } from '../../../platform/auth/roles';
import type { Tx } from '../../../platform/db/types';
import { conflict, fieldError, notFound } from '../../../platform/http/problem';
import { orgUnits } from '../../capacity/capacity-schema';
import { scimGroupMappings, scimGroupMembers, scimGroups, scimUsers } from '../directory-schema';
import { applyDirectoryAccess } from './access';

export type GroupMappingRow = typeof scimGroupMappings.$inferSelect & { orgUnitName: string | null };

export async function listGroupMappings(tx: Tx, organizationId: string): Promise<GroupMappingRow[]> {
  const rows = await tx
    .select({ mapping: scimGroupMappings, orgUnitName: orgUnits.name })
    .from(scimGroupMappings)
    .leftJoin(orgUnits, eq(orgUnits.id, scimGroupMappings.orgUnitId))
    .where(eq(scimGroupMappings.organizationId, organizationId))
    .orderBy(asc(scimGroupMappings.groupName));
  return rows.map((r) => ({ ...r.mapping, orgUnitName: r.orgUnitName }));
}

/**
 * Everyone active the directory provisioned: a mapping change re-applies roles and units to them all (the
 * inactive are no members already; their access went when they were deactivated).
 */
async function reapplyAll(tx: Tx, ctx: OrgContext, now: Date) {
  const people = await tx
    .select({ id: scimUsers.userId })
    .from(scimUsers)
    .where(and(eq(scimUsers.organizationId, ctx.organizationId), eq(scimUsers.active, true)));
  for (const p of people) await applyDirectoryAccess(tx, ctx, p.id, now);
}

/** Maps a directory group (by displayName) to a role and, optionally, an org unit; applies it at once. */
export async function createGroupMapping(
  tx: Tx,
  ctx: OrgContext,
  input: { groupName: string; role: Exclude<Role, 'owner'>; orgUnitId: string | null },
  now = new Date(),
): Promise<GroupMappingRow> {
  const groupName = input.groupName.trim();
  const [clash] = await tx
    .select({ id: scimGroupMappings.id })
    .from(scimGroupMappings)
    .where(
      and(
        eq(scimGroupMappings.organizationId, ctx.organizationId),
        sql`lower(${scimGroupMappings.groupName}) = lower(${groupName})`,
      ),
    );
  if (clash) throw conflict(`The group "${groupName}" is mapped already; remove that mapping first.`);
  let orgUnitName: string | null = null;
  if (input.orgUnitId) {
    const [unit] = await tx
      .select({ name: orgUnits.name })
      .from(orgUnits)
      .where(and(eq(orgUnits.organizationId, ctx.organizationId), eq(orgUnits.id, input.orgUnitId)));
    if (!unit) throw fieldError('body.orgUnitId', 'No org unit of the organization has this id.');
    orgUnitName = unit.name;
  }
  const [row] = await tx
    .insert(scimGroupMappings)
    .values({ organizationId: ctx.organizationId, groupName, role: input.role, orgUnitId: input.orgUnitId })
    .returning();
  await recordAudit(tx, ctx, {
    action: 'scim.mapping_created',
    entityType: 'scim_group_mapping',
    entityId: row!.id,
    after: { groupName, role: input.role, orgUnitId: input.orgUnitId },
  });
  await reapplyAll(tx, ctx, now);
  return { ...row!, orgUnitName };
}

export async function deleteGroupMapping(tx: Tx, ctx: OrgContext, id: string, now = new Date()) {
  const [row] = await tx
    .delete(scimGroupMappings)
    .where(and(eq(scimGroupMappings.organizationId, ctx.organizationId), eq(scimGroupMappings.id, id)))
    .returning();
  if (!row) throw notFound('The group mapping');
  await recordAudit(tx, ctx, {
    action: 'scim.mapping_removed',
    entityType: 'scim_group_mapping',
    entityId: id,
    before: { groupName: row.groupName, role: row.role, orgUnitId: row.orgUnitId },
  });
  await reapplyAll(tx, ctx, now);
}

/** The directory's groups with their member counts, for the admin page. */
export async function listDirectoryGroups(tx: Tx, organizationId: string) {
  return tx
    .select({
      id: scimGroups.id,
      displayName: scimGroups.displayName,
      members: sql<number>`(select count(*)::int from ${scimGroupMembers} m where m.group_id = ${scimGroups.id})`,
    })
    .from(scimGroups)
    .where(eq(scimGroups.organizationId, organizationId))
    .orderBy(asc(scimGroups.displayName))
    .limit(500);
}

/** How many people the directory provisioned, and how many of them are active. */
export async function directoryCounts(tx: Tx, organizationId: string) {
  const [row] = await tx
    .select({
      users: sql<number>`count(*)::int`,
      active: sql<number>`count(*) filter (where ${scimUsers.active})::int`,
    })
    .from(scimUsers)
    .where(eq(scimUsers.organizationId, organizationId));
  return { users: Number(row?.users ?? 0), active: Number(row?.active ?? 0) };
}
