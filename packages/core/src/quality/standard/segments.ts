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
