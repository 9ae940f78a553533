import { requireParameter } from '../../errors';
import { definePolicy, perStratum, requireStrata, type SamplingPolicy } from '../policy';

/** Per stratum: sampling (1) or 100% (0), and the run of consecutive clean results while at 100%. */
export interface Csp1State {
  [key: string]: number[];
  sampling: number[];
  clean: number[];
}

export interface Csp1Options {
  /** Clearance number i (see planCsp1), one or one per stratum. */
  i: number | readonly number[];
  /** Sampling fraction f ∈ (0, 1), one or one per stratum. */
  f: number | readonly number[];
  strata?: number;
}

function strataOf(opts: {
  i: number | readonly number[];
  f: number | readonly number[];
  strata?: number;
}): number {
  if (opts.strata !== undefined) return opts.strata;
  if (typeof opts.i !== 'number') return opts.i.length;
  return typeof opts.f === 'number' ? 1 : opts.f.length;
}

export function csp1Parameters(opts: Csp1Options): { strata: number; i: number[]; f: number[] } {
  const strata = strataOf(opts);
  requireStrata(strata);
  const i = perStratum(
    opts.i,
    strata,
    'i',
    (x) => Number.isInteger(x) && x >= 0,
    'clearance number must be a non-negative integer',
  );
  const f = perStratum(opts.f, strata, 'f', (x) => x > 0 && x < 1, 'sampling fraction must be in (0, 1)');
  requireParameter(i.length === f.length, 'f', 'needs as many values as i');
  return { strata, i, f };
}

/**
 * CSP-1 (Dodge 1943) per stratum. Results count in the order they arrive, so a late result can only
 * lengthen the 100% phase (a defect found while sampling sends the stratum back to 100% when it lands).
 */
export function createCsp1(opts: Csp1Options): SamplingPolicy<Csp1State> {
  const { strata, i, f } = csp1Parameters(opts);
  return definePolicy<Csp1State>({
    name: 'csp1',
    strata,
    initialState: () => ({
      sampling: new Array<number>(strata).fill(i.every((x) => x === 0) ? 1 : 0),
      clean: new Array<number>(strata).fill(0),
    }),
    kernel: {
      probability: (state, s) => (state.sampling[s] === 1 ? (f[s] as number) : 1),
      commit: () => {},
      record(state, s, _pi, defect) {
        if (defect) {
          state.sampling[s] = 0;
          state.clean[s] = 0;
        } else if (state.sampling[s] === 0) {
          const run = (state.clean[s] as number) + 1;
          state.clean[s] = run;
          if (run >= (i[s] as number)) state.sampling[s] = 1;
        }
      },
      alarms: () => 0,
    },
  });
}
