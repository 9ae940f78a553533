import { requireParameter } from '../errors';

/** Calendar arithmetic on ISO dates (`YYYY-MM-DD`) and months (`YYYY-MM`), in whole UTC days. */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date; throws when the string is not a real calendar date. */
export function dayNumber(date: string, parameter = 'date'): number {
  const m = DATE.exec(date);
  requireParameter(m !== null, parameter, 'must be a date written YYYY-MM-DD');
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  requireParameter(
    back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d,
    parameter,
    'is not a calendar date',
  );
  return ms / DAY_MS;
}

function monthParts(month: string, parameter: string): [number, number] {
  const m = MONTH.exec(month);
  requireParameter(
    m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12,
    parameter,
    'must be a month written YYYY-MM',
  );
  return [Number(m[1]), Number(m[2])];
}

/** First and last day number of a month (inclusive). */
export function monthSpan(month: string, parameter = 'month'): { first: number; last: number } {
  const [y, mo] = monthParts(month, parameter);
  const first = Date.UTC(y, mo - 1, 1) / DAY_MS;
  const next = Date.UTC(y, mo, 1) / DAY_MS;
  return { first, last: next - 1 };
}

export function daysInMonth(month: string): number {
  const { first, last } = monthSpan(month);
  return last - first + 1;
}

/** The month a date falls in. */
export function monthOf(date: string): string {
  dayNumber(date);
  return date.slice(0, 7);
}

/** `count` consecutive months starting at `from`. */
export function monthRange(from: string, count: number): string[] {
  const [y, mo] = monthParts(from, 'from');
  requireParameter(Number.isInteger(count) && count >= 1 && count <= 120, 'months', 'must be 1–120');
  return Array.from({ length: count }, (_, i) => {
    const index = y * 12 + (mo - 1) + i;
    return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/** Months from the one holding `start` to the one holding `end`, inclusive. */
export function monthsBetween(start: string, end: string): string[] {
  const a = monthOf(start);
  const b = monthOf(end);
  const [ya, ma] = monthParts(a, 'start');
  const [yb, mb] = monthParts(b, 'end');
  const count = yb * 12 + mb - (ya * 12 + ma) + 1;
  return count >= 1 ? monthRange(a, count) : [];
}
