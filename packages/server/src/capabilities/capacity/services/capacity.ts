import {
  absorptionScore,
  checkSaturation,
  computeHeatmap,
  type HeatmapRow,
  type ImpactShape,
  InvalidParameterError,
  impactMonthlyLoad,
  monthRange,
  monthSpan,
  monthsBetween,
} from '@trellis/core';
import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { withFieldNames } from '../../../platform/http/field-errors';
import { changeImpacts, orgUnits } from '../capacity-schema';
import { getOrgUnit, listAllOrgUnits, type OrgUnitRow, subtreeIds } from './org-units';
import { closedRoundSummaries } from './pulse';

const isoDay = (dayNumber: number) => new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);

export function windowOf(months: readonly string[]) {
  return {
    from: isoDay(monthSpan(months[0]!).first),
    to: isoDay(monthSpan(months[months.length - 1]!).last),
  };
}

/** What the heatmap reads of an impact (the capacity benchmark's plain SELECT reads the same). */
export const IMPACT_COLUMNS = {
  id: changeImpacts.id,
  orgUnitId: changeImpacts.orgUnitId,
  title: changeImpacts.title,
  source: changeImpacts.source,
  aspects: changeImpacts.aspects,
  points: changeImpacts.points,
  peopleAffected: changeImpacts.peopleAffected,
  startDate: changeImpacts.startDate,
  endDate: changeImpacts.endDate,
};

/** Impacts (of the given units, or all) active at some point in `months`. */
async function impactsIn(tx: Tx, ctx: OrgContext, months: readonly string[], unitIds?: string[]) {
  const { from, to } = windowOf(months);
  return tx
    .select(IMPACT_COLUMNS)
    .from(changeImpacts)
    .where(
      and(
        eq(changeImpacts.organizationId, ctx.organizationId),
        lte(changeImpacts.startDate, to),
        gte(changeImpacts.endDate, from),
        unitIds ? inArray(changeImpacts.orgUnitId, unitIds) : undefined,
      ),
    );
}

export interface Heatmap {
  months: string[];
  units: OrgUnitRow[];
  rows: HeatmapRow[];
}

/** Load against capacity for every unit × month, rolled up the hierarchy (core/capacity/heatmap.ts). */
export async function computeUnitHeatmap(tx: Tx, ctx: OrgContext, months: string[]): Promise<Heatmap> {
  const units = await listAllOrgUnits(tx, ctx);
  const impacts = await impactsIn(tx, ctx, months);
  return { months, units, rows: computeHeatmap(units, impacts, months) };
}

export function monthsFrom(from: string, count: number): string[] {
  return withFieldNames({ at: 'query.' }, () => monthRange(from, count));
}

/** The changes behind one heatmap cell: the unit's and its descendants' impacts active that month. */
export async function heatmapCell(tx: Tx, ctx: OrgContext, unitId: string, month: string) {
  await getOrgUnit(tx, ctx, unitId);
  const months = monthsFrom(month, 1);
  const ids = await subtreeIds(tx, ctx, unitId);
  const impacts = await impactsIn(tx, ctx, months, ids);
  const units = await tx
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(orgUnits)
    .where(inArray(orgUnits.id, ids));
  const names = new Map(units.map((u) => [u.id, u.name]));
  return impacts
    .map((i) => ({ ...i, unitName: names.get(i.orgUnitId) ?? '', load: impactMonthlyLoad(i, months)[0]! }))
    .sort((a, b) => b.load - a.load);
}

/**
 * Would `proposed` push the unit over its tolerance? Uses the unit's rolled-up load and capacity (what the
 * heatmap shows) and core's pure `checkSaturation`.
 */
export async function checkUnitSaturation(tx: Tx, ctx: OrgContext, unitId: string, proposed: ImpactShape) {
  const unit = await getOrgUnit(tx, ctx, unitId);
  // Refusals name body.<parameter> (platform/http/errors.ts).
  const months = monthsBetween(proposed.startDate, proposed.endDate);
  if (months.length === 0) throw new InvalidParameterError('endDate', 'must be on or after the start date');
  if (months.length > 120) throw new InvalidParameterError('endDate', 'a change may last at most 10 years');
  const heatmap = await computeUnitHeatmap(tx, ctx, months);
  const row = heatmap.rows.find((r) => r.unitId === unit.id)!;
  const existing = Object.fromEntries(row.cells.map((c) => [c.month, c.load]));
  return {
    unit,
    check: checkSaturation(
      {
        headcount: unit.headcount,
        monthlyCapacity: row.capacity,
        amberThreshold: unit.amberThreshold,
        redThreshold: unit.redThreshold,
      },
      existing,
      proposed,
    ),
  };
}

/** The unit's absorption score per month with its factors; the pulse is the latest round shown by then. */
export async function unitAbsorption(tx: Tx, ctx: OrgContext, unitId: string, months: string[]) {
  const unit = await getOrgUnit(tx, ctx, unitId);
  const heatmap = await computeUnitHeatmap(tx, ctx, months);
  const rounds = await closedRoundSummaries(tx, ctx, [unitId]);
  const row = heatmap.rows.find((r) => r.unitId === unit.id)!;
  return row.cells.map((cell) => {
    const monthEnd = new Date((monthSpan(cell.month).last + 1) * 86_400_000);
    const pulse = rounds.filter((r) => r.closedAt < monthEnd && !r.aggregate.suppressed).at(-1);
    const overall = pulse && !pulse.aggregate.suppressed ? pulse.aggregate.overall : null;
    return {
      month: cell.month,
      load: cell.load,
      capacity: cell.capacity,
      ratio: cell.ratio,
      status: cell.status,
      pulseRoundId: pulse?.roundId ?? null,
      ...absorptionScore({ ratio: cell.ratio, redThreshold: unit.redThreshold, pulseOverall: overall }),
    };
  });
}
