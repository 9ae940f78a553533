import type { ImpactShape } from '../capacity/load';
import { requireParameter } from '../errors';

/** A new AI tool in an existing process: process 2 + tools 2 + skills 1 = 5 change points per person. */
export const EXPANSION_ASPECTS = { process: 2, tools: 2, skills: 1 } as const;
const POINTS = 5;

/**
 * The change impact a stage puts on one receiving unit: the expansion aspects on enough people to make the
 * stage's change load (points per month), rounded to whole people and never more than the unit's headcount
 * (when known). Load of the impact = 5 × people ≈ changeLoad, so the capacity heatmap, the gate's saturation
 * check and the optimizer read the same number.
 */
export function stageImpactShape(
  changeLoad: number,
  headcount: number,
  startDate: string,
  endDate: string,
): ImpactShape {
  requireParameter(Number.isFinite(changeLoad) && changeLoad >= 0, 'changeLoad', 'must be a number ≥ 0');
  const people = Math.round(changeLoad / POINTS);
  return {
    aspects: { ...EXPANSION_ASPECTS },
    peopleAffected: headcount > 0 ? Math.min(headcount, people) : people,
    startDate,
    endDate,
  };
}

/** The last day of a stage of `months` months starting on `startDate` (YYYY-MM-DD): the day before it ends. */
export function stageEndDate(startDate: string, months: number): string {
  requireParameter(/^\d{4}-\d{2}-\d{2}$/.test(startDate), 'startDate', 'must be YYYY-MM-DD');
  requireParameter(Number.isInteger(months) && months >= 1, 'durationMonths', 'must be a whole number ≥ 1');
  const [y, m, d] = startDate.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y, m - 1 + months, d) - 86_400_000);
  return end.toISOString().slice(0, 10);
}

/** Whole months from `from` to `to` (dates), counting a month only once its day of month is reached. */
export function wholeMonthsBetween(from: Date, to: Date): number {
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();
  if (to.getUTCDate() < from.getUTCDate()) months -= 1;
  return Math.max(0, months);
}
