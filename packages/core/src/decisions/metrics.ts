import { requireParameter } from '../errors';

export interface DurationSummary {
  count: number;
  /** Hours. */
  median: number | null;
  mean: number | null;
  p90: number | null;
}

/** Median (mean of the middle two for even n), mean and 90th percentile (nearest rank) of durations in hours. */
export function summarizeHours(hours: readonly number[]): DurationSummary {
  for (const h of hours)
    requireParameter(Number.isFinite(h) && h >= 0, 'hours', 'durations are finite and ≥ 0');
  if (hours.length === 0) return { count: 0, median: null, mean: null, p90: null };
  const sorted = [...hours].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  return {
    count: n,
    median,
    mean: sorted.reduce((s, h) => s + h, 0) / n,
    p90: sorted[Math.ceil(0.9 * n) - 1]!,
  };
}
