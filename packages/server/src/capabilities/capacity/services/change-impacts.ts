import {
  type ChangeAspect,
  computeHeatmap,
  countNoun,
  monthsBetween,
  pointsPerPerson,
  validateImpact,
} from '@trellis/core';
import { and, desc, eq, gte, inArray, lte } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { withFieldNames } from '../../../platform/http/field-errors';
import { fieldError, notFound } from '../../../platform/http/problem';
import { notify } from '../../../platform/notifications/notifications';
import { enqueueWebhookEvent } from '../../../platform/webhooks/webhooks';
import { applications } from '../../portfolio/portfolio-schema';
import { workflows } from '../../quality/quality-schema';
import { changeImpacts } from '../capacity-schema';
import { windowOf } from './capacity';
import { listAllOrgUnits, type OrgUnitRow, subtreeIds, unitMemberIds } from './org-units';

export type ChangeImpactRow = typeof changeImpacts.$inferSelect;

export interface NewChangeImpact {
  orgUnitId: string;
  title: string;
  aspects: Partial<Record<ChangeAspect, number>>;
  peopleAffected: number;
  startDate: string;
  endDate: string;
  applicationId?: string | null | undefined;
  workflowId?: string | null | undefined;
  /** How it was made: by hand (default), by import, or by an expansion stage that targets the unit. */
  source?: Source | undefined;
  /** Where an automatic impact came from, e.g. the expansion stage's id. */
  sourceRef?: string | null | undefined;
}

export type Source = ChangeImpactRow['source'];

/**
 * Records the load one change puts on a unit: by hand, by import, or from the sequencing capability when an
 * expansion stage targets a unit (`source: 'expansion'`). Audited; when the unit (or a unit above it) turns
 * red in some month because of it, emits `unit.red` and notifies the unit's leads.
 */
export async function createChangeImpact(
  tx: Tx,
  ctx: OrgContext,
  input: NewChangeImpact,
): Promise<ChangeImpactRow> {
  const [row] = await createChangeImpacts(tx, ctx, [input], input.source ?? 'manual', 'body.');
  return row!;
}

/** Several impacts at once, all or none, all with `source`; field errors name `body.items.<index>.<field>`. */
export async function createChangeImpacts(
  tx: Tx,
  ctx: OrgContext,
  inputs: NewChangeImpact[],
  source: Source,
  prefix = 'body.items.',
): Promise<ChangeImpactRow[]> {
  const units = await listAllOrgUnits(tx, ctx);
  const byId = new Map(units.map((u) => [u.id, u]));
  const many = prefix === 'body.items.';
  for (const [index, input] of inputs.entries()) {
    const at = many ? `${prefix}${index}.` : prefix;
    const unit = byId.get(input.orgUnitId);
    if (!unit) throw fieldError(`${at}orgUnitId`, 'No org unit with this id in the organization.');
    withFieldNames({ at }, () => validateImpact(input));
    if (monthsBetween(input.startDate, input.endDate).length > 120) {
      throw fieldError(`${at}endDate`, 'A change may last at most 10 years.');
    }
    if (unit.headcount > 0 && input.peopleAffected > unit.headcount) {
      throw fieldError(
        `${at}peopleAffected`,
        `${unit.name} has ${countNoun(unit.headcount, 'person', 'people')}.`,
      );
    }
    await checkReference(tx, ctx, applications, input.applicationId, `${at}applicationId`, 'application');
    await checkReference(tx, ctx, workflows, input.workflowId, `${at}workflowId`, 'workflow');
  }
  const months = [...new Set(inputs.flatMap((i) => monthsBetween(i.startDate, i.endDate)))].sort();
  const before = await redMonths(tx, ctx, units, months);
  const rows = await tx
    .insert(changeImpacts)
    .values(
      inputs.map((input) => ({
        organizationId: ctx.organizationId,
        orgUnitId: input.orgUnitId,
        title: input.title,
        applicationId: input.applicationId ?? null,
        workflowId: input.workflowId ?? null,
        source,
        sourceRef: input.sourceRef ?? null,
        aspects: input.aspects as Record<string, number>,
        points: pointsPerPerson(input.aspects),
        peopleAffected: input.peopleAffected,
        startDate: input.startDate,
        endDate: input.endDate,
        createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
      })),
    )
    .returning();
  for (const row of rows) {
    await recordAudit(tx, ctx, {
      action: 'change_impact.created',
      entityType: 'change_impact',
      entityId: row.id,
      after: describe(row),
    });
  }
  const after = await redMonths(tx, ctx, units, months);
  await announceNewlyRed(tx, ctx, byId, before, after);
  return rows;
}

async function checkReference(
  tx: Tx,
  ctx: OrgContext,
  table: typeof applications | typeof workflows,
  id: string | null | undefined,
  path: string,
  what: string,
) {
  if (!id) return;
  const [row] = await tx
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.organizationId, ctx.organizationId), eq(table.id, id)));
  if (!row) throw fieldError(path, `No ${what} with this id in the organization.`);
}

const describe = (r: ChangeImpactRow) => ({
  orgUnitId: r.orgUnitId,
  title: r.title,
  source: r.source,
  aspects: r.aspects,
  peopleAffected: r.peopleAffected,
  startDate: r.startDate,
  endDate: r.endDate,
});

/** unit id → the months (of `months`) in which it is red, rolled up. */
async function redMonths(tx: Tx, ctx: OrgContext, units: OrgUnitRow[], months: string[]) {
  const { from, to } = windowOf(months);
  const impacts = await tx
    .select({
      orgUnitId: changeImpacts.orgUnitId,
      points: changeImpacts.points,
      peopleAffected: changeImpacts.peopleAffected,
      startDate: changeImpacts.startDate,
      endDate: changeImpacts.endDate,
    })
    .from(changeImpacts)
    .where(
      and(
        eq(changeImpacts.organizationId, ctx.organizationId),
        lte(changeImpacts.startDate, to),
        gte(changeImpacts.endDate, from),
      ),
    );
  const red = new Map<string, Set<string>>();
  for (const row of computeHeatmap(units, impacts, months)) {
    red.set(row.unitId, new Set(row.cells.filter((c) => c.status === 'red').map((c) => c.month)));
  }
  return red;
}

async function announceNewlyRed(
  tx: Tx,
  ctx: OrgContext,
  units: Map<string, OrgUnitRow>,
  before: Map<string, Set<string>>,
  after: Map<string, Set<string>>,
) {
  for (const [unitId, months] of after) {
    const fresh = [...months].filter((m) => !before.get(unitId)?.has(m));
    if (!fresh.length) continue;
    const unit = units.get(unitId)!;
    await enqueueWebhookEvent(tx, ctx.organizationId, 'unit.red', {
      orgUnitId: unitId,
      name: unit.name,
      months: fresh,
    });
    const leads = await unitMemberIds(tx, unitId, 'lead');
    await notify(
      tx,
      ctx.organizationId,
      { userIds: leads },
      {
        kind: 'unit.red',
        title: `${unit.name} is over its change capacity`,
        body: `Change load goes above the red threshold in ${fresh.join(', ')}.`,
        link: '/capacity',
        entityType: 'org_unit',
        entityId: unitId,
      },
    );
  }
}

export async function listChangeImpacts(
  tx: Tx,
  ctx: OrgContext,
  filter: { orgUnitId?: string | undefined; limit: number },
) {
  const ids = filter.orgUnitId ? await subtreeIds(tx, ctx, filter.orgUnitId) : undefined;
  return tx
    .select()
    .from(changeImpacts)
    .where(
      and(
        eq(changeImpacts.organizationId, ctx.organizationId),
        ids ? inArray(changeImpacts.orgUnitId, ids) : undefined,
      ),
    )
    .orderBy(desc(changeImpacts.startDate), desc(changeImpacts.id))
    .limit(filter.limit);
}

export async function deleteChangeImpact(tx: Tx, ctx: OrgContext, id: string) {
  const [row] = await tx
    .delete(changeImpacts)
    .where(and(eq(changeImpacts.organizationId, ctx.organizationId), eq(changeImpacts.id, id)))
    .returning();
  if (!row) throw notFound('The change impact');
  await recordAudit(tx, ctx, {
    action: 'change_impact.deleted',
    entityType: 'change_impact',
    entityId: id,
    before: describe(row),
  });
}
