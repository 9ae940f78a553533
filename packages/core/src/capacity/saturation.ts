import {
  type CapacityStatus,
  effectiveCapacity,
  type ImpactShape,
  impactMonthlyLoad,
  pointsPerPerson,
  ratioOf,
  statusOf,
  type UnitCapacity,
  validateImpact,
} from './load';
import { monthsBetween } from './months';

export interface SaturationMonth {
  month: string;
  existingLoad: number;
  addedLoad: number;
  projectedLoad: number;
  capacity: number;
  /** projected load ÷ capacity; null when the unit has no capacity but gets load. */
  ratio: number | null;
  status: CapacityStatus;
  /** Points above the red line (red threshold × capacity); 0 when within tolerance. */
  overshoot: number;
}

export interface SaturationCheck {
  /** True when no month of the proposed change goes above the unit's red threshold. */
  fits: boolean;
  worstStatus: CapacityStatus;
  /** The largest overshoot over the months, in points, and the month it happens (null if none). */
  maxOvershoot: number;
  worstMonth: string | null;
  months: SaturationMonth[];
}

const RANK: Record<CapacityStatus, number> = { green: 0, amber: 1, red: 2 };

/**
 * Would this change push the unit over its tolerance, and by how much? Pure: give the unit's capacity and
 * thresholds, its existing load per month (`YYYY-MM` → points; missing months are 0) and the proposed
 * impact; get, for each month the impact is active, the projected load, ratio, status and overshoot (the
 * points above red threshold × capacity). Uses the load model of load.ts, so it agrees with the heatmap.
 * The sequencing optimizer calls it with hypothetical impacts.
 */
export function checkSaturation(
  unit: UnitCapacity,
  existingLoads: Readonly<Record<string, number>>,
  proposed: ImpactShape,
): SaturationCheck {
  validateImpact(proposed);
  const capacity = effectiveCapacity(unit);
  const months = monthsBetween(proposed.startDate, proposed.endDate);
  const added = impactMonthlyLoad({ ...proposed, points: pointsPerPerson(proposed.aspects) }, months);
  const redLine = unit.redThreshold * capacity;
  const rows = months.map((month, i): SaturationMonth => {
    const existingLoad = existingLoads[month] ?? 0;
    const projectedLoad = existingLoad + added[i]!;
    const status = statusOf(projectedLoad, capacity, unit);
    return {
      month,
      existingLoad,
      addedLoad: added[i]!,
      projectedLoad,
      capacity,
      ratio: ratioOf(projectedLoad, capacity),
      status,
      overshoot: status === 'red' ? Math.max(0, projectedLoad - redLine) : 0,
    };
  });
  let worst: SaturationMonth | undefined;
  for (const row of rows) {
    if (
      !worst ||
      RANK[row.status] > RANK[worst.status] ||
      (row.status === worst.status && row.overshoot > worst.overshoot)
    ) {
      worst = row;
    }
  }
  const worstStatus = worst?.status ?? 'green';
  return {
    fits: worstStatus !== 'red',
    worstStatus,
    maxOvershoot: worst?.overshoot ?? 0,
    worstMonth: worst && worst.status === 'red' ? worst.month : null,
    months: rows,
  };
}
