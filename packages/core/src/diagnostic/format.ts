import type { IndicatorUnit } from './indicators';

const round = (v: number, digits: number) => Number(v.toFixed(digits));
const num = (v: number, digits: number) => round(v, digits).toString();

/**
 * The value at the precision it is shown with. Statuses and pressures are judged on this, so a value shown as
 * "33%" is never called past an alarm shown as "34%", and one shown as "34%" is at it (one rule everywhere).
 */
export function displayedIndicatorValue(unit: IndicatorUnit, v: number): number {
  switch (unit) {
    case 'share':
      return Math.round(v * 100) / 100;
    case 'ratio':
    case 'points':
      return round(v, 2);
    case 'hours':
      return v >= 48 ? round(v / 24, 1) * 24 : round(v, 1);
    default:
      return round(v, 1);
  }
}

/** An indicator's value in its unit, for people ("no data" when there is none). */
export function formatIndicatorValue(unit: IndicatorUnit, v: number | null): string {
  if (v === null) return 'no data';
  switch (unit) {
    case 'share':
      return `${Math.round(v * 100)}%`;
    case 'ratio':
      return `${num(v, 2)}× capacity`;
    case 'hours':
      return v >= 48 ? `${num(v / 24, 1)} days` : `${num(v, 1)} h`;
    case 'count_per_month':
      return `${num(v, 1)} / month`;
    case 'points':
      return `${v > 0 ? '+' : ''}${num(v, 2)} points`;
    default:
      return num(v, 1);
  }
}
