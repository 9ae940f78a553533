import { requireParameter } from '../../errors';

export const NO_VALUE = '(none)';
export const OTHER_SEGMENT = '(other)';

/** The segment an output belongs to: the values of the standard's segment keys, in the keys' order. */
export function segmentOf(metadata: Record<string, unknown>, keys: readonly string[]): string {
  if (keys.length === 0) return 'all';
  return keys
    .map((key) => {
      const value = metadata[key];
      return `${key}=${value === undefined || value === null || value === '' ? NO_VALUE : String(value)}`;
    })
    .join(' · ');
}

/**
 * Segment → stratum index, assigned on first sight and kept in the workflow's sampling state. The last
 * stratum collects segments beyond `capacity − 1`, so a policy's stratum count stays fixed.
 */
export function assignStratum(
  table: Record<string, number>,
  segment: string,
  capacity: number,
): { stratum: number; table: Record<string, number> } {
  requireParameter(Number.isInteger(capacity) && capacity >= 1, 'capacity', 'must be a positive integer');
  const known = table[segment];
  if (known !== undefined) return { stratum: known, table };
  const used = Object.keys(table).length;
  if (used < capacity - 1 || (capacity === 1 && used === 0)) {
    return { stratum: used, table: { ...table, [segment]: used } };
  }
  const other = capacity - 1;
  return {
    stratum: other,
    table: table[OTHER_SEGMENT] === undefined ? { ...table, [OTHER_SEGMENT]: other } : table,
  };
}

/** Judge-score stratification: an output at or above the threshold goes to the flagged half. */
export function judgeBin(score: number | null | undefined, threshold: number): 0 | 1 {
  return score !== null && score !== undefined && score >= threshold ? 1 : 0;
}

const SEPARATOR = ' · ';

/**
 * Whether an output with this metadata lies in `segment` (a string made by segmentOf): every key=value
 * part of the segment must match, so a segment named under one standard version's keys still finds its
 * outputs under a version that splits them further. 'all' holds every output.
 */
export function inSegment(segment: string, metadata: Record<string, unknown>): boolean {
  if (segment === 'all') return true;
  return segment.split(SEPARATOR).every((part) => {
    const at = part.indexOf('=');
    if (at <= 0) return false;
    return segmentOf(metadata, [part.slice(0, at)]) === part;
  });
}

/** Whether every key=value part of `outer` is also a part of `inner` (inner is outer or a subdivision of it). */
export function segmentWithin(inner: string, outer: string): boolean {
  if (outer === 'all') return true;
  const parts = new Set(inner.split(SEPARATOR));
  return outer.split(SEPARATOR).every((part) => parts.has(part));
}

/** The strata of one segment: its index, or both judge halves of it when a judge score stratifies. */
export function strataOfSegment(segmentIndex: number, judged: boolean): number[] {
  return judged ? [segmentIndex * 2, segmentIndex * 2 + 1] : [segmentIndex];
}
