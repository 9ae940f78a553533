import { describe, expect, it } from 'vitest';
import { createRng, type Rng } from '../random';
import { normalQuantile } from '../stats/distributions';
import {
  bcaAcceleration,
  bootstrapInterval,
  differenceOf,
  ratioContrast,
  sampleMean,
  sampleMedian,
} from './bootstrap';

const lognormal = (rng: Rng, mu: number, sigma: number) =>
  Math.exp(mu + sigma * normalQuantile(Math.min(1 - 1e-12, Math.max(1e-12, rng()))));

/**
 * Coverage of the 95% BCa interval over seeded repetitions: the share of intervals holding the true
 * value. With 400 repetitions a correct 95% interval lands in [93%, 97%] with probability ≈ 0.93
 * (±1.8 binomial standard errors); the seed fixes the outcome, so the test is reproducible.
 */
function coverage(contrast: typeof ratioContrast, truth: number, repetitions = 400): number {
  const rng = createRng(20261124);
  let covered = 0;
  for (let r = 0; r < repetitions; r++) {
    // Hours to draft a module: baseline median e³ ≈ 20 h, pilot median e^1.4 ≈ 4 h, lognormal σ 0.5.
    const pilot = Array.from({ length: 40 }, () => lognormal(rng, 1.4, 0.5));
    const baseline = Array.from({ length: 40 }, () => lognormal(rng, 3, 0.5));
    const ci = bootstrapInterval(pilot, baseline, sampleMedian, contrast, { rng, replicates: 1000 });
    if (ci.lower <= truth && truth <= ci.upper) covered += 1;
  }
  return covered / repetitions;
}

describe('bootstrapInterval (two-sample BCa)', () => {
  it('covers the true ratio of medians 93–97% of the time (n = 40 per window, 400 seeded repetitions)', () => {
    const c = coverage(ratioContrast, Math.exp(1.4 - 3));
    expect(c).toBeGreaterThanOrEqual(0.93);
    expect(c).toBeLessThanOrEqual(0.97);
  });

  it('covers the true difference of medians 93–97% of the time', () => {
    const c = coverage(differenceOf, Math.exp(1.4) - Math.exp(3));
    expect(c).toBeGreaterThanOrEqual(0.93);
    expect(c).toBeLessThanOrEqual(0.97);
  });

  it('is reproducible from its seed and changes with it', () => {
    const pilot = [3.1, 4.2, 5.0, 3.8, 4.4, 6.1, 2.9];
    const baseline = [18, 22, 19.5, 25, 21, 17, 30];
    const run = (seed: number) =>
      bootstrapInterval(pilot, baseline, sampleMedian, ratioContrast, {
        rng: createRng(seed),
        replicates: 500,
      });
    expect(run(1)).toEqual(run(1));
    expect(run(1)).not.toEqual(run(2));
    expect(run(1).estimate).toBeCloseTo(4.2 / 21, 12);
  });

  it('collapses to the estimate when nothing varies, and refuses too few replicates', () => {
    const ci = bootstrapInterval([2, 2, 2], [4, 4], sampleMedian, ratioContrast, { rng: createRng(1) });
    expect(ci).toEqual({ estimate: 0.5, lower: 0.5, upper: 0.5 });
    expect(() =>
      bootstrapInterval([1, 2], [3, 4], sampleMedian, ratioContrast, { rng: createRng(1), replicates: 50 }),
    ).toThrow(/replicates/);
  });
});

describe('bcaAcceleration', () => {
  // Unequal windows (13 pilot, 8 baseline measurements), each skewed by one large value.
  const pilot = [4.1, 3.6, 4.4, 5.0, 3.9, 4.2, 3.8, 4.6, 4.0, 3.7, 4.3, 4.5, 9.5];
  const baseline = [18, 22, 19.5, 25, 21, 17, 20, 31];

  it('weights each window’s jackknife by its size as SciPy does: the closed form for a difference of means', () => {
    const centred = (xs: number[]) => xs.map((x) => x - sampleMean(xs));
    const u = centred(pilot);
    const v = centred(baseline).map((y) => -y);
    const n = pilot.length;
    const m = baseline.length;
    const sum = (xs: number[], k: number) => xs.reduce((s, x) => s + x ** k, 0);
    const closed =
      (sum(u, 3) / n ** 3 + sum(v, 3) / m ** 3) / (6 * (sum(u, 2) / n ** 2 + sum(v, 2) / m ** 2) ** 1.5);
    const a = bcaAcceleration(pilot, baseline, sampleMean, differenceOf);
    expect(a).toBeCloseTo(closed, 12);
    // scipy.stats._resampling._bca_interval (SciPy 1.17.1) returns â = −0.05760586686557183 for these data.
    expect(a).toBeCloseTo(-0.05760586686557183, 12);
  });

  it('matches SciPy for a ratio of means: â = 0.04469481045310936', () => {
    expect(bcaAcceleration(pilot, baseline, sampleMean, ratioContrast)).toBeCloseTo(0.04469481045310936, 12);
  });
});
