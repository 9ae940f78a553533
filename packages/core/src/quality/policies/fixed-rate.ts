import { definePolicy, perStratum, requireStrata, type SamplingPolicy } from '../policy';

export type FixedRateState = Record<string, never>;

export interface FixedRateOptions {
  /** Sampling fraction f ∈ (0, 1], one for all strata or one per stratum. */
  f: number | readonly number[];
  strata?: number;
}

/** Fixed-rate random sampling, what review queues do today (a Bernoulli(f) draw per output). */
export function createFixedRate(opts: FixedRateOptions): SamplingPolicy<FixedRateState> {
  const strata = opts.strata ?? (typeof opts.f === 'number' ? 1 : opts.f.length);
  requireStrata(strata);
  const f = perStratum(opts.f, strata, 'f', (x) => x > 0 && x <= 1, 'sampling fraction must be in (0, 1]');
  return definePolicy<FixedRateState>({
    name: 'fixed-rate',
    strata,
    initialState: () => ({}),
    kernel: {
      probability: (_state, stratum) => f[stratum] as number,
      commit: () => {},
      record: () => {},
      alarms: () => 0,
    },
  });
}
