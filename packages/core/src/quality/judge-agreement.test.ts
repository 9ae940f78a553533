import { describe, expect, it } from 'vitest';
import { InvalidParameterError } from '../errors';
import { createRng } from '../random';
import { wilsonInterval } from './estimators';
import { judgeAgreement, judgeAgreementFromCells, MIN_JUDGE_EVIDENCE } from './judge-agreement';

const repeat = <T>(n: number, item: T): T[] => Array.from({ length: n }, () => item);

describe('judgeAgreement: a hand-computed example', () => {
  // π = ½ for flagged outputs (weight 2), π = 0.1 for the others (weight 10).
  const reviews = [
    ...repeat(8, { flagged: true, defect: true, pi: 0.5 }),
    ...repeat(2, { flagged: false, defect: true, pi: 0.1 }),
    ...repeat(4, { flagged: true, defect: false, pi: 0.5 }),
    ...repeat(10, { flagged: false, defect: false, pi: 0.1 }),
  ];
  const result = judgeAgreement(reviews);

  it('weights each review by 1/π (the naive shares would be 8/10 and 10/14)', () => {
    // Sensitivity 8·2 ÷ (8·2 + 2·10) = 16/36; specificity 10·10 ÷ (10·10 + 4·2) = 100/108.
    expect(result.sensitivity?.estimate).toBeCloseTo(16 / 36, 12);
    expect(result.specificity?.estimate).toBeCloseTo(100 / 108, 12);
    expect(result.counts).toEqual({ flaggedDefect: 8, unflaggedDefect: 2, flaggedOk: 4, unflaggedOk: 10 });
    expect(result.reviewedDefects).toBe(10);
    expect(result.reviewedOk).toBe(14);
  });

  it('has the linearized variance worked by hand', () => {
    // Miss rate p = 20/36 = 5/9; Σ (y − p)²/π² = 8·4·(5/9)² + 2·100·(4/9)² = 4000/81; var = that ÷ 36²;
    // effectiveN = p(1 − p)/var = (20/81)·36²·81/4000 = 6.48.
    expect(result.sensitivity?.effectiveN).toBeCloseTo(6.48, 9);
    // False-flag rate q = 8/108; Σ (y − q)²/π² = 4·4·(100/108)² + 10·100·(8/108)²; var = that ÷ 108².
    const q = 8 / 108;
    const variance = (4 * 4 * (1 - q) ** 2 + 10 * 100 * q ** 2) / 108 ** 2;
    expect(result.specificity?.effectiveN).toBeCloseTo((q * (1 - q)) / variance, 9);
    for (const rate of [result.sensitivity, result.specificity]) {
      expect(rate?.lower).toBeLessThan(rate?.estimate ?? Number.NaN);
      expect(rate?.upper).toBeGreaterThan(rate?.estimate ?? Number.NaN);
      expect(rate?.lower).toBeGreaterThanOrEqual(0);
      expect(rate?.upper).toBeLessThanOrEqual(1);
    }
  });

  it('is the exact Clopper–Pearson interval on the counts when every π is 1', () => {
    const full = judgeAgreement([
      ...repeat(8, { flagged: true, defect: true, pi: 1 }),
      ...repeat(2, { flagged: false, defect: true, pi: 1 }),
      ...repeat(10, { flagged: false, defect: false, pi: 1 }),
    ]);
    // 8 of 10: 0.4439–0.9748 (Clopper & Pearson 1934; e.g. Newcombe 1998, Table I, method 5 for 81/263's kin).
    expect(full.sensitivity?.estimate).toBe(0.8);
    expect(full.sensitivity?.lower).toBeCloseTo(0.4439, 4);
    expect(full.sensitivity?.upper).toBeCloseTo(0.9748, 4);
    // 10 of 10 without a false flag: 0.6915–1.
    expect(full.specificity?.estimate).toBe(1);
    expect(full.specificity?.lower).toBeCloseTo(0.6915, 4);
    expect(full.specificity?.upper).toBe(1);
  });

  it('bounds a miss by the weights of the unflagged half, where a miss would be', () => {
    // Every defect and every unflagged output reviewed (π = 1); only flagged clean outputs sampled at π = 0.1.
    // A miss is an unflagged defect, so the sensitivity interval is the exact one on the counts (8 of 10);
    // the flagged half's weight 10 bounds only a false flag.
    const mixed = judgeAgreement([
      ...repeat(8, { flagged: true, defect: true, pi: 1 }),
      ...repeat(2, { flagged: false, defect: true, pi: 1 }),
      ...repeat(5, { flagged: true, defect: false, pi: 0.1 }),
      ...repeat(40, { flagged: false, defect: false, pi: 1 }),
    ]);
    expect(mixed.sensitivity?.lower).toBeCloseTo(0.4439, 4);
    expect(mixed.sensitivity?.upper).toBeCloseTo(0.9748, 4);
    // Specificity 40 ÷ (40 + 5·10) = 4/9, its range wide from the weight-10 false flags.
    expect(mixed.specificity?.estimate).toBeCloseTo(4 / 9, 12);
  });

  it('answers "not enough evidence yet" below the minimum, never a number', () => {
    const few = judgeAgreement([
      ...repeat(9, { flagged: true, defect: true, pi: 0.5 }),
      ...repeat(40, { flagged: false, defect: false, pi: 0.1 }),
    ]);
    expect(MIN_JUDGE_EVIDENCE).toBe(10);
    expect(few.sensitivity).toBeNull();
    expect(few.sensitivityReason).toBe('not enough evidence yet: 9 of 10 reviewed defects');
    expect(few.specificity?.estimate).toBe(1);
    expect(few.specificityReason).toBeNull();
    const none = judgeAgreement([]);
    expect(none.sensitivity).toBeNull();
    expect(none.specificity).toBeNull();
    expect(none.specificityReason).toBe('not enough evidence yet: 0 of 10 reviewed outputs without a defect');
  });

  it('refuses impossible inputs, naming the parameter', () => {
    expect(() => judgeAgreement([{ flagged: true, defect: true, pi: 0 }])).toThrow(InvalidParameterError);
    expect(() =>
      judgeAgreementFromCells([
        { flagged: true, defect: true, reviewed: 3, weightSum: 1, weightSquareSum: 1, maxWeight: 1 },
      ]),
    ).toThrow(/weightSum/);
  });
});

/**
 * A judge with known sensitivity and specificity on a stream with a known defect rate; the sampling
 * reviews flagged outputs at π_flag and the others at π_clear (the stratified design the quality engine
 * uses). Returns the estimates' mean error against the truth with its standard error, and the coverage of
 * the true values by the intervals (and by a Wilson interval at Kish's effective size, for comparison).
 */
function simulate(opts: {
  seed: number;
  replications: number;
  outputs: number;
  prevalence: number;
  sensitivity: number;
  specificity: number;
  piFlag: number;
  piClear: number;
}) {
  const rng = createRng(opts.seed);
  const stats = {
    sensitivity: { errors: [] as number[], covered: 0, kishCovered: 0 },
    specificity: { errors: [] as number[], covered: 0, kishCovered: 0 },
  };
  let shown = 0;
  for (let r = 0; r < opts.replications; r++) {
    const reviews: Array<{ flagged: boolean; defect: boolean; pi: number }> = [];
    for (let t = 0; t < opts.outputs; t++) {
      const defect = rng() < opts.prevalence;
      const flagged = defect ? rng() < opts.sensitivity : rng() >= opts.specificity;
      const pi = flagged ? opts.piFlag : opts.piClear;
      if (rng() < pi) reviews.push({ flagged, defect, pi });
    }
    const result = judgeAgreement(reviews);
    if (!result.sensitivity || !result.specificity) continue;
    shown++;
    for (const [name, truth, domain] of [
      ['sensitivity', opts.sensitivity, true],
      ['specificity', opts.specificity, false],
    ] as const) {
      const rate = result[name];
      if (!rate) continue;
      const s = stats[name];
      s.errors.push(rate.estimate - truth);
      if (truth >= rate.lower && truth <= rate.upper) s.covered++;
      const inDomain = reviews.filter((x) => x.defect === domain);
      const w = inDomain.reduce((a, x) => a + 1 / x.pi, 0);
      const w2 = inDomain.reduce((a, x) => a + 1 / x.pi ** 2, 0);
      const kish = (w * w) / w2;
      const wilson = wilsonInterval(rate.estimate * kish, kish);
      if (truth >= wilson.lower && truth <= wilson.upper) s.kishCovered++;
    }
  }
  const summary = (s: (typeof stats)['sensitivity']) => {
    const n = s.errors.length;
    const mean = s.errors.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(s.errors.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
    return { meanError: mean, errorSe: sd / Math.sqrt(n), coverage: s.covered / n, kish: s.kishCovered / n };
  };
  return { shown, sensitivity: summary(stats.sensitivity), specificity: summary(stats.specificity) };
}

// The Hájek ratio's bias is O(1/n) (a few thousandths at 8 expected reviewed misses): the volumes are
// set so that it stays inside 3 standard errors of the mean over 600 seeded replications.
describe('judgeAgreement: simulation with unequal π by judge bin', () => {
  it.each([
    {
      name: 'sens 0.8, spec 0.9, π 0.5 / 0.05',
      outputs: 10_000,
      sensitivity: 0.8,
      specificity: 0.9,
      piFlag: 0.5,
      piClear: 0.05,
    },
    {
      name: 'sens 0.6, spec 0.95, π 0.8 / 0.1',
      outputs: 5_000,
      sensitivity: 0.6,
      specificity: 0.95,
      piFlag: 0.8,
      piClear: 0.1,
    },
  ])('is unbiased within 3 SE and covers the true rates ≥ 93%: $name', (scenario) => {
    const replications = 600;
    const result = simulate({ seed: 20, replications, prevalence: 0.08, ...scenario });
    expect(result.shown).toBeGreaterThan(0.95 * replications);
    for (const rate of [result.sensitivity, result.specificity]) {
      expect(Math.abs(rate.meanError)).toBeLessThan(3 * rate.errorSe);
      expect(rate.coverage).toBeGreaterThanOrEqual(0.93);
    }
    // Wilson at Kish's effective size misses the true sensitivity far more often (0.74 and 0.92 here):
    // the misses sit in the rarely reviewed unflagged half.
    expect(result.sensitivity.kish).toBeLessThan(result.sensitivity.coverage);
  });
});
