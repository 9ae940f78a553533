import { describe, expect, it } from 'vitest';
import { createRng, hashUniform } from './random';

describe('createRng', () => {
  it('is reproducible per seed and differs across seeds', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
  });

  it('is uniform on [0,1): mean 1/2 and variance 1/12 within 4 standard errors (n = 200,000)', () => {
    const rng = createRng(7);
    const n = 200_000;
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
      const u = rng();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
      sumSq += u * u;
    }
    const mean = sum / n;
    const variance = sumSq / n - mean * mean;
    // SE of the mean is sqrt(1/12 / n); SE of the variance of U(0,1) is sqrt((1/80 - 1/144) / n).
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(variance - 1 / 12)).toBeLessThan(4 * Math.sqrt((1 / 80 - 1 / 144) / n));
  });
});

describe('hashUniform', () => {
  it('is deterministic per key and salt, and spreads keys evenly over ten bins (chi-square, 9 df, p > 0.001)', () => {
    expect(hashUniform('out-1')).toBe(hashUniform('out-1'));
    expect(hashUniform('out-1', 1)).not.toBe(hashUniform('out-1', 2));
    const bins = new Array<number>(10).fill(0);
    const n = 50_000;
    for (let i = 0; i < n; i++) {
      const u = hashUniform(`output-${i}`);
      bins[Math.floor(u * 10)]! += 1;
    }
    const expected = n / 10;
    const chi2 = bins.reduce((s, o) => s + (o - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(27.88); // chi-square 0.999 quantile with 9 degrees of freedom
  });
});
