import { describe, expect, it } from 'vitest';
import { InvalidParameterError } from '../errors';
import { betaQuantile, gammaQuantile, normalCdf, normalQuantile } from './distributions';
import { solveBanded, solveDense } from './linear';
import { gaussLegendre } from './quadrature';

describe('distributions', () => {
  it('match published table values', () => {
    // Abramowitz & Stegun table 26.1 / 26.5.
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 12);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 12);
    expect(normalQuantile(0.995)).toBeCloseTo(2.5758293035489, 11);
    // χ²(6) 97.5% point 14.4494 (A&S table 26.8) = 2 × Gamma(3, 1) quantile.
    expect(2 * gammaQuantile(0.975, 3, 1)).toBeCloseTo(14.44937533544792, 9);
    // Beta(1, b) has closed form quantile 1 − (1 − p)^(1/b).
    expect(betaQuantile(0.3, 1, 7)).toBeCloseTo(1 - 0.7 ** (1 / 7), 12);
  });

  it('rejects probabilities outside [0, 1] naming the parameter', () => {
    expect(() => normalQuantile(1.2)).toThrow(InvalidParameterError);
    expect(() => gammaQuantile(0.5, 0, 1)).toThrow(/shape/);
  });
});

describe('gaussLegendre', () => {
  it('integrates polynomials of degree 2n − 1 exactly', () => {
    const { nodes, weights } = gaussLegendre(5, -1, 3);
    let sum = 0;
    nodes.forEach((x, j) => {
      sum += (weights[j] as number) * x ** 9;
    });
    expect(sum).toBeCloseTo((3 ** 10 - 1) / 10, 9);
  });
});

describe('linear solvers', () => {
  it('solve a known system', () => {
    const a = Float64Array.from([2, 1, 0, 1, 3, 1, 0, 1, 4]);
    const x = solveDense(a, Float64Array.from([3, 5, 5]), 3);
    expect(Array.from(x).map((v) => Number(v.toFixed(12)))).toEqual([1, 1, 1]);
    // Same tridiagonal matrix in band storage (lower 1, upper 1).
    const band = Float64Array.from([0, 2, 1, 1, 3, 1, 1, 4, 0]);
    const y = solveBanded(3, 1, 1, band, Float64Array.from([3, 5, 5]));
    expect(Array.from(y).map((v) => Number(v.toFixed(12)))).toEqual([1, 1, 1]);
  });
});
