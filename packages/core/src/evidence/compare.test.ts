import { describe, expect, it } from 'vitest';
import { createRng } from '../random';
import { normalQuantile } from '../stats/distributions';
import { formatClaim, judgeEffect } from './claim';
import { chooseMethod, compareWindows, skewness } from './compare';
import { scoreRatio } from './intervals';

const baselineHours = [18, 22, 19.5, 25, 21, 17, 20, 23, 19, 21.5, 20.5, 18.5];
const pilotHours = [4.1, 3.6, 4.4, 5.0, 3.9, 4.2, 3.8, 4.6, 4.0, 3.7, 4.3, 4.5];

describe('skewness (adjusted Fisher–Pearson G₁)', () => {
  it('is 0 for symmetric data and matches the formula on a worked example', () => {
    expect(skewness([1, 2, 3, 4, 5])).toBeCloseTo(0, 12);
    // [1, 1, 1, 10]: mean 3.25, m2 = 15.1875, m3 = 45.5625·… → g1 = 1.1547, G1 = g1·√12/2 = 2.0
    expect(skewness([1, 1, 1, 10])).toBeCloseTo(2, 10);
  });
});

describe('chooseMethod (the documented rule)', () => {
  it('takes Newcombe for proportions, a bootstrap for medians, Welch for means', () => {
    expect(chooseMethod('proportion', [], []).method).toBe('newcombe');
    expect(chooseMethod('median', pilotHours, baselineHours).method).toBe('bootstrap-bca');
    expect(chooseMethod('duration', pilotHours, baselineHours)).toMatchObject({
      method: 'welch',
      caution: null,
    });
  });

  it('cautions about a small skewed window', () => {
    const skewed = [1, 1, 1, 1, 1, 1, 1, 1, 1, 30];
    const choice = chooseMethod('mean', skewed, baselineHours);
    expect(choice.method).toBe('welch');
    expect(choice.caution).toMatch(/pilot window is small \(n = 10\) and skewed/);
    const thirty = Array.from({ length: 30 }, (_, i) => (i === 0 ? 100 : 1));
    expect(chooseMethod('mean', thirty, baselineHours).caution).toMatch(/n = 30/);
    const large = Array.from({ length: 100 }, (_, i) => (i === 0 ? 100 : 1));
    expect(chooseMethod('mean', large, baselineHours).caution).toBeNull();
  });

  // Log-normal windows (σ = 1 on the log scale), pilot mean e^{−1} times the baseline's; 2,000 seeded
  // replications per size, so a coverage estimate has SE ≈ 0.55%.
  const lognormalRatio = (n: number, seed: number) => {
    const rng = createRng(seed);
    const draw = (mu: number) => Math.exp(mu + normalQuantile(Math.min(1 - 1e-12, Math.max(1e-12, rng()))));
    let covered = 0;
    let cautioned = 0;
    const replications = 2000;
    for (let r = 0; r < replications; r++) {
      const pilot = Array.from({ length: n }, () => draw(0));
      const baseline = Array.from({ length: n }, () => draw(1));
      const c = compareWindows({ kind: 'duration', pilot, baseline, rng });
      if (c.ratio!.lower <= Math.exp(-1) && Math.exp(-1) <= c.ratio!.upper) covered++;
      if (c.caution) cautioned++;
    }
    return { coverage: covered / replications, cautioned: cautioned / replications };
  };

  it('cautions at n = 30, where the delta-method ratio covers below 94% for log-normal data', () => {
    const { coverage, cautioned } = lognormalRatio(30, 30);
    expect(coverage).toBeLessThan(0.94);
    expect(cautioned).toBeGreaterThan(0.99);
  });

  it('needs no caution from n = 100 on: the ratio covers ≥ 93.5% for the same data', () => {
    expect(lognormalRatio(150, 150).coverage).toBeGreaterThanOrEqual(0.935);
  });
});

describe('compareWindows', () => {
  const rng = createRng(5);

  it('compares means with Welch and the delta-method ratio, with sample sizes', () => {
    const c = compareWindows({ kind: 'duration', pilot: pilotHours, baseline: baselineHours, rng });
    expect(c.method).toBe('welch');
    expect(c.ratioMethod).toBe('delta-log');
    expect(c.baseline.n).toBe(12);
    expect(c.pilot.n).toBe(12);
    expect(c.baseline.estimate).toBeCloseTo(245 / 12, 10);
    expect(c.difference.upper).toBeLessThan(0);
    expect(c.ratio!.lower).toBeLessThan(c.ratio!.estimate);
    expect(c.ratio!.upper).toBeLessThan(0.25);
  });

  it('gives no ratio when a mean is not positive', () => {
    const c = compareWindows({ kind: 'mean', pilot: [1, 2, 3], baseline: [-1, 0, 1], rng });
    expect(c.ratio).toBeNull();
    expect(c.ratioMethod).toBeNull();
  });

  it('compares proportions with Newcombe and the Miettinen–Nurminen ratio, and sizes by trials', () => {
    const c = compareWindows({
      kind: 'proportion',
      pilot: { successes: 56, trials: 70 },
      baseline: { successes: 48, trials: 80 },
      rng,
    });
    expect(c.statistic).toBe('proportion');
    expect(c.difference.lower).toBeCloseTo(0.0524, 4);
    expect(c.ratioMethod).toBe('miettinen-nurminen');
    expect(c.ratio).toEqual(scoreRatio({ successes: 56, trials: 70 }, { successes: 48, trials: 80 }));
    expect(c.pilot).toEqual({ n: 70, estimate: 0.8, sd: null });
    const none = compareWindows({
      kind: 'proportion',
      pilot: { successes: 3, trials: 10 },
      baseline: { successes: 0, trials: 10 },
      rng,
    });
    expect(none.ratio).toBeNull();
  });

  it('bootstraps medians reproducibly', () => {
    const run = () =>
      compareWindows({
        kind: 'median',
        pilot: pilotHours,
        baseline: baselineHours,
        rng: createRng(9),
        replicates: 500,
      });
    expect(run()).toEqual(run());
    expect(run().statistic).toBe('median');
    expect(run().pilot.estimate).toBeCloseTo(4.15, 10);
  });

  it('refuses mismatched samples and too few values', () => {
    expect(() =>
      compareWindows({ kind: 'proportion', pilot: [1, 0], baseline: { successes: 1, trials: 2 }, rng }),
    ).toThrow(/kind/);
    expect(() => compareWindows({ kind: 'mean', pilot: [1], baseline: [1, 2], rng })).toThrow(/pilot/);
  });
});

describe('formatClaim and judgeEffect', () => {
  const hours = {
    name: 'Hours to draft a module',
    unit: 'h',
    kind: 'duration' as const,
    better: 'lower' as const,
  };

  it('states a fold change the natural way round, with its interval, sizes and grade', () => {
    const c = compareWindows({
      kind: 'duration',
      pilot: pilotHours,
      baseline: baselineHours,
      rng: createRng(1),
    });
    const claim = formatClaim(hours, c, 'before-after');
    const fold = 1 / c.ratio!.estimate;
    expect(claim).toContain(
      `Hours to draft a module: ${fold.toFixed(1)}× faster (95% CI ${(1 / c.ratio!.upper).toFixed(1)}× to ${(1 / c.ratio!.lower).toFixed(1)}×)`,
    );
    expect(claim).toContain('20.4 h → 4.17 h');
    expect(claim).toContain('n = 12 vs 12');
    expect(claim).toMatch(/before-after comparison$/);
    expect(judgeEffect('lower', c.difference)).toBe('improved');
    expect(judgeEffect('higher', c.difference)).toBe('worsened');
  });

  it('states proportions in percentage points', () => {
    const c = compareWindows({
      kind: 'proportion',
      pilot: { successes: 56, trials: 70 },
      baseline: { successes: 48, trials: 80 },
      rng: createRng(1),
    });
    const metric = {
      name: 'Modules approved first time',
      unit: '',
      kind: 'proportion' as const,
      better: 'higher' as const,
    };
    expect(formatClaim(metric, c, 'controlled')).toBe(
      'Modules approved first time: +20.0 pp (95% CI +5.24 to +33.4 pp); 60.0% → 80.0%; n = 80 vs 70; controlled comparison',
    );
  });

  it('falls back to the difference without a ratio, and calls an interval across zero inconclusive', () => {
    const c = compareWindows({
      kind: 'mean',
      pilot: [1, 2, 3, 2],
      baseline: [-1, 0, 1, 0],
      rng: createRng(1),
    });
    const metric = {
      name: 'Learner rating change',
      unit: 'pts',
      kind: 'mean' as const,
      better: 'higher' as const,
    };
    expect(formatClaim(metric, c, 'anecdote')).toMatch(
      /^Learner rating change: \+2\.00 pts \(95% CI \+\d\.\d+ to \+\d\.\d+ pts\)/,
    );
    expect(judgeEffect('higher', { estimate: 0.1, lower: -0.2, upper: 0.4 })).toBe('inconclusive');
  });

  it('states a mean as a difference even with a ratio: a rating scale has no true zero', () => {
    const c = compareWindows({
      kind: 'mean',
      pilot: [4, 5, 4, 4],
      baseline: [3, 4, 3, 4],
      rng: createRng(1),
    });
    expect(c.ratio).not.toBeNull();
    const metric = { name: 'Satisfaction', unit: 'points', kind: 'mean' as const, better: 'higher' as const };
    expect(formatClaim(metric, c, 'before-after')).toMatch(/^Satisfaction: \+0\.75 points \(95% CI/);
  });
});
