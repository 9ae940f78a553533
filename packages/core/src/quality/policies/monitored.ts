import { requireParameter } from '../../errors';
import { type BernoulliCusum, stepCusum } from '../cusum';
import {
  definePolicy,
  type JsonValue,
  type PolicyState,
  requireStrata,
  type SamplingPolicy,
} from '../policy';

/**
 * A sampling policy with a Bernoulli CUSUM per stratum on its reviewed outputs (Reynolds & Stoumbos 1999).
 * An alarm tightens that stratum to 100% review. The chart restarts at each alarm; the stratum is cleared
 * after `clearAfter` consecutive reviews without a new alarm (the automatic stand-in for a person's
 * acknowledgement), so under a lasting shift the stratum stays at 100%. With `verify`, the stratum is also
 * reviewed in full while its chart statistic is above zero.
 */
export interface MonitoredState<S extends PolicyState = PolicyState> {
  [key: string]: JsonValue | S;
  inner: S;
  /** Lattice CUSUM statistic per stratum (see stepCusum). */
  statistic: number[];
  /** 1 while the stratum is in alarm. */
  alarmed: number[];
  /** Reviews since the stratum's last alarm, while in alarm. */
  quiet: number[];
  /** Alarms raised so far (a re-alarm while still in alarm does not count). */
  alarms: number;
}

export interface CusumMonitorOptions {
  /** One chart for every stratum, or one per stratum (e.g. from cusumThreshold with a split budget). */
  charts: BernoulliCusum | readonly BernoulliCusum[];
  /** Reviews without a new alarm that clear a stratum; default 100. */
  clearAfter?: number;
  /**
   * Verification: review the stratum in full while its chart is above zero, i.e. until a reviewed defect's
   * evidence is cleared or confirmed. In control the reviewed items stay i.i.d., so the chart's run length
   * in reviewed items is unchanged; only the review rate (state it in cusumThreshold) grows.
   */
  verify?: boolean;
}

export function withCusum<S extends PolicyState>(
  policy: SamplingPolicy<S>,
  opts: CusumMonitorOptions,
): SamplingPolicy<MonitoredState<S>> {
  const strata = policy.strata;
  requireStrata(strata);
  const charts = 'p0' in opts.charts ? new Array<BernoulliCusum>(strata).fill(opts.charts) : [...opts.charts];
  requireParameter(charts.length === strata, 'charts', `needs one chart per stratum (${strata})`);
  const clearAfter = opts.clearAfter ?? 100;
  requireParameter(
    Number.isInteger(clearAfter) && clearAfter >= 1,
    'clearAfter',
    'must be a positive integer',
  );
  const inner = policy.kernel;
  const verify = opts.verify ?? false;
  return definePolicy<MonitoredState<S>>({
    name: `${policy.name}+cusum`,
    strata,
    initialState: () => ({
      inner: policy.initialState(),
      statistic: new Array<number>(strata).fill(0),
      alarmed: new Array<number>(strata).fill(0),
      quiet: new Array<number>(strata).fill(0),
      alarms: 0,
    }),
    kernel: {
      probability: (state, s) =>
        state.alarmed[s] === 1 || (verify && (state.statistic[s] as number) > 0)
          ? 1
          : inner.probability(state.inner, s),
      commit: (state, s, pi, review) => inner.commit(state.inner, s, pi, review),
      record(state, s, pi, defect) {
        inner.record(state.inner, s, pi, defect);
        const step = stepCusum(charts[s] as BernoulliCusum, state.statistic[s] as number, defect);
        if (step.alarm) {
          state.statistic[s] = 0;
          state.quiet[s] = 0;
          if (state.alarmed[s] === 0) {
            state.alarmed[s] = 1;
            state.alarms += 1;
          }
          return;
        }
        state.statistic[s] = step.statistic;
        if (state.alarmed[s] === 1) {
          const quiet = (state.quiet[s] as number) + 1;
          state.quiet[s] = quiet;
          if (quiet >= clearAfter) {
            state.alarmed[s] = 0;
            state.quiet[s] = 0;
          }
        }
      },
      alarms: (state) => state.alarms,
    },
  });
}
