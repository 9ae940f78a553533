import { requireParameter } from '../../errors';
import { definePolicy, perStratum, type SamplingPolicy } from '../policy';
import { csp1Parameters } from './csp1';

/** Per stratum: phase 0 = 100%, 1 = sampling, 2 = sampling on probation after a sampled defect. */
export interface Csp2State {
  [key: string]: number[];
  phase: number[];
  /** Consecutive clean results at 100%, or sampled results since the defect on probation. */
  count: number[];
}

export interface Csp2Options {
  i: number | readonly number[];
  f: number | readonly number[];
  /** Probation length k in sampled outputs (Dodge & Torrey 1951 take k = i); defaults to i. */
  k?: number | readonly number[];
  strata?: number;
}

/**
 * CSP-2 (Dodge & Torrey 1951): a sampled defect does not end sampling; only a second defect within the
 * next k sampled outputs sends the stratum back to 100% until i consecutive clean ones.
 */
export function createCsp2(opts: Csp2Options): SamplingPolicy<Csp2State> {
  const { strata, i, f } = csp1Parameters(opts);
  const k = perStratum(
    opts.k ?? i,
    strata,
    'k',
    (x) => Number.isInteger(x) && x >= 1,
    'must be a positive integer',
  );
  requireParameter(k.length === strata, 'k', 'needs one value per stratum');
  return definePolicy<Csp2State>({
    name: 'csp2',
    strata,
    initialState: () => ({
      phase: new Array<number>(strata).fill(0),
      count: new Array<number>(strata).fill(0),
    }),
    kernel: {
      probability: (state, s) => (state.phase[s] === 0 ? 1 : (f[s] as number)),
      commit: () => {},
      record(state, s, _pi, defect) {
        const phase = state.phase[s];
        const count = (state.count[s] as number) + 1;
        if (phase === 0) {
          state.count[s] = defect ? 0 : count;
          if (!defect && count >= (i[s] as number)) state.phase[s] = 1;
        } else if (phase === 1) {
          if (defect) {
            state.phase[s] = 2;
            state.count[s] = 0;
          }
        } else if (defect) {
          state.phase[s] = 0;
          state.count[s] = 0;
        } else {
          state.count[s] = count;
          if (count >= (k[s] as number)) {
            state.phase[s] = 1;
            state.count[s] = 0;
          }
        }
      },
      alarms: () => 0,
    },
  });
}
