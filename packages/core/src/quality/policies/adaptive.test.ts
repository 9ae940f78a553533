import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateStream, scenarios, stationaryScenario } from '../simulator/scenarios';
import { simulatePolicy } from '../simulator/simulate';
import {
  type AdaptiveOptions,
  adaptiveParameters,
  createAdaptive,
  ledgerBound,
  qualificationOf,
  riskProportionalFloors,
} from './adaptive';

/**
 * Runs the hard ledger on a defect sequence (or the adversary: defective exactly when π < 1) and returns
 * the largest excess over any window of Σ Z − A·W, the quantity the bound A·W + C + J caps at C + J.
 */
function worstWindowExcess(
  opts: AdaptiveOptions,
  draws: number[],
  defects: boolean[] | 'adversary',
  strata: number[],
): number {
  const policy = createAdaptive(opts);
  const p = adaptiveParameters(opts);
  const k = policy.kernel;
  const state = policy.initialState();
  let prefix = 0;
  let lowest = 0;
  let worst = 0;
  draws.forEach((u, t) => {
    const s = strata[t % strata.length] as number;
    const pi = k.probability(state, s);
    const review = u < pi;
    const defect = defects === 'adversary' ? pi < 1 : (defects[t] as boolean);
    k.commit(state, s, pi, review);
    const z = review && defect ? (1 - pi) / pi : 0;
    if (review) k.record(state, s, pi, defect);
    prefix += z - p.budget;
    worst = Math.max(worst, prefix - lowest);
    lowest = Math.min(lowest, prefix);
  });
  return worst;
}

describe('adaptive hard ledger (Horvitz & Thompson 1952 escape ledger)', () => {
  const optionsArb = fc.record({
    limit: fc.double({ min: 0.001, max: 0.2, noNaN: true }),
    floor: fc.double({ min: 0.01, max: 1, noNaN: true }),
    burst: fc.integer({ min: 0, max: 30 }),
    soft: fc.boolean(),
    mode: fc.constantFrom('stratum' as const, 'pooled' as const),
  });

  it('spends at most A·W + C + J in any window, on arbitrary and adversarial defect sequences', () => {
    fc.assert(
      fc.property(
        optionsArb,
        fc.array(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), {
          minLength: 1,
          maxLength: 400,
        }),
        fc.oneof(
          fc.array(fc.boolean(), { minLength: 400, maxLength: 400 }),
          fc.constant('adversary' as const),
        ),
        (o, draws, defects) => {
          const opts = { ...o, strata: o.mode === 'pooled' ? 2 : 1 };
          const p = adaptiveParameters(opts);
          const excess = worstWindowExcess(opts, draws, defects, opts.strata === 2 ? [0, 1] : [0]);
          expect(excess).toBeLessThanOrEqual(ledgerBound(p, 0) + 1e-9);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('holds the bound on a long adversarial stream with a small floor', () => {
    const opts = { limit: 0.01, floor: 0.01 };
    const draws = Array.from({ length: 50_000 }, (_, t) => ((t * 0.6180339887) % 1) as number);
    const excess = worstWindowExcess(opts, draws, 'adversary', [0]);
    expect(excess).toBeLessThanOrEqual(ledgerBound(adaptiveParameters(opts), 0));
  });
});

describe('adaptive outgoing rate on scenario streams (8 seeds × 100k)', () => {
  const cases: [string, ReturnType<typeof stationaryScenario>, AdaptiveOptions, 'none' | 'segment'][] = [
    ['a', scenarios.a, { limit: 0.01 }, 'none'],
    ['b', scenarios.b, { limit: 0.01 }, 'none'],
    ['d', scenarios.d, { limit: 0.01 }, 'none'],
    ['e pooled', scenarios.e, { limit: 0.01, strata: 3, mode: 'pooled' }, 'segment'],
    ['g', scenarios.g, { limit: 0.01 }, 'none'],
    ['p = 20%', stationaryScenario(0.2), { limit: 0.01 }, 'none'],
  ];
  it.each(cases)(
    'scenario %s: mean AOQ within the limit (3 standard errors)',
    (_name, scenario, opts, stratification) => {
      const aoqs = Array.from({ length: 8 }, (_, i) => {
        const stream = generateStream({ scenario, seed: 500 + i });
        return simulatePolicy({ policy: createAdaptive(opts), stream, coinSeed: 900 + i, stratification })
          .aoq;
      });
      const mean = aoqs.reduce((a, b) => a + b, 0) / aoqs.length;
      const sd = Math.sqrt(aoqs.reduce((a, b) => a + (b - mean) ** 2, 0) / (aoqs.length - 1));
      expect(mean - 3 * (sd / Math.sqrt(aoqs.length))).toBeLessThanOrEqual(opts.limit);
      expect(mean).toBeLessThanOrEqual(opts.limit * 1.03);
    },
  );

  it('pooled mode reviews the riskiest segment first (scenario e)', () => {
    const stream = generateStream({ scenario: scenarios.e, seed: 77 });
    const r = simulatePolicy({
      policy: createAdaptive({ limit: 0.01, strata: 3, mode: 'pooled' }),
      stream,
      coinSeed: 5,
      stratification: 'segment',
    });
    const rate = r.segmentReviews.map((x, i) => x / (r.segmentOutputs[i] as number));
    expect(rate[2]).toBeGreaterThan(3 * (rate[1] as number));
    expect(rate[1]).toBeLessThan(0.25);
  });
});

describe('riskProportionalFloors', () => {
  it('scales floors with risk from the least risky stratum, capped', () => {
    expect(riskProportionalFloors({ base: 0.01, risks: [1, 2, 50], max: 0.2 })).toEqual([0.01, 0.02, 0.2]);
    expect(() => riskProportionalFloors({ base: 0, risks: [1] })).toThrow(/base/);
  });
});

describe('the adaptive policy’s qualification start', () => {
  it('reviews each stratum’s first outputs in full, starts the run again after a defect in it, then samples', () => {
    const policy = createAdaptive({ limit: 0.01, strata: 2, qualify: 30 });
    let state = policy.initialState();
    const decide = (stratum: number) => {
      const d = policy.decide(state, { stratum }, 0.5);
      state = d.state;
      return d.pi;
    };
    for (let i = 0; i < 10; i++) expect(decide(0)).toBe(1);
    // A defect found in the run: 30 more clean outputs are needed.
    state = policy.observe(state, { stratum: 0, pi: 1, defect: true });
    expect(qualificationOf(state)).toEqual({ remaining: [30, 30], qualified: [false, false] });
    for (let i = 0; i < 30; i++) expect(decide(0)).toBe(1);
    expect(qualificationOf(state)).toEqual({ remaining: [0, 30], qualified: [true, false] });
    // Stratum 0 has its evidence; stratum 1 (a new segment) has none yet.
    expect(decide(0)).toBeLessThan(1);
    expect(decide(1)).toBe(1);
  });

  it('treats a state saved before qualification existed as qualified', () => {
    const policy = createAdaptive({ limit: 0.01, qualify: 30 });
    const { qualify: _q, qualified: _d, ...old } = policy.initialState();
    const d = policy.decide(old as never, { stratum: 0 }, 0.5);
    expect(d.pi).toBeLessThan(1);
    expect(qualificationOf(old as never)).toBeNull();
  });
});
