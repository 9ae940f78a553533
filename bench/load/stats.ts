import type { ClientResult } from './client';

export interface OperationSummary {
  operation: string;
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
}

/** Nearest-rank quantile of sorted values. */
export const quantile = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : Number.NaN;

export function summarize(result: ClientResult): OperationSummary[] {
  return Object.entries(result.operations)
    .map(([operation, o]) => ({
      operation,
      requests: o.latencies.length,
      errors: Object.values(o.errors).reduce((a, b) => a + b, 0),
      perSecond: (o.latencies.length * 1000) / result.elapsedMs,
      p50: quantile(o.latencies, 0.5),
      p99: quantile(o.latencies, 0.99),
      max: o.latencies.at(-1) ?? Number.NaN,
    }))
    .sort((a, b) => a.operation.localeCompare(b.operation));
}

export interface RssSample {
  atMs: number;
  rssMb: number[];
}

export interface ServerMemory {
  startMb: number;
  firstWindowMb: number;
  lastWindowMb: number;
  /** (last − first) ÷ first. */
  growth: number;
  /** Least-squares slope of RSS over the samples after warm-up. */
  slopeMbPerMinute: number;
  peakMb: number;
  flat: boolean;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function slope(points: Array<[number, number]>): number {
  const mx = mean(points.map((p) => p[0]));
  const my = mean(points.map((p) => p[1]));
  const sxy = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0);
  const sxx = points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  return sxx ? sxy / sxx : 0;
}

/**
 * Memory growth per server after warm-up: the mean RSS over the first window after warm-up against the
 * mean over the last window of the run (windows of a minute, shorter when the run is short).
 */
export function memoryGrowth(samples: RssSample[], warmupMs: number, threshold: number) {
  const end = samples.at(-1)!.atMs;
  const windowMs = Math.min(60_000, (end - warmupMs) / 2);
  const servers = samples[0]!.rssMb.map((_, s): ServerMemory => {
    const series = samples.filter((x) => Number.isFinite(x.rssMb[s]));
    const at = (from: number, to: number) =>
      mean(series.filter((x) => x.atMs >= from && x.atMs <= to).map((x) => x.rssMb[s]!));
    const first = at(warmupMs, warmupMs + windowMs);
    const last = at(end - windowMs, end);
    const growth = (last - first) / first;
    return {
      startMb: series[0]!.rssMb[s]!,
      firstWindowMb: first,
      lastWindowMb: last,
      growth,
      slopeMbPerMinute:
        slope(series.filter((x) => x.atMs >= warmupMs).map((x) => [x.atMs / 60_000, x.rssMb[s]!])) || 0,
      peakMb: Math.max(...series.map((x) => x.rssMb[s]!)),
      flat: growth <= threshold,
    };
  });
  return { windowMs, threshold, servers };
}
