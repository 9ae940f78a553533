import { requireParameter } from '../../errors';
import { createRng } from '../../random';

/**
 * The QA-Bench streams of QA-ENGINE.md: a defect rate per output and segment, drawn once per seed so that
 * every policy sees the same stream (each with its own coin stream).
 */
export type ScenarioName = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g';

export interface Scenario {
  name: string;
  description: string;
  /** Volume share of each known segment (one segment unless the stream is segmented). */
  segmentShares: readonly number[];
  /** Defect probability of output t in segment s. */
  rate: (t: number, segment: number) => number;
  /** First output after a change of the defect rate, if the stream has one. */
  changeAt?: number;
  /** Outputs from the start that run at the in-control rate (false alarms are counted there). */
  inControl: number;
  /** An output is defective exactly when the policy's current π < 1 (scenario g). */
  adversary?: boolean;
}

/** The in-control rate the bench's monitors are designed for (scenarios a, c and d start there). */
export const inControlRate = 0.005;
export const changePoint = 20_000;

const constant = (p: number) => () => p;

function ramp(t: number): number {
  if (t < changePoint) return inControlRate;
  if (t >= 70_000) return 0.04;
  return inControlRate + ((0.04 - inControlRate) * (t - changePoint)) / 50_000;
}

export const scenarios: Record<ScenarioName, Scenario> = {
  a: {
    name: 'a',
    description: 'p = 0.5%',
    segmentShares: [1],
    rate: constant(0.005),
    inControl: Number.POSITIVE_INFINITY,
  },
  b: { name: 'b', description: 'p = 2%', segmentShares: [1], rate: constant(0.02), inControl: 0 },
  c: {
    name: 'c',
    description: 'step 0.5% → 5% at 20,000',
    segmentShares: [1],
    rate: (t) => (t < changePoint ? inControlRate : 0.05),
    changeAt: changePoint,
    inControl: changePoint,
  },
  d: {
    name: 'd',
    description: '0.5% to 20,000, ramp to 4% at 70,000',
    segmentShares: [1],
    rate: ramp,
    changeAt: changePoint,
    inControl: changePoint,
  },
  e: {
    name: 'e',
    description: 'segments 70% at 0.2%, 25% at 2%, 5% at 15%',
    segmentShares: [0.7, 0.25, 0.05],
    rate: (_t, s) => (s === 0 ? 0.002 : s === 1 ? 0.02 : 0.15),
    inControl: 0,
  },
  f: {
    name: 'f',
    description: 'bursty: 0.2%, 100 outputs at 30% every 2,500',
    segmentShares: [1],
    rate: (t) => (t % 2500 >= 2400 ? 0.3 : 0.002),
    inControl: 0,
  },
  g: {
    name: 'g',
    description: 'adversary: defective exactly when π < 1',
    segmentShares: [1],
    rate: constant(0),
    inControl: 0,
    adversary: true,
  },
};

export const scenarioNames = Object.keys(scenarios) as ScenarioName[];

/** A stationary stream at rate p: the sweep whose worst AOQ is the empirical AOQL. */
export function stationaryScenario(p: number): Scenario {
  requireParameter(p >= 0 && p <= 1, 'p', 'defect rate must be in [0, 1]');
  return {
    name: `p=${p}`,
    description: `stationary p = ${p}`,
    segmentShares: [1],
    rate: constant(p),
    inControl: 0,
  };
}

/** The sweep grid 0–20%: fine where CSP-1 plans peak (0–5%), coarser above. */
export function sweepRates(): number[] {
  const rates: number[] = [];
  for (let k = 0; k <= 10; k++) rates.push(k * 0.005);
  for (let p = 0.06; p <= 0.2001; p += 0.02) rates.push(Math.round(p * 100) / 100);
  return rates;
}

export interface JudgeModel {
  /** P(flag | defect) and P(flag | clean) of the automated judge. */
  sensitivity: number;
  falsePositiveRate: number;
}

export interface Stream {
  length: number;
  defect: Uint8Array;
  segment: Uint8Array;
  /** The judge's flag per output (1 = flagged); the adversary's outputs are flagged at the false-positive rate. */
  judge: Uint8Array;
  segments: number;
  adversary: boolean;
  changeAt: number | null;
  inControl: number;
}

export function generateStream(opts: {
  scenario: Scenario;
  seed: number;
  length?: number;
  judge?: JudgeModel;
}): Stream {
  const length = opts.length ?? 100_000;
  requireParameter(Number.isInteger(length) && length >= 1, 'length', 'must be a positive integer');
  const judge = opts.judge ?? { sensitivity: 0.7, falsePositiveRate: 0.05 };
  const { scenario } = opts;
  const rng = createRng(opts.seed);
  const defect = new Uint8Array(length);
  const segment = new Uint8Array(length);
  const flag = new Uint8Array(length);
  const shares = scenario.segmentShares;
  for (let t = 0; t < length; t++) {
    let s = 0;
    if (shares.length > 1) {
      let u = rng();
      while (s < shares.length - 1 && u >= (shares[s] as number)) u -= shares[s++] as number;
    }
    segment[t] = s;
    const bad = !scenario.adversary && rng() < scenario.rate(t, s);
    defect[t] = bad ? 1 : 0;
    flag[t] = rng() < (bad ? judge.sensitivity : judge.falsePositiveRate) ? 1 : 0;
  }
  return {
    length,
    defect,
    segment,
    judge: flag,
    segments: shares.length,
    adversary: scenario.adversary ?? false,
    changeAt: scenario.changeAt ?? null,
    inControl: Math.min(length, scenario.inControl),
  };
}
