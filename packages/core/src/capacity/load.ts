import { requireParameter } from '../errors';
import { dayNumber, daysInMonth, monthSpan } from './months';

/**
 * # The load model
 *
 * Trellis measures change load in **change points**, following the change-impact assessment practice of
 * rating each changing aspect of people's work on a degree scale and counting the people it touches
 * (Prosci's impact assessment over process, systems, tools, job roles, critical behaviours, mindset,
 * reporting structure, performance reviews…, and the change-saturation heatmaps built on it, where every
 * change counts in each month it is active, side by side with the others):
 *
 * - An impact rates each aspect that changes with a magnitude 0–5 (0 none, 5 transformational).
 * - **Points per person** of an impact = Σ magnitudes over its aspects.
 * - **Load of an impact in a month** = points per person × people affected × (days the impact is active
 *   in that month ÷ days in the month). A change counts fully in every month it runs — people carry it for
 *   its whole duration — and a partial month counts pro rata.
 * - **Load of a unit in a month** = Σ loads of the impacts on that unit in that month.
 * - **Default monthly capacity** = 10 points × headcount: one person absorbs about one substantial
 *   change at a time (e.g. process 4 + tools 3 + skills 3) per month. A unit may set its own capacity.
 * - **Ratio** = load ÷ capacity. Status: green below the amber threshold, amber from amber up to and
 *   including the red threshold, red above the red threshold (defaults 0.8 and 1.0).
 * - **Roll-up**: a parent's load and capacity are its own plus its descendants' (headcount counts the
 *   people directly in a unit, not in its children), so a division is as saturated as its teams together.
 */

export const changeAspects = [
  'process',
  'tools',
  'roles',
  'skills',
  'behaviours',
  'performance_measures',
  'reporting_lines',
  'location',
] as const;
export type ChangeAspect = (typeof changeAspects)[number];

export const POINTS_PER_PERSON_MONTH = 10;
export const MAX_MAGNITUDE = 5;

export type CapacityStatus = 'green' | 'amber' | 'red';

export interface ImpactShape {
  /** Magnitude 0–5 per aspect that changes. */
  aspects: Partial<Record<ChangeAspect, number>>;
  peopleAffected: number;
  /** First and last active day, inclusive (`YYYY-MM-DD`). */
  startDate: string;
  endDate: string;
}

export interface UnitCapacity {
  headcount: number;
  /** The unit's own capacity, or null for the default from headcount. */
  monthlyCapacity: number | null;
  amberThreshold: number;
  redThreshold: number;
}

export function defaultMonthlyCapacity(headcount: number): number {
  return POINTS_PER_PERSON_MONTH * headcount;
}

export function effectiveCapacity(unit: Pick<UnitCapacity, 'headcount' | 'monthlyCapacity'>): number {
  return unit.monthlyCapacity ?? defaultMonthlyCapacity(unit.headcount);
}

/** Checks an impact's domain; `InvalidParameterError.parameter` names the field at fault. */
export function validateImpact(impact: ImpactShape): void {
  const entries = Object.entries(impact.aspects);
  requireParameter(entries.length > 0, 'aspects', 'name at least one aspect that changes');
  for (const [aspect, magnitude] of entries) {
    requireParameter(
      (changeAspects as readonly string[]).includes(aspect),
      `aspects.${aspect}`,
      `is not an aspect (${changeAspects.join(', ')})`,
    );
    requireParameter(
      Number.isInteger(magnitude) && magnitude! >= 0 && magnitude! <= MAX_MAGNITUDE,
      `aspects.${aspect}`,
      'magnitude must be a whole number 0–5',
    );
  }
  requireParameter(
    Number.isInteger(impact.peopleAffected) && impact.peopleAffected >= 0,
    'peopleAffected',
    'must be a whole number ≥ 0',
  );
  const start = dayNumber(impact.startDate, 'startDate');
  const end = dayNumber(impact.endDate, 'endDate');
  requireParameter(end >= start, 'endDate', 'must be on or after the start date');
}

export function pointsPerPerson(aspects: ImpactShape['aspects']): number {
  let sum = 0;
  for (const magnitude of Object.values(aspects)) sum += magnitude ?? 0;
  return sum;
}

/** Days of [start, end] (inclusive day numbers) that fall in `month`. */
function activeDays(start: number, end: number, month: string): number {
  const { first, last } = monthSpan(month);
  return Math.max(0, Math.min(end, last) - Math.max(start, first) + 1);
}

/** The impact's load in each of `months` (0 where it is not active). */
export function impactMonthlyLoad(
  impact: { points: number; peopleAffected: number; startDate: string; endDate: string },
  months: readonly string[],
): number[] {
  const start = dayNumber(impact.startDate, 'startDate');
  const end = dayNumber(impact.endDate, 'endDate');
  const weight = impact.points * impact.peopleAffected;
  return months.map((m) => (weight * activeDays(start, end, m)) / daysInMonth(m));
}

export function ratioOf(load: number, capacity: number): number | null {
  if (capacity > 0) return load / capacity;
  return load > 0 ? null : 0;
}

/** Green below amber, amber up to and including red, red above red; no capacity with load is red. */
export function statusOf(
  load: number,
  capacity: number,
  thresholds: Pick<UnitCapacity, 'amberThreshold' | 'redThreshold'>,
): CapacityStatus {
  const ratio = ratioOf(load, capacity);
  if (ratio === null || ratio > thresholds.redThreshold) return 'red';
  if (ratio >= thresholds.amberThreshold) return 'amber';
  return 'green';
}
