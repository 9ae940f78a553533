import type { IndicatorUnit } from './indicators';

const num = (v: number, digits: number) => Number(v.toFixed(digits)).toString();

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
