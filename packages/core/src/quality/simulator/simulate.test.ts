import { describe, expect, it } from 'vitest';
import { createRng } from '../../random';
import { pChartAlarmProbability, pChartLimits } from '../charts';
import { planCsp1 } from '../csp1-plan';
import { createAdaptive } from '../policies/adaptive';
import { createCsp1 } from '../policies/csp1';
import { createFixedRate } from '../policies/fixed-rate';
import { createFullReview } from '../policies/full';
import { generateStream, type Stream, scenarios, stationaryScenario, sweepRates } from './scenarios';
import { simulatePolicy } from './simulate';

const meanSe = (xs: number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
  return { mean, se: sd / Math.sqrt(xs.length) };
};

describe('generateStream', () => {
  it('is reproducible per seed and matches the scenario rates', () => {
    const a = generateStream({ scenario: scenarios.e, seed: 3 });
    expect(generateStream({ scenario: scenarios.e, seed: 3 }).defect).toEqual(a.defect);
    const share = a.segment.filter((s) => s === 2).length / a.length;
    expect(Math.abs(share - 0.05)).toBeLessThan(4 * Math.sqrt((0.05 * 0.95) / a.length));
    const c = generateStream({ scenario: scenarios.c, seed: 4 });
    const before = c.defect.subarray(0, 20_000).reduce((x, d) => x + d, 0) / 20_000;
    expect(Math.abs(before - 0.005)).toBeLessThan(4 * Math.sqrt((0.005 * 0.995) / 20_000));
    expect(c.inControl).toBe(20_000);
    expect(sweepRates()[0]).toBe(0);
    expect(Math.max(...sweepRates())).toBeCloseTo(0.2, 12);
  });
});

describe('simulatePolicy', () => {
  it('fixed-rate effort is f within 3 standard errors (200k outputs)', () => {
    const f = 0.05;
    const stream = generateStream({ scenario: scenarios.a, seed: 11, length: 200_000 });
    const r = simulatePolicy({ policy: createFixedRate({ f }), stream, coinSeed: 12 });
    expect(Math.abs(r.effort - f)).toBeLessThan(3 * Math.sqrt((f * (1 - f)) / stream.length));
  });

  it('CSP-1 simulated AOQ at p_max is the planned AOQL within 3 standard errors (Dodge 1943)', () => {
    const plan = planCsp1({ aoql: 0.01, f: 0.1 });
    const aoqs = Array.from({ length: 24 }, (_, i) => {
      const stream = generateStream({ scenario: stationaryScenario(plan.pAtMax), seed: 100 + i });
      return simulatePolicy({ policy: createCsp1({ i: plan.i, f: plan.f }), stream, coinSeed: 200 + i }).aoq;
    });
    const { mean, se } = meanSe(aoqs);
    expect(Math.abs(mean - plan.aoql)).toBeLessThan(3 * se);
  });

  it('the adversary defeats fixed-rate (AOQ ≈ 1 − f) and CSP-1 ((1 − f)/(1 + f·i))', () => {
    const stream = generateStream({ scenario: scenarios.g, seed: 1, length: 50_000 });
    const fixed = simulatePolicy({ policy: createFixedRate({ f: 0.1 }), stream, coinSeed: 2 });
    expect(fixed.aoq).toBeCloseTo(0.9, 1);
    const plan = planCsp1({ aoql: 0.01, f: 0.1 });
    const csp = simulatePolicy({ policy: createCsp1({ i: plan.i, f: 0.1 }), stream, coinSeed: 3 });
    expect(Math.abs(csp.aoq - plan.worstCaseAoq)).toBeLessThan(0.01);
  });

  it('counts escapes against the truth, and the HT estimate is unbiased for escapes (scenario b)', () => {
    const diffs = Array.from({ length: 20 }, (_, i) => {
      const stream = generateStream({ scenario: scenarios.b, seed: 40 + i });
      const r = simulatePolicy({ policy: createFixedRate({ f: 0.1 }), stream, coinSeed: 60 + i });
      expect(r.defects).toBe(stream.defect.reduce((x, d) => x + d, 0));
      expect(r.escapes).toBe(r.segmentEscapes[0]);
      expect(r.escapes).toBeLessThanOrEqual(r.defects);
      return r.ht.estimate - r.escapes;
    });
    const { mean, se } = meanSe(diffs);
    expect(Math.abs(mean)).toBeLessThan(3.5 * se);
  });

  it('stays valid with results that arrive late: the adversary still gets at most about the limit', () => {
    const stream = generateStream({ scenario: scenarios.g, seed: 9 });
    const r = simulatePolicy({ policy: createAdaptive({ limit: 0.01 }), stream, coinSeed: 10, delay: 25 });
    expect(r.aoq).toBeLessThan(0.0115);
    expect(r.reviews).toBeGreaterThan(0);
  });

  it('reports detection delay from the change and false alarms before it (windowed p-chart)', () => {
    const stream = generateStream({ scenario: scenarios.c, seed: 21 });
    const r = simulatePolicy({
      policy: createFixedRate({ f: 0.1 }),
      stream,
      coinSeed: 22,
      pChart: { window: 1000, upper: 0.0262 },
    });
    expect(r.pChart?.delay).not.toBeNull();
    expect(r.pChart?.delay).toBeLessThanOrEqual(5000);
    expect(r.cusum.delay).toBeNull();
  });
});

describe('the p-chart’s shortened first window', () => {
  // In control throughout at p = 2%, every output reviewed: windows of 100 with phase 90, so the first
  // window holds 10 outputs, then 9 full windows (the last 90 outputs never close a window).
  const p0 = 0.02;
  const full = pChartLimits({ p0, n: 100 }).upper;
  const inControl = (seed: number): Stream => {
    const rng = createRng(seed);
    const length = 1000;
    const defect = new Uint8Array(length);
    for (let t = 0; t < length; t++) defect[t] = rng() < p0 ? 1 : 0;
    return {
      length,
      defect,
      segment: new Uint8Array(length),
      judge: new Uint8Array(length),
      segments: 1,
      adversary: false,
      changeAt: null,
      inControl: length,
    };
  };
  const falseAlarms = (pChart: { window: number; upper: number; phase: number; p0?: number }) => {
    const counts: number[] = [];
    for (let seed = 1; seed <= 4000; seed++) {
      const r = simulatePolicy({
        policy: createFullReview(),
        stream: inControl(seed),
        coinSeed: seed,
        pChart,
      });
      counts.push(r.pChart!.falseAlarms);
    }
    return meanSe(counts);
  };
  // Exact binomial tails per window (charts.ts): the upper limit only, as the simulator alarms above it.
  const perWindow = (n: number) => pChartAlarmProbability({ p0, n, p: p0 });

  it('is not judged against the full window’s limit: 9 full windows’ worth of false alarms (4,000 seeded runs, within 4 SE)', () => {
    const expected = 9 * perWindow(100);
    const { mean, se } = falseAlarms({ window: 100, upper: full, phase: 90 });
    expect(Math.abs(mean - expected)).toBeLessThan(4 * se);
    // Judged against the full window’s 6.2%, one defect in 10 would alarm: 1 − 0.98¹⁰ = 18% more per run,
    // five times the 3.7% of all the full windows together.
    expect(1 - (1 - p0) ** 10).toBeGreaterThan(4 * expected);
  });

  it('is judged against its own limit when p0 is given (the variable-sample p-chart)', () => {
    const expected = perWindow(10) + 9 * perWindow(100);
    const { mean, se } = falseAlarms({ window: 100, upper: full, phase: 90, p0 });
    expect(Math.abs(mean - expected)).toBeLessThan(4 * se);
  });
});
