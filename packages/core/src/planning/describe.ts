import { countNoun } from '../text';
import type { DeferralReason } from './types';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `2027-03` → "March 2027". */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return `${MONTH_NAMES[(m ?? 1) - 1]} ${year}`;
}

/** `2027-03` + 2 → `2027-05`. */
export function addMonths(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number);
  const total = (year ?? 0) * 12 + (m ?? 1) - 1 + count;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** What a deferral sentence names: steps, units and months by their names. */
export interface DeferralNames {
  /** The horizon's month 0, `YYYY-MM`. */
  startMonth: string;
  /** "Application → Stage". */
  stepLabel(stepId: string): string;
  unitName(unitId: string): string;
  /**
   * The unit's whole change capacity in a month and the load already committed there (impacts, running
   * stages): the problem's capacity is what remains of it, so percentages are of the whole.
   */
  unitMonth(unitId: string, month: number): { capacity: number; committed: number };
}

const percent = (n: number) => `${Math.round(100 * n)} %`;

/**
 * A deferral reason as one sentence, e.g. "Waits: Customer Success is at 100 % of its change capacity in
 * March 2027 (this step needs 20 % more)" or "Waits for: Needs analysis → Department to end in May 2027".
 */
export function describeDeferral(reason: DeferralReason, names: DeferralNames): string {
  const month = (m: number) => monthLabel(addMonths(names.startMonth, m));
  switch (reason.kind) {
    case 'no-value':
      return 'Not scheduled: its value × confidence is 0, so taking it adds nothing.';
    case 'dependency':
      return reason.prerequisiteEndMonth === null
        ? `Waits for: ${names.stepLabel(reason.dependsOn)}, which is not scheduled within the horizon`
        : `Waits for: ${names.stepLabel(reason.dependsOn)} to end in ${month(reason.prerequisiteEndMonth)}`;
    case 'capacity': {
      const unit = names.unitName(reason.unitId);
      const { capacity, committed } = names.unitMonth(reason.unitId, reason.loadMonth);
      if (capacity <= 0) return `Waits: ${unit} has no change capacity in ${month(reason.loadMonth)}`;
      return `Waits: ${unit} is at ${percent((committed + reason.plannedLoad) / capacity)} of its change capacity in ${month(reason.loadMonth)} (this step needs ${percent(reason.stepLoad / capacity)} more)`;
    }
    case 'concurrency':
      return `Waits: ${names.unitName(reason.unitId)} already takes ${countNoun(reason.activeSteps, 'change')} at once in ${month(reason.loadMonth)} (at most ${reason.maxConcurrent})`;
  }
}
