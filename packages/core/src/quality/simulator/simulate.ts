import { requireParameter } from '../../errors';
import { createRng } from '../../random';
import { pChartLimits } from '../charts';
import { type EscapedDefectEstimate, escapedDefectsFromSums } from '../estimators';
import type { PolicyState, SamplingPolicy } from '../policy';
import type { Stream } from './scenarios';

/** How an output maps to the policy's strata: its known segment, the judge's flag, or both. */
export type Stratification = 'none' | 'segment' | 'judge' | 'segment-judge';

export interface SimulateOptions<S extends PolicyState> {
  policy: SamplingPolicy<S>;
  stream: Stream;
  /** Seed of the policy's own coin stream. */
  coinSeed: number;
  stratification?: Stratification;
  /** Review results arrive this many outputs after the decision (0: at once). */
  delay?: number;
  /**
   * A display p-chart on the reviewed outputs, as tools alert today: tumbling windows of `window` outputs,
   * the first shortened by `phase`. `upper` is the limit for a full window. With `p0` each window is judged
   * against its own limit, p0 + sigmas·√(p0(1 − p0)/n) for its n reviewed outputs (the variable-sample
   * p-chart); without it the shortened first window is not judged, since the full window's limit would
   * be far too tight for it (one defect in 10 reviews is 10%).
   */
  pChart?: { window: number; upper: number; phase?: number; p0?: number; sigmas?: number };
}

export interface DetectionRecord {
  /** Alarms raised at outputs before `inControl`. */
  falseAlarms: number;
  /** Outputs from the change to the first alarm raised at or after it (1 = at the first changed output); null if none. */
  delay: number | null;
}

export interface SimulationResult {
  outputs: number;
  reviews: number;
  defects: number;
  escapes: number;
  effort: number;
  aoq: number;
  segmentOutputs: number[];
  segmentReviews: number[];
  segmentEscapes: number[];
  segmentAoq: number[];
  inControlOutputs: number;
  inControlReviews: number;
  alarms: number;
  cusum: DetectionRecord;
  pChart: DetectionRecord | null;
  /** Horvitz–Thompson sums: Σ(1 − π)/π and Σ(1 − π)/π² over reviewed defects, max (1 − π)/π over reviews. */
  ht: { estimate: number; variance: number; maxWeight: number };
  /** The 95% Fay–Feuer interval for escaped defects, and whether it holds the true count. */
  escaped: EscapedDefectEstimate;
  covered: boolean;
}

export function strataOf(stream: Stream, stratification: Stratification): Uint8Array {
  if (stratification === 'segment') return stream.segment;
  if (stratification === 'judge') return stream.judge;
  const out = new Uint8Array(stream.length);
  if (stratification === 'segment-judge') {
    for (let t = 0; t < stream.length; t++)
      out[t] = 2 * (stream.segment[t] as number) + (stream.judge[t] as number);
  }
  return out;
}

interface Detector {
  falseAlarms: number;
  delay: number | null;
}

function noteAlarm(d: Detector, t: number, stream: Stream): void {
  if (t < stream.inControl) d.falseAlarms += 1;
  if (stream.changeAt !== null && t >= stream.changeAt && d.delay === null) d.delay = t - stream.changeAt + 1;
}

/**
 * Runs one policy over one stream through the mutable fast path (no allocation per output). The
 * adversary makes an output defective exactly when its π < 1. Results may be delayed by `delay` outputs.
 */
export function simulatePolicy<S extends PolicyState>(opts: SimulateOptions<S>): SimulationResult {
  const { stream, policy } = opts;
  const k = policy.kernel;
  const delay = opts.delay ?? 0;
  requireParameter(Number.isInteger(delay) && delay >= 0, 'delay', 'must be a non-negative integer');
  const strata = strataOf(stream, opts.stratification ?? 'none');
  const state = policy.initialState();
  const coin = createRng(opts.coinSeed);
  const n = stream.length;
  const segOut = new Array<number>(stream.segments).fill(0);
  const segRev = new Array<number>(stream.segments).fill(0);
  const segEsc = new Array<number>(stream.segments).fill(0);
  const slots = Math.max(1, delay);
  const pendStratum = new Int32Array(slots).fill(-1);
  const pendPi = new Float64Array(slots);
  const pendDefect = new Uint8Array(slots);
  const cusum: Detector = { falseAlarms: 0, delay: null };
  const chart = opts.pChart
    ? {
        ...opts.pChart,
        reviewed: 0,
        defects: 0,
        first: (opts.pChart.phase ?? 0) % opts.pChart.window !== 0,
        detector: { falseAlarms: 0, delay: null } as Detector,
      }
    : null;
  let reviews = 0;
  let defects = 0;
  let escapes = 0;
  let icReviews = 0;
  let alarms = 0;
  let est = 0;
  let variance = 0;
  let maxWeight = 0;
  const record = (t: number, s: number, pi: number, bad: boolean) => {
    k.record(state, s, pi, bad);
    const a = k.alarms(state);
    if (a !== alarms) {
      alarms = a;
      noteAlarm(cusum, t, stream);
    }
  };
  for (let t = 0; t < n; t++) {
    const slot = t % slots;
    if (delay > 0 && (pendStratum[slot] as number) >= 0) {
      record(t, pendStratum[slot] as number, pendPi[slot] as number, pendDefect[slot] === 1);
      pendStratum[slot] = -1;
    }
    const s = strata[t] as number;
    const g = stream.segment[t] as number;
    const pi = k.probability(state, s);
    const review = coin() < pi;
    const bad = stream.adversary ? pi < 1 : stream.defect[t] === 1;
    k.commit(state, s, pi, review);
    segOut[g] = (segOut[g] as number) + 1;
    if (bad) defects++;
    if (review) {
      reviews++;
      if (t < stream.inControl) icReviews++;
      segRev[g] = (segRev[g] as number) + 1;
      const w = (1 - pi) / pi;
      if (w > maxWeight) maxWeight = w;
      if (bad) {
        est += w;
        variance += w / pi;
      }
      if (chart) {
        chart.reviewed++;
        if (bad) chart.defects++;
      }
      if (delay === 0) record(t, s, pi, bad);
      else {
        pendStratum[slot] = s;
        pendPi[slot] = pi;
        pendDefect[slot] = bad ? 1 : 0;
      }
    } else if (bad) {
      escapes++;
      segEsc[g] = (segEsc[g] as number) + 1;
    }
    if (chart && (t + 1 + (chart.phase ?? 0)) % chart.window === 0) closeWindow(chart, t, stream);
  }
  for (let j = 0; j < slots; j++) {
    const slot = (n + j) % slots;
    if (delay > 0 && (pendStratum[slot] as number) >= 0)
      record(n, pendStratum[slot] as number, pendPi[slot] as number, pendDefect[slot] === 1);
  }
  const ht = { estimate: est, variance, maxWeight };
  const escaped = escapedDefectsFromSums(ht);
  return {
    outputs: n,
    reviews,
    defects,
    escapes,
    effort: reviews / n,
    aoq: escapes / n,
    segmentOutputs: segOut,
    segmentReviews: segRev,
    segmentEscapes: segEsc,
    segmentAoq: segOut.map((o, i) => (o > 0 ? (segEsc[i] as number) / o : 0)),
    inControlOutputs: stream.inControl,
    inControlReviews: icReviews,
    alarms,
    cusum,
    pChart: chart ? chart.detector : null,
    ht,
    escaped,
    covered: escaped.lower <= escapes && escapes <= escaped.upper,
  };
}

interface PChartRun {
  window: number;
  upper: number;
  p0?: number;
  sigmas?: number;
  reviewed: number;
  defects: number;
  /** The current window is the shortened first one. */
  first: boolean;
  detector: Detector;
}

// Shewhart p-chart over a tumbling window: alarm when the window's reviewed defect share exceeds its limit
// (the full window's `upper`, or the window's own from p0).
function closeWindow(chart: PChartRun, t: number, stream: Stream): void {
  const upper =
    chart.p0 === undefined
      ? chart.first
        ? null
        : chart.upper
      : chart.reviewed > 0
        ? pChartLimits({ p0: chart.p0, n: chart.reviewed, sigmas: chart.sigmas }).upper
        : null;
  if (upper !== null && chart.reviewed > 0 && chart.defects / chart.reviewed > upper)
    noteAlarm(chart.detector, t, stream);
  chart.reviewed = 0;
  chart.defects = 0;
  chart.first = false;
}
