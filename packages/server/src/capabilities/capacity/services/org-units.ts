import { countNoun, unitCapacities } from '@trellis/core';
import { and, asc, eq, gt, or, sql } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { timestampParam, toMillis } from '../../../platform/db/keyset';
import { selectRows } from '../../../platform/db/rows';
import { memberships, users } from '../../../platform/db/tenancy-schema';
import type { Tx } from '../../../platform/db/types';
import { conflict, fieldError, notFound } from '../../../platform/http/problem';
import { type OrgUnitKind, orgUnitMembers, orgUnits } from '../capacity-schema';

export type OrgUnitRow = typeof orgUnits.$inferSelect;

export interface NewOrgUnit {
  name: string;
  kind: OrgUnitKind;
  parentId?: string | null | undefined;
  headcount?: number | undefined;
  monthlyCapacity?: number | null | undefined;
  amberThreshold?: number | undefined;
  redThreshold?: number | undefined;
}

const LEVEL: Record<OrgUnitKind, number> = { division: 0, department: 1, team: 2 };

function checkThresholds(amber: number, red: number, path: string) {
  if (!(amber > 0 && amber <= red)) {
    throw fieldError(
      `${path}amberThreshold`,
      'The amber threshold must be above 0 and at most the red threshold.',
    );
  }
}

/** Creates an org unit under a parent of the same organization; the shared entry point for other capabilities. */
export async function createOrgUnit(tx: Tx, ctx: OrgContext, input: NewOrgUnit): Promise<OrgUnitRow> {
  if (input.parentId) {
    const [parent] = await tx
      .select({ id: orgUnits.id, kind: orgUnits.kind })
      .from(orgUnits)
      .where(and(eq(orgUnits.organizationId, ctx.organizationId), eq(orgUnits.id, input.parentId)));
    if (!parent) throw fieldError('body.parentId', 'No org unit with this id in the organization.');
    if (LEVEL[parent.kind] >= LEVEL[input.kind]) {
      throw fieldError(
        'body.kind',
        `A ${input.kind} cannot sit under a ${parent.kind} (division → department → team).`,
      );
    }
  }
  checkThresholds(input.amberThreshold ?? 0.8, input.redThreshold ?? 1, 'body.');
  const [row] = await tx
    .insert(orgUnits)
    .values({
      organizationId: ctx.organizationId,
      name: input.name,
      kind: input.kind,
      parentId: input.parentId ?? null,
      headcount: input.headcount ?? 0,
      monthlyCapacity: input.monthlyCapacity ?? null,
      ...(input.amberThreshold === undefined ? {} : { amberThreshold: input.amberThreshold }),
      ...(input.redThreshold === undefined ? {} : { redThreshold: input.redThreshold }),
    })
    .returning();
  const unit = row!;
  await recordAudit(tx, ctx, {
    action: 'org_unit.created',
    entityType: 'org_unit',
    entityId: unit.id,
    after: describe(unit),
  });
  return unit;
}

const describe = (u: OrgUnitRow) => ({
  name: u.name,
  kind: u.kind,
  parentId: u.parentId,
  headcount: u.headcount,
  monthlyCapacity: u.monthlyCapacity,
  amberThreshold: u.amberThreshold,
  redThreshold: u.redThreshold,
});

export async function getOrgUnit(tx: Tx, ctx: OrgContext, id: string): Promise<OrgUnitRow> {
  const [row] = await tx
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.organizationId, ctx.organizationId), eq(orgUnits.id, id)));
  if (!row) throw notFound('The org unit');
  return row;
}

/** Oldest first (parents before the children made after them), keyset-paginated on (created at, id). */
export async function listOrgUnits(
  tx: Tx,
  ctx: OrgContext,
  page: { limit: number; after?: [string, string] | undefined },
): Promise<OrgUnitRow[]> {
  const created = toMillis(orgUnits.createdAt);
  const after = page.after
    ? or(
        gt(created, timestampParam(page.after[0])),
        and(eq(created, timestampParam(page.after[0])), gt(orgUnits.id, page.after[1])),
      )
    : undefined;
  return tx
    .select()
    .from(orgUnits)
    .where(and(eq(orgUnits.organizationId, ctx.organizationId), after))
    .orderBy(asc(created), asc(orgUnits.id))
    .limit(page.limit);
}

/** Every unit of the organization (the heatmap and roll-ups need the whole tree). */
export async function listAllOrgUnits(tx: Tx, ctx: OrgContext): Promise<OrgUnitRow[]> {
  return tx.select().from(orgUnits).where(eq(orgUnits.organizationId, ctx.organizationId));
}

/** Every unit's capacity with the units under it (core's unitCapacities, the heatmap's definition). */
export async function orgUnitCapacities(tx: Tx, ctx: OrgContext): Promise<Map<string, number>> {
  return unitCapacities(await listAllOrgUnits(tx, ctx));
}

export interface OrgUnitChanges {
  name?: string | undefined;
  /** A new kind must stay below the parent's and above every sub-unit's. */
  kind?: OrgUnitKind | undefined;
  headcount?: number | undefined;
  monthlyCapacity?: number | null | undefined;
  amberThreshold?: number | undefined;
  redThreshold?: number | undefined;
  /** Move the unit (and everything under it) under another unit; null = top level. */
  parentId?: string | null | undefined;
}

/** A new parent must be of the organization, above the unit's kind, and not the unit or one below it. */
async function checkMove(tx: Tx, ctx: OrgContext, unit: OrgUnitRow, parentId: string) {
  const [parent] = await tx
    .select({ id: orgUnits.id, kind: orgUnits.kind, name: orgUnits.name })
    .from(orgUnits)
    .where(and(eq(orgUnits.organizationId, ctx.organizationId), eq(orgUnits.id, parentId)));
  if (!parent) throw fieldError('body.parentId', 'No org unit with this id in the organization.');
  if ((await subtreeIds(tx, ctx, unit.id)).includes(parentId)) {
    throw fieldError(
      'body.parentId',
      `${parent.name} is ${unit.name} or sits under it; a unit cannot move under itself.`,
    );
  }
  if (LEVEL[parent.kind] >= LEVEL[unit.kind]) {
    throw fieldError(
      'body.parentId',
      `A ${unit.kind} cannot sit under a ${parent.kind} (division → department → team).`,
    );
  }
}

/** A unit's new kind against the parent it will have and the units directly under it. */
async function checkKind(tx: Tx, ctx: OrgContext, unit: OrgUnitRow, changes: OrgUnitChanges) {
  const kind = changes.kind!;
  const parentId = changes.parentId === undefined ? unit.parentId : changes.parentId;
  if (parentId && changes.parentId === undefined) {
    const [parent] = await tx
      .select({ kind: orgUnits.kind, name: orgUnits.name })
      .from(orgUnits)
      .where(and(eq(orgUnits.organizationId, ctx.organizationId), eq(orgUnits.id, parentId)));
    if (parent && LEVEL[parent.kind] >= LEVEL[kind])
      throw fieldError(
        'body.kind',
        `${unit.name} sits under ${parent.name}, a ${parent.kind}: a ${kind} cannot (division → department → team).`,
      );
  }
  const children = await tx
    .select({ kind: orgUnits.kind, name: orgUnits.name })
    .from(orgUnits)
    .where(and(eq(orgUnits.organizationId, ctx.organizationId), eq(orgUnits.parentId, unit.id)));
  const blocking = children.find((c) => LEVEL[c.kind] <= LEVEL[kind]);
  if (blocking)
    throw fieldError(
      'body.kind',
      `${blocking.name}, a ${blocking.kind}, sits under ${unit.name}: a ${kind} cannot hold it (division → department → team).`,
    );
}

/** Edits a unit's name, kind, headcount, capacity (null = back to the default), thresholds or place in the tree. */
export async function updateOrgUnit(tx: Tx, ctx: OrgContext, id: string, changes: OrgUnitChanges) {
  const before = await getOrgUnit(tx, ctx, id);
  checkThresholds(
    changes.amberThreshold ?? before.amberThreshold,
    changes.redThreshold ?? before.redThreshold,
    'body.',
  );
  const withKind = changes.kind ? { ...before, kind: changes.kind } : before;
  if (changes.parentId) await checkMove(tx, ctx, withKind, changes.parentId);
  if (changes.kind && changes.kind !== before.kind) await checkKind(tx, ctx, before, changes);
  const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  if (Object.keys(set).length === 0) return before;
  const [row] = await tx.update(orgUnits).set(set).where(eq(orgUnits.id, id)).returning();
  await recordAudit(tx, ctx, {
    action: 'org_unit.updated',
    entityType: 'org_unit',
    entityId: id,
    before: describe(before),
    after: describe(row!),
  });
  return row!;
}

/**
 * What still refers to a unit through a foreign key that would delete it with the unit or stop the delete
 * (sub-units, change impacts, pulses, notes, expansion stages…), found from the catalog so a later table
 * is counted without touching this code. Its people (org_unit_members) just leave it.
 */
async function unitReferences(tx: Tx, id: string): Promise<Array<{ table: string; rows: number }>> {
  const refs = await selectRows<{ table: string; column: string }>(
    tx,
    sql`SELECT c.conrelid::regclass::text AS table, a.attname::text AS column
        FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        WHERE c.contype = 'f' AND c.confrelid = 'org_units'::regclass AND c.confdeltype IN ('a', 'r', 'c')
          AND c.conrelid <> 'org_unit_members'::regclass
        ORDER BY 1`,
  );
  const found: Array<{ table: string; rows: number }> = [];
  for (const ref of refs) {
    const [count] = await selectRows<{ n: number }>(
      tx,
      sql`SELECT count(*)::int AS n FROM ${sql.identifier(ref.table)} WHERE ${sql.identifier(ref.column)} = ${id}`,
    );
    if (count && count.n > 0) found.push({ table: ref.table, rows: count.n });
  }
  return found;
}

/** Singular labels (countNoun makes the plural). */
const REFERENCE_LABELS: Record<string, string> = {
  org_units: 'sub-unit',
  change_impacts: 'change impact',
  pulse_surveys: 'pulse survey',
  change_notes: '"what changed" note',
  plan_stage_units: 'expansion plan stage',
  application_units: 'application',
};

/** Deletes a unit nothing refers to any more (a unit with history is moved or renamed instead). */
export async function deleteOrgUnit(tx: Tx, ctx: OrgContext, id: string): Promise<void> {
  const unit = await getOrgUnit(tx, ctx, id);
  const refs = await unitReferences(tx, id);
  if (refs.length) {
    const list = refs.map((r) =>
      REFERENCE_LABELS[r.table]
        ? countNoun(r.rows, REFERENCE_LABELS[r.table]!)
        : `${r.rows} ${r.table.replaceAll('_', ' ')}`,
    );
    throw conflict(
      `${unit.name} still has ${list.join(', ')}; move or remove those first (or rename the unit instead).`,
    );
  }
  await tx.delete(orgUnits).where(eq(orgUnits.id, id));
  await recordAudit(tx, ctx, {
    action: 'org_unit.deleted',
    entityType: 'org_unit',
    entityId: id,
    before: describe(unit),
  });
}

/** The ids of a unit and every unit below it. */
export async function subtreeIds(tx: Tx, ctx: OrgContext, id: string): Promise<string[]> {
  const rows = (await tx.execute(sql`
    WITH RECURSIVE sub AS (
      SELECT id FROM ${orgUnits} WHERE id = ${id} AND organization_id = ${ctx.organizationId}
      UNION ALL
      SELECT u.id FROM ${orgUnits} u JOIN sub ON u.parent_id = sub.id
    ) SELECT id FROM sub`)) as unknown as { rows: Array<{ id: string }> };
  return rows.rows.map((r) => r.id);
}

export type OrgUnitMemberRole = (typeof orgUnitMembers.$inferSelect)['role'];

/** Puts a member of the organization in a unit (or changes their role there). */
export async function setOrgUnitMember(
  tx: Tx,
  ctx: OrgContext,
  unitId: string,
  input: { userId: string; role: OrgUnitMemberRole },
) {
  await getOrgUnit(tx, ctx, unitId);
  const [member] = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organizationId, ctx.organizationId), eq(memberships.userId, input.userId)));
  if (!member) throw fieldError('body.userId', 'No member of the organization with this id.');
  await tx
    .insert(orgUnitMembers)
    .values({ organizationId: ctx.organizationId, orgUnitId: unitId, userId: input.userId, role: input.role })
    .onConflictDoUpdate({
      target: [orgUnitMembers.orgUnitId, orgUnitMembers.userId],
      set: { role: input.role },
    });
  await recordAudit(tx, ctx, {
    action: 'org_unit.member_set',
    entityType: 'org_unit',
    entityId: unitId,
    after: { userId: input.userId, role: input.role },
  });
}

export async function removeOrgUnitMember(tx: Tx, ctx: OrgContext, unitId: string, userId: string) {
  await getOrgUnit(tx, ctx, unitId);
  const removed = await tx
    .delete(orgUnitMembers)
    .where(and(eq(orgUnitMembers.orgUnitId, unitId), eq(orgUnitMembers.userId, userId)))
    .returning();
  if (!removed.length) throw notFound('The unit member');
  await recordAudit(tx, ctx, {
    action: 'org_unit.member_removed',
    entityType: 'org_unit',
    entityId: unitId,
    before: { userId, role: removed[0]!.role },
  });
}

export async function listOrgUnitMembers(tx: Tx, ctx: OrgContext, unitId: string) {
  await getOrgUnit(tx, ctx, unitId);
  return tx
    .select({
      userId: orgUnitMembers.userId,
      role: orgUnitMembers.role,
      name: users.name,
      email: users.email,
    })
    .from(orgUnitMembers)
    .innerJoin(users, eq(users.id, orgUnitMembers.userId))
    .where(and(eq(orgUnitMembers.organizationId, ctx.organizationId), eq(orgUnitMembers.orgUnitId, unitId)))
    .orderBy(asc(users.name));
}

/** User ids in a unit, optionally only its leads. */
export async function unitMemberIds(tx: Tx, unitId: string, role?: OrgUnitMemberRole): Promise<string[]> {
  const rows = await tx
    .select({ userId: orgUnitMembers.userId })
    .from(orgUnitMembers)
    .where(and(eq(orgUnitMembers.orgUnitId, unitId), role ? eq(orgUnitMembers.role, role) : undefined));
  return rows.map((r) => r.userId);
}
