import { requireParameter } from '../errors';
import { type CapacityStatus, effectiveCapacity, ratioOf, statusOf, type UnitCapacity } from './load';
import { dayNumber, monthSpan } from './months';

export interface HeatmapUnit extends UnitCapacity {
  id: string;
  parentId: string | null;
}

export interface HeatmapImpact {
  orgUnitId: string;
  points: number;
  peopleAffected: number;
  startDate: string;
  endDate: string;
}

export interface HeatmapCell {
  month: string;
  /** The unit's own impacts. */
  ownLoad: number;
  /** Own plus every descendant's. */
  load: number;
  capacity: number;
  ratio: number | null;
  status: CapacityStatus;
}

export interface HeatmapRow {
  unitId: string;
  capacity: number;
  cells: HeatmapCell[];
}

/**
 * Load against capacity for every unit and month, rolled up the hierarchy (see load.ts for the model).
 * Linear in units × months + impacts × their active months. Impacts on units not listed are ignored.
 */
export function computeHeatmap(
  units: readonly HeatmapUnit[],
  impacts: readonly HeatmapImpact[],
  months: readonly string[],
): HeatmapRow[] {
  requireParameter(months.length > 0, 'months', 'give at least one month');
  const index = new Map(units.map((u, i) => [u.id, i]));
  const width = months.length;
  const own = new Float64Array(units.length * width);
  const spans = months.map((m) => monthSpan(m));
  const windowStart = spans[0]!.first;
  const windowEnd = spans[width - 1]!.last;
  for (const impact of impacts) {
    const row = index.get(impact.orgUnitId);
    if (row === undefined) continue;
    const start = dayNumber(impact.startDate);
    const end = dayNumber(impact.endDate);
    if (end < windowStart || start > windowEnd) continue;
    // The same arithmetic as impactMonthlyLoad, on month spans computed once.
    const weight = impact.points * impact.peopleAffected;
    for (let m = 0; m < width; m++) {
      const { first, last } = spans[m]!;
      const days = Math.min(end, last) - Math.max(start, first) + 1;
      if (days > 0) own[row * width + m]! += (weight * days) / (last - first + 1);
    }
  }

  const { order, children } = postOrder(units, index);
  const total = Float64Array.from(own);
  const capacity = rolledUp(units, order, children);
  for (const node of order) {
    for (const c of children[node]!) {
      for (let m = 0; m < width; m++) total[node * width + m]! += total[c * width + m]!;
    }
  }
  return units.map((u, i) => ({
    unitId: u.id,
    capacity: capacity[i]!,
    cells: months.map((month, m) => {
      const load = total[i * width + m]!;
      return {
        month,
        ownLoad: own[i * width + m]!,
        load,
        capacity: capacity[i]!,
        ratio: ratioOf(load, capacity[i]!),
        status: statusOf(load, capacity[i]!, u),
      };
    }),
  }));
}

/** Post-order over the forest: children before parents. A parent outside the list makes a root. */
function postOrder(units: readonly HeatmapUnit[], index: ReadonlyMap<string, number>) {
  const children = units.map(() => [] as number[]);
  const roots: number[] = [];
  units.forEach((u, i) => {
    const p = u.parentId === null ? undefined : index.get(u.parentId);
    if (p === undefined) roots.push(i);
    else children[p]!.push(i);
  });
  const order: number[] = [];
  const stack = roots.map((r) => ({ node: r, done: false }));
  const seen = new Uint8Array(units.length);
  while (stack.length) {
    const top = stack.pop()!;
    if (top.done) {
      order.push(top.node);
      continue;
    }
    if (seen[top.node]) continue;
    seen[top.node] = 1;
    stack.push({ node: top.node, done: true });
    for (const c of children[top.node]!) stack.push({ node: c, done: false });
  }
  return { order, children };
}

function rolledUp(units: readonly HeatmapUnit[], order: readonly number[], children: readonly number[][]) {
  const capacity = units.map((u) => effectiveCapacity(u));
  for (const node of order) for (const c of children[node]!) capacity[node]! += capacity[c]!;
  return capacity;
}

/**
 * The one definition of a unit's monthly capacity, used wherever a unit's capacity is shown or compared
 * with load (units list, heatmap, gates, optimizer): its own effective capacity (set, or 10 points ×
 * its own headcount) plus that of every unit under it — the same roll-up as its load.
 */
export function unitCapacities(units: readonly HeatmapUnit[]): Map<string, number> {
  const index = new Map(units.map((u, i) => [u.id, i]));
  const { order, children } = postOrder(units, index);
  const capacity = rolledUp(units, order, children);
  return new Map(units.map((u, i) => [u.id, capacity[i]!]));
}
