import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidParameterError } from '../errors';
import { createRng } from '../random';
import { solveDense } from '../stats/linear';
import {
  type BernoulliCusum,
  bernoulliCusum,
  bernoulliCusumLattice,
  cusumArl,
  cusumReferenceValue,
  cusumThreshold,
  stepCusum,
} from './cusum';

// Run lengths by direct simulation of stepCusum from the zero state.
function simulateRunLengths(
  c: BernoulliCusum,
  p: number,
  runs: number,
  seed: number,
): { mean: number; se: number } {
  const rng = createRng(seed);
  const lengths: number[] = [];
  for (let r = 0; r < runs; r++) {
    let statistic = 0;
    let t = 0;
    for (;;) {
      t++;
      const step = stepCusum(c, statistic, rng() < p);
      statistic = step.statistic;
      if (step.alarm) break;
    }
    lengths.push(t);
  }
  const mean = lengths.reduce((a, b) => a + b, 0) / runs;
  const variance = lengths.reduce((a, b) => a + (b - mean) ** 2, 0) / (runs - 1);
  return { mean, se: Math.sqrt(variance / runs) };
}

// Dense Brook–Evans solve of (I − Q) L = 1, an independent path from the banded solver.
function denseArl(c: BernoulliCusum, p: number): number {
  const n = c.H;
  const a = new Float64Array(n * n);
  for (let s = 0; s < n; s++) {
    a[s * n + s] = 1;
    const up = s + c.scale - c.g;
    if (up < n) a[s * n + up] = (a[s * n + up] as number) - p;
    const down = Math.max(0, s - c.g);
    a[s * n + down] = (a[s * n + down] as number) - (1 - p);
  }
  return solveDense(a, new Float64Array(n).fill(1), n)[0] as number;
}

describe('cusumReferenceValue', () => {
  it.each([
    [0.005, 0.05],
    [0.01, 0.02],
    [0.2, 0.6],
  ])('is the root of the log-likelihood-ratio increment for p0=%f, p1=%f', (p0, p1) => {
    // LLR CUSUM increments ln(p1/p0) per defect and ln((1 − p1)/(1 − p0)) per clean item; dividing by
    // their difference gives B_t with reference value −clean/(defect − clean).
    const defect = Math.log(p1 / p0);
    const clean = Math.log((1 - p1) / (1 - p0));
    expect(Math.abs(cusumReferenceValue(p0, p1) - -clean / (defect - clean))).toBeLessThan(1e-12);
  });
});

describe('cusumArl (exact Markov chain)', () => {
  it('gives 1/p when one defect alarms', () => {
    const c = bernoulliCusumLattice({ p0: 0.01, p1: 0.05, scale: 10, g: 1, H: 9 });
    expect(Math.abs(cusumArl(c, 0.03) - 1 / 0.03)).toBeLessThan(1e-9);
  });

  it('gives (1 + p)/p² (two defects in a row) on the lattice m = 2, g = 1, H = 2', () => {
    const c = bernoulliCusumLattice({ p0: 0.1, p1: 0.3, scale: 2, g: 1, H: 2 });
    for (const p of [0.05, 0.3, 0.9])
      expect(Math.abs(cusumArl(c, p) - (1 + p) / p ** 2)).toBeLessThan((1e-9 * (1 + p)) / p ** 2);
  });

  it.each([
    [7, 2, 30, 0.1],
    [11, 3, 80, 0.2],
    [51, 1, 142, 0.005],
  ])('agrees with a dense solve for m=%i, g=%i, H=%i at p=%f', (scale, g, H, p) => {
    const c = bernoulliCusumLattice({ p0: 0.005, p1: 0.05, scale, g, H });
    const exact = denseArl(c, p);
    expect(Math.abs(cusumArl(c, p) - exact) / exact).toBeLessThan(1e-9);
  });

  it('handles p = 0 (never alarms), p = 1 and a start at the threshold', () => {
    const c = bernoulliCusumLattice({ p0: 0.01, p1: 0.05, scale: 10, g: 1, H: 25 });
    expect(cusumArl(c, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(cusumArl(c, 1)).toBeCloseTo(3, 9); // 9, 18, 27 ≥ 25
    expect(cusumArl(c, 0.2, { start: 25 })).toBe(0);
  });

  it.each([
    { p0: 0.01, p1: 0.05, h: 2.5, p: 0.01 },
    { p0: 0.01, p1: 0.05, h: 2.5, p: 0.05 },
    { p0: 0.02, p1: 0.1, h: 3, p: 0.06 },
    { p0: 0.1, p1: 0.25, h: 2, p: 0.1, scale: 23 },
  ])('is confirmed by simulation within 3 standard errors: %o', ({ p0, p1, h, p, scale }) => {
    const c = bernoulliCusum({ p0, p1, h, scale });
    const exact = cusumArl(c, p);
    const runs = Math.max(400, Math.min(3000, Math.floor(1_500_000 / exact)));
    const simulated = simulateRunLengths(c, p, runs, 77);
    expect(Math.abs(simulated.mean - exact)).toBeLessThan(3 * simulated.se);
  });
});

describe('bernoulliCusum lattice', () => {
  it('discretises γ within 0.5% by default and reports the h that runs', () => {
    const c = bernoulliCusum({ p0: 0.005, p1: 0.05, h: 3 });
    expect(Math.abs(c.g / c.scale - c.gamma) / c.gamma).toBeLessThan(0.005);
    expect(c.h).toBe(c.H / c.scale);
    expect(c.h).toBeGreaterThanOrEqual(3);
    expect(c.h - 3).toBeLessThan(1 / c.scale);
  });

  it('keeps the statistic a non-negative integer that alarms exactly at H', () => {
    const c = bernoulliCusum({ p0: 0.02, p1: 0.08, h: 2 });
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 300 }), (defects) => {
        let statistic = 0;
        for (const defect of defects) {
          const step = stepCusum(c, statistic, defect);
          if (!Number.isInteger(step.statistic) || step.statistic < 0) return false;
          if (step.alarm !== step.statistic >= c.H) return false;
          statistic = step.alarm ? 0 : step.statistic;
        }
        return true;
      }),
    );
  });
});

describe('cusumThreshold', () => {
  it('picks the smallest threshold meeting the false-alarm budget per 100k outputs', () => {
    const result = cusumThreshold({ p0: 0.005, p1: 0.05, falseAlarmsPer100k: 0.25, reviewRate: 0.1 });
    expect(result.arl0Outputs).toBeGreaterThanOrEqual(400_000);
    expect(result.falseAlarmsPer100k).toBeLessThanOrEqual(0.25);
    const smaller = bernoulliCusumLattice({ ...result.cusum, H: result.cusum.H - 1 });
    expect(cusumArl(smaller, 0.005) / 0.1).toBeLessThan(400_000);
    expect(result.arl1Outputs).toBeCloseTo(result.arl1Reviewed / 0.1, 9);
    expect(result.arl1Reviewed).toBeLessThan(result.arl0Reviewed / 100);
  });

  it('splits the budget across strata', () => {
    const one = cusumThreshold({ p0: 0.005, p1: 0.05, falseAlarmsPer100k: 1, reviewRate: 0.2 });
    const three = cusumThreshold({ p0: 0.005, p1: 0.05, falseAlarmsPer100k: 1, reviewRate: 0.2, strata: 3 });
    expect(three.falseAlarmsPer100k).toBeLessThanOrEqual(1 / 3);
    expect(three.cusum.H).toBeGreaterThan(one.cusum.H);
  });

  it('is cheap enough to call per stratum: a logarithmic number of ARL solves, not a scan over H', () => {
    // Work counted, not timed (the machine is shared). Doubling finds the bracket in ⌈log2(H / m)⌉ + 1
    // solves; the narrowing bisects at least every other step, so at most 2·⌈log2 H⌉ more. A scan from
    // H = 1 would take H solves (hundreds here).
    for (const opts of [
      { p0: 0.005, p1: 0.02, falseAlarmsPer100k: 0.25, reviewRate: 0.1, strata: 3 },
      { p0: 0.002, p1: 0.02, falseAlarmsPer100k: 0.25, reviewRate: 0.05 },
      { p0: 0.005, p1: 0.05, falseAlarmsPer100k: 0.25, reviewRate: 0.1 },
    ]) {
      const { solves, cusum } = cusumThreshold(opts);
      const bound = Math.ceil(Math.log2(cusum.H / cusum.scale)) + 1 + 2 * Math.ceil(Math.log2(cusum.H));
      expect(cusum.H).toBeGreaterThan(100);
      expect(solves).toBeGreaterThanOrEqual(2);
      expect(solves).toBeLessThanOrEqual(bound);
    }
  });
});

describe('parameter checks', () => {
  it.each([
    [() => cusumReferenceValue(0.05, 0.05), 'p0'],
    [() => cusumReferenceValue(0, 0.05), 'p0'],
    [() => cusumReferenceValue(0.01, 1), 'p1'],
    [() => bernoulliCusum({ p0: 0.01, p1: 0.05, h: 0 }), 'h'],
    [() => bernoulliCusum({ p0: 0.01, p1: 0.05, h: 2, scale: 3 }), 'scale'],
    [() => bernoulliCusumLattice({ p0: 0.01, p1: 0.05, scale: 10, g: 10, H: 5 }), 'g'],
    [
      () => cusumThreshold({ p0: 0.01, p1: 0.05, falseAlarmsPer100k: 0, reviewRate: 0.1 }),
      'falseAlarmsPer100k',
    ],
    [() => cusumThreshold({ p0: 0.01, p1: 0.05, falseAlarmsPer100k: 1, reviewRate: 0 }), 'reviewRate'],
    [
      () => cusumThreshold({ p0: 0.01, p1: 0.05, falseAlarmsPer100k: 1, reviewRate: 0.1, strata: 0 }),
      'strata',
    ],
    [() => cusumArl(bernoulliCusum({ p0: 0.01, p1: 0.05, h: 2 }), 1.5), 'p'],
  ])('throw InvalidParameterError naming the parameter (%#)', (call, parameter) => {
    try {
      call();
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidParameterError);
      expect((error as InvalidParameterError).parameter).toBe(parameter);
    }
  });
});
