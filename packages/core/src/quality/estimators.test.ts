import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidParameterError } from '../errors';
import { createRng, type Rng } from '../random';
import {
  clopperPearsonInterval,
  escapedDefects,
  escapedDefectsFromSums,
  fayFeuerInterval,
  jeffreysInterval,
  MIN_REVIEWS_FOR_ESTIMATES,
  type QualitySums,
  qualityFigures,
  weightedDefectRate,
  wilsonInterval,
} from './estimators';

const Z975 = 1.959963984540054;

// ∫₀ˣ t^(a−1)(1 − t)^(b−1) dt / B(a, b) by Simpson's rule after t = u² (removes a t^(−½) singularity).
function betaCdf(x: number, a: number, b: number): number {
  if (b < 1) return 1 - betaCdf(1 - x, b, a); // move the singular end to 0
  const integral = (upper: number) => {
    const steps = 20_000;
    const h = Math.sqrt(upper) / steps;
    const f = (u: number) => 2 * u ** (2 * a - 1) * (1 - u * u) ** (b - 1);
    let sum = f(0) + f(Math.sqrt(upper));
    for (let k = 1; k < steps; k++) sum += (k % 2 === 1 ? 4 : 2) * f(k * h);
    return (sum * h) / 3;
  };
  return integral(x) / integral(1);
}

function coverageRun(opts: {
  outputs: number;
  p: number;
  replications: number;
  seed: number;
  piOf: (burst: number, rng: Rng) => number;
}): { ff: number; normal: number; meanError: number; errorSe: number } {
  const rng = createRng(opts.seed);
  let ff = 0;
  let normal = 0;
  const errors: number[] = [];
  for (let r = 0; r < opts.replications; r++) {
    const reviewed: Array<{ defect: boolean; pi: number }> = [];
    let escaped = 0;
    let burst = 0;
    for (let t = 0; t < opts.outputs; t++) {
      const pi = opts.piOf(burst, rng);
      if (burst > 0) burst--;
      const defect = rng() < opts.p;
      if (rng() < pi) {
        reviewed.push({ defect, pi });
        if (defect) burst = 50;
      } else if (defect) escaped++;
    }
    const interval = escapedDefects(reviewed);
    if (escaped >= interval.lower && escaped <= interval.upper) ff++;
    const half = Z975 * Math.sqrt(interval.variance);
    if (Math.abs(escaped - interval.estimate) <= half) normal++;
    errors.push(interval.estimate - escaped);
  }
  const meanError = errors.reduce((a, b) => a + b, 0) / errors.length;
  const variance = errors.reduce((a, b) => a + (b - meanError) ** 2, 0) / (errors.length - 1);
  return {
    ff: ff / opts.replications,
    normal: normal / opts.replications,
    meanError,
    errorSe: Math.sqrt(variance / errors.length),
  };
}

describe('fayFeuerInterval', () => {
  it.each([
    [0, 0, 3.688879],
    [5, 1.623486, 11.668332],
    [10, 4.795389, 18.390356],
  ])('with unit weights gives the exact Garwood (1936) Poisson interval for x = %i', (x, lower, upper) => {
    const interval = fayFeuerInterval({ estimate: x, variance: x, maxWeight: 1 });
    expect(Math.abs(interval.lower - lower)).toBeLessThan(1e-5);
    expect(Math.abs(interval.upper - upper)).toBeLessThan(1e-5);
  });
});

describe('escapedDefects', () => {
  it('sums (1 − π)/π and (1 − π)/π² over reviewed defects', () => {
    const items = [
      { defect: true, pi: 0.1 },
      { defect: true, pi: 0.5 },
      { defect: false, pi: 0.02 },
      { defect: true, pi: 1 },
    ];
    const result = escapedDefects(items);
    expect(Math.abs(result.estimate - (9 + 1))).toBeLessThan(1e-9);
    expect(Math.abs(result.variance - (90 + 2))).toBeLessThan(1e-9);
    expect(result.lower).toBeLessThan(result.estimate);
    expect(result.upper).toBeGreaterThan(result.estimate);
    const fromSums = escapedDefectsFromSums({ estimate: 10, variance: 92, maxWeight: 49 });
    expect(Math.abs(fromSums.lower - result.lower)).toBeLessThan(1e-9);
    expect(Math.abs(fromSums.upper - result.upper)).toBeLessThan(1e-9);
  });

  it('is zero with no uncertainty under 100% review', () => {
    const result = escapedDefects([
      { defect: true, pi: 1 },
      { defect: false, pi: 1 },
    ]);
    expect(result).toMatchObject({ estimate: 0, variance: 0, lower: 0, upper: 0 });
  });

  it.each([
    { name: 'constant π = 0.05', p: 0.01, piOf: () => 0.05 },
    {
      name: 'verification bursts (π = 1 for 50 after a defect, else 0.05)',
      p: 0.01,
      piOf: (b: number) => (b > 0 ? 1 : 0.05),
    },
    {
      name: 'mixed π ∈ {0.02, 0.2, 1}',
      p: 0.01,
      piOf: (_b: number, rng: Rng) => [0.02, 0.2, 1][Math.floor(rng() * 3)] as number,
    },
  ])('covers the realized escapes at ≥ 95% (within 3 SE) and is unbiased: $name', ({ p, piOf }) => {
    const replications = 800;
    const result = coverageRun({ outputs: 4000, p, replications, seed: 31, piOf });
    expect(result.ff).toBeGreaterThan(0.95 - 3 * Math.sqrt((0.95 * 0.05) / replications));
    expect(Math.abs(result.meanError)).toBeLessThan(3 * result.errorSe);
  });

  it('the normal interval under-covers at small π, as QA-ENGINE.md warns', () => {
    const result = coverageRun({ outputs: 4000, p: 0.002, replications: 800, seed: 32, piOf: () => 0.02 });
    expect(result.ff).toBeGreaterThan(0.94);
    expect(result.normal).toBeLessThan(0.8);
  });
});

describe('wilsonInterval', () => {
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('matches Newcombe (1998, Table I, method 3) for %i/%i', (x, n, lower, upper) => {
    const interval = wilsonInterval(x, n);
    expect(Math.abs(interval.lower - lower)).toBeLessThan(5e-5);
    expect(Math.abs(interval.upper - upper)).toBeLessThan(5e-5);
    expect(interval.estimate).toBe(x / n);
  });
});

describe('jeffreysInterval', () => {
  it.each([
    [3, 20],
    [0, 30],
    [81, 263],
    [12, 12],
  ])('puts α/2 of the Beta(x + ½, n − x + ½) posterior beyond each bound for %i/%i', (x, n) => {
    const interval = jeffreysInterval(x, n);
    if (x > 0) expect(Math.abs(betaCdf(interval.lower, x + 0.5, n - x + 0.5) - 0.025)).toBeLessThan(1e-6);
    else expect(interval.lower).toBe(0);
    if (x < n) expect(Math.abs(betaCdf(interval.upper, x + 0.5, n - x + 0.5) - 0.975)).toBeLessThan(1e-6);
    else expect(interval.upper).toBe(1);
  });
});

describe('weightedDefectRate', () => {
  it('is the Hájek ratio Σ d/π ÷ Σ 1/π', () => {
    const items = [
      { defect: true, pi: 0.1 },
      { defect: false, pi: 0.1 },
      { defect: false, pi: 0.5 },
      { defect: true, pi: 1 },
    ];
    const result = weightedDefectRate(items);
    expect(Math.abs(result.estimate - 11 / 23)).toBeLessThan(1e-9);
    expect(result.lower).toBeLessThan(result.estimate);
    expect(result.upper).toBeGreaterThan(result.estimate);
  });

  it('stays inside [0, 1] and brackets its estimate', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ defect: fc.boolean(), pi: fc.double({ min: 0.01, max: 1, noNaN: true }) }), {
          minLength: 1,
          maxLength: 60,
        }),
        (items) => {
          const r = weightedDefectRate(items);
          return (
            r.lower >= 0 && r.upper <= 1 && r.lower <= r.estimate + 1e-12 && r.upper >= r.estimate - 1e-12
          );
        },
      ),
    );
  });

  it.each([
    {
      name: 'defects where review is dense',
      segments: [
        [0.7, 0.002, 0.02],
        [0.25, 0.02, 0.1],
        [0.05, 0.15, 0.5],
      ],
    },
    {
      name: 'defects where review is sparse',
      segments: [
        [0.7, 0.002, 0.5],
        [0.25, 0.02, 0.1],
        [0.05, 0.15, 0.02],
      ],
    },
  ])('covers the stream defect rate at ≥ 95% (within 3 SE): $name', ({ segments }) => {
    const rng = createRng(41);
    const replications = 500;
    let covered = 0;
    for (let r = 0; r < replications; r++) {
      const reviewed: Array<{ defect: boolean; pi: number }> = [];
      let defects = 0;
      const outputs = 10_000;
      for (let t = 0; t < outputs; t++) {
        const u = rng();
        const [, p, pi] = (u < 0.7 ? segments[0] : u < 0.95 ? segments[1] : segments[2]) as number[];
        const defect = rng() < (p as number);
        if (defect) defects++;
        if (rng() < (pi as number)) reviewed.push({ defect, pi: pi as number });
      }
      const interval = weightedDefectRate(reviewed);
      if (defects / outputs >= interval.lower && defects / outputs <= interval.upper) covered++;
    }
    expect(covered / replications).toBeGreaterThan(0.95 - 3 * Math.sqrt((0.95 * 0.05) / replications));
  });
});

describe('parameter checks', () => {
  it.each([
    [() => escapedDefects([{ defect: true, pi: 0 }]), 'pi'],
    [() => escapedDefects([{ defect: true, pi: 1.2 }]), 'pi'],
    [() => escapedDefects([], { confidence: 1 }), 'confidence'],
    [() => wilsonInterval(5, 0), 'n'],
    [() => wilsonInterval(6, 5), 'successes'],
    [() => jeffreysInterval(-1, 5), 'successes'],
    [() => weightedDefectRate([]), 'weightSum'],
    [() => fayFeuerInterval({ estimate: -1, variance: 0, maxWeight: 1 }), 'estimate'],
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

describe('weightedDefectRate with equal inclusion probabilities', () => {
  it('is the Clopper–Pearson interval on the counts (a simple random sample): 5 of 8 at π = 1 and 3 of 40 at π = 0.1', () => {
    const all = (n: number, defects: number, pi: number) =>
      Array.from({ length: n }, (_, i) => ({ defect: i < defects, pi }));
    for (const [n, x, pi] of [
      [8, 5, 1],
      [40, 3, 0.1],
    ] as const) {
      const r = weightedDefectRate(all(n, x, pi));
      expect(r.estimate).toBeCloseTo(x / n, 12);
      // The exact bounds by their definition: each binomial tail beyond x is α/2.
      expect(1 - binomialCdf(x - 1, n, r.lower)).toBeCloseTo(0.025, 9);
      expect(binomialCdf(x, n, r.upper)).toBeCloseTo(0.025, 9);
      expect(r.effectiveN).toBe(n);
    }
  });
});

describe('clopperPearsonInterval', () => {
  it('has the closed forms at the edges: 0 of 10 → [0, 1 − 0.025^(1/10)], 10 of 10 → [0.025^(1/10), 1]', () => {
    expect(clopperPearsonInterval(0, 10)).toMatchObject({
      lower: 0,
      upper: expect.closeTo(1 - 0.025 ** 0.1, 10),
    });
    expect(clopperPearsonInterval(10, 10)).toMatchObject({
      lower: expect.closeTo(0.025 ** 0.1, 10),
      upper: 1,
    });
  });

  it('covers p at ≥ 95% for every n ≤ 60 on a grid of p (exact binomial sums), where Wilson falls to 87.5%', () => {
    const worst = (interval: (x: number, n: number) => { lower: number; upper: number }) => {
      let min = 1;
      for (let n = 1; n <= 60; n++) {
        const intervals = Array.from({ length: n + 1 }, (_, x) => interval(x, n));
        for (let k = 1; k < 200; k++) {
          const p = k / 200;
          let coverage = 0;
          let mass = (1 - p) ** n;
          for (let x = 0; x <= n; x++) {
            const ci = intervals[x]!;
            if (ci.lower <= p && p <= ci.upper) coverage += mass;
            mass *= ((n - x) / (x + 1)) * (p / (1 - p));
          }
          min = Math.min(min, coverage);
        }
      }
      return min;
    };
    expect(worst(clopperPearsonInterval)).toBeGreaterThanOrEqual(0.95 - 1e-9);
    expect(worst(wilsonInterval)).toBeLessThan(0.9);
  });
});

/** One segment of `outputs` under Poisson sampling; π per output from the design (a burst after a reviewed defect). */
function simulateSegment(
  rng: Rng,
  outputs: number,
  p: number,
  design: number | 'burst',
): { sums: QualitySums; escaped: number } {
  let burst = 0;
  let escaped = 0;
  let reviewed = 0;
  let estimate = 0;
  let variance = 0;
  let minPi = 1;
  const rate = {
    weightSum: 0,
    weightSquareSum: 0,
    defectWeightSum: 0,
    defectWeightSquareSum: 0,
    maxWeight: 0,
  };
  for (let t = 0; t < outputs; t++) {
    const pi = design === 'burst' ? (burst > 0 ? 1 : 0.05) : design;
    if (burst > 0) burst--;
    minPi = Math.min(minPi, pi);
    const defect = rng() < p;
    if (rng() < pi) {
      reviewed++;
      const w = 1 / pi;
      rate.weightSum += w;
      rate.weightSquareSum += w * w;
      rate.maxWeight = Math.max(rate.maxWeight, w);
      if (defect) {
        estimate += (1 - pi) / pi;
        variance += (1 - pi) / (pi * pi);
        rate.defectWeightSum += w;
        rate.defectWeightSquareSum += w * w;
        burst = 5;
      }
    } else if (defect) escaped++;
  }
  return {
    sums: {
      outputs,
      pending: 0,
      reviewed,
      escapedEstimate: estimate,
      escapedVariance: variance,
      minPi,
      rate: reviewed > 0 ? rate : null,
    },
    escaped,
  };
}

describe('qualityFigures', () => {
  it('keeps the thin-data case inside what is possible: one defect at π = 0.02 in a segment of 12', () => {
    // The reported case: 12 German outputs, one reviewed (a defect at π = 0.02, weight 49).
    const figures = qualityFigures(
      {
        outputs: 12,
        pending: 0,
        reviewed: 1,
        escapedEstimate: 49,
        escapedVariance: 49 / 0.02,
        minPi: 0.02,
        rate: {
          weightSum: 50,
          weightSquareSum: 2500,
          defectWeightSum: 50,
          defectWeightSquareSum: 2500,
          maxWeight: 50,
        },
      },
      0.01,
    );
    expect(figures.unreviewed).toBe(11);
    expect(figures.escapedDefects.estimate).toBe(11);
    expect(figures.escapedDefects.upper).toBe(11);
    expect(figures.escapedDefects.lower).toBe(1);
    expect(figures.outgoingRate!.upper).toBeLessThanOrEqual(1);
    expect(figures.enoughReviews).toBe(false);
    expect(figures.minimumReviews).toBe(MIN_REVIEWS_FOR_ESTIMATES);
  });

  it('never returns a figure outside its feasible range (random thin data)', () => {
    const counts = fc
      .record({
        outputs: fc.integer({ min: 0, max: 60 }),
        pendingShare: fc.double({ min: 0, max: 1, noNaN: true }),
        reviewedShare: fc.double({ min: 0, max: 1, noNaN: true }),
      })
      .map(({ outputs, pendingShare, reviewedShare }) => {
        const pending = Math.floor(outputs * pendingShare);
        return { outputs, pending, reviewed: Math.floor((outputs - pending) * reviewedShare) };
      });
    const review = fc.record({ defect: fc.boolean(), pi: fc.double({ min: 0.005, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(
        counts.chain((c) =>
          fc.record({
            c: fc.constant(c),
            reviews: fc.array(review, { minLength: c.reviewed, maxLength: c.reviewed }),
            unreviewedPi: fc.double({ min: 0.005, max: 1, noNaN: true }),
            limit: fc.double({ min: 0.001, max: 0.5, noNaN: true }),
          }),
        ),
        ({ c, reviews, unreviewedPi, limit }) => {
          let estimate = 0;
          let variance = 0;
          let minPi = c.outputs > c.reviewed ? unreviewedPi : 1;
          const rate = {
            weightSum: 0,
            weightSquareSum: 0,
            defectWeightSum: 0,
            defectWeightSquareSum: 0,
            maxWeight: 0,
          };
          for (const { defect, pi } of reviews) {
            minPi = Math.min(minPi, pi);
            rate.weightSum += 1 / pi;
            rate.weightSquareSum += 1 / pi ** 2;
            rate.maxWeight = Math.max(rate.maxWeight, 1 / pi);
            if (defect) {
              estimate += (1 - pi) / pi;
              variance += (1 - pi) / pi ** 2;
              rate.defectWeightSum += 1 / pi;
              rate.defectWeightSquareSum += 1 / pi ** 2;
            }
          }
          const f = qualityFigures(
            {
              ...c,
              escapedEstimate: estimate,
              escapedVariance: variance,
              minPi,
              rate: c.reviewed ? rate : null,
            },
            limit,
          );
          const unreviewed = c.outputs - c.pending - c.reviewed;
          const ordered = (i: { estimate: number; lower: number; upper: number }, hi: number) =>
            i.lower >= 0 && i.lower <= i.estimate && i.estimate <= i.upper && i.upper <= hi;
          expect(f.unreviewed).toBe(unreviewed);
          expect(ordered(f.escapedDefects, unreviewed)).toBe(true);
          if (f.outgoingRate) expect(ordered(f.outgoingRate, 1)).toBe(true);
          else expect(c.outputs - c.pending).toBe(0);
          if (f.defectRate) expect(ordered(f.defectRate, 1)).toBe(true);
          else expect(c.reviewed).toBe(0);
          expect(f.budgetUsed).toBeGreaterThanOrEqual(0);
          expect(f.budgetUsed).toBeLessThanOrEqual(
            unreviewed / (limit * Math.max(1, c.outputs - c.pending)) + 1e-12,
          );
          expect(f.enoughReviews).toBe(c.reviewed >= MIN_REVIEWS_FOR_ESTIMATES);
        },
      ),
      { numRuns: 2000, seed: 20261205 },
    );
  });

  // 2,000 replications per cell: a true coverage of 95% lands below 93% with probability < 1e-4 (SE 0.49%).
  it.each([{ outputs: 12 }, { outputs: 30 }, { outputs: 200 }])(
    'covers escapes and the defect rate at ≥ 93% in every cell, segments of $outputs outputs (seeded, 2,000 replications per cell)',
    ({ outputs }) => {
      const replications = 2000;
      for (const p of [0.01, 0.05, 0.2, 0.5]) {
        for (const design of [0.1, 0.3, 0.6, 'burst'] as const) {
          const rng = createRng(
            outputs * 7919 + Math.round(p * 1000) * 31 + (design === 'burst' ? 1 : design * 10),
          );
          let escapes = 0;
          let rates = 0;
          let withRate = 0;
          for (let r = 0; r < replications; r++) {
            const { sums, escaped } = simulateSegment(rng, outputs, p, design);
            const f = qualityFigures(sums, 0.01);
            if (escaped >= f.escapedDefects.lower && escaped <= f.escapedDefects.upper) escapes++;
            if (f.defectRate) {
              withRate++;
              if (p >= f.defectRate.lower && p <= f.defectRate.upper) rates++;
            }
          }
          expect.soft(escapes / replications, `escapes p=${p} π=${design}`).toBeGreaterThanOrEqual(0.93);
          expect.soft(rates / withRate, `rate p=${p} π=${design}`).toBeGreaterThanOrEqual(0.93);
        }
      }
    },
  );
});
