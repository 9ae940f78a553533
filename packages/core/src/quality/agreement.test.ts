import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidParameterError } from '../errors';
import { cohensKappa, goldCalibration, krippendorffAlpha } from './agreement';

// A 2×2 table as pairs: both yes, first yes/second no, first no/second yes, both no.
function table(yy: number, yn: number, ny: number, nn: number): Array<[string, string]> {
  return [
    ...Array.from({ length: yy }, (): [string, string] => ['yes', 'yes']),
    ...Array.from({ length: yn }, (): [string, string] => ['yes', 'no']),
    ...Array.from({ length: ny }, (): [string, string] => ['no', 'yes']),
    ...Array.from({ length: nn }, (): [string, string] => ['no', 'no']),
  ];
}

describe('cohensKappa', () => {
  it.each([
    // p_o = 0.7, p_e = 0.5·0.6 + 0.5·0.4 = 0.5.
    [20, 5, 10, 15, 0.7, 0.5, 0.4],
    // The two "kappa paradox" tables with p_o = 0.6 (Feinstein & Cicchetti 1990).
    [45, 15, 25, 15, 0.6, 0.54, 0.06 / 0.46],
    [25, 35, 5, 35, 0.6, 0.46, 0.14 / 0.54],
  ])('matches the worked 2×2 example %i/%i/%i/%i', (yy, yn, ny, nn, observed, expected, kappa) => {
    const result = cohensKappa(table(yy, yn, ny, nn));
    expect(Math.abs(result.observed - observed)).toBeLessThan(1e-9);
    expect(Math.abs(result.expected - expected)).toBeLessThan(1e-9);
    expect(Math.abs(result.kappa - kappa)).toBeLessThan(1e-9);
    expect(result.n).toBe(yy + yn + ny + nn);
  });

  it('is 1 for perfect agreement, symmetric in the reviewers, and NaN with one category', () => {
    expect(
      cohensKappa([
        [1, 1],
        [2, 2],
        [3, 3],
      ]).kappa,
    ).toBe(1);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 3 })), {
          minLength: 1,
          maxLength: 40,
        }),
        (pairs) => {
          const a = cohensKappa(pairs).kappa;
          const b = cohensKappa(pairs.map(([x, y]): [number, number] => [y, x])).kappa;
          return (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) < 1e-12;
        },
      ),
    );
    expect(
      cohensKappa([
        ['a', 'a'],
        ['a', 'a'],
      ]).kappa,
    ).toBeNaN();
  });
});

describe('krippendorffAlpha', () => {
  // Krippendorff (2011), "Computing Krippendorff's alpha-reliability", example C: 4 observers × 12 units
  // with missing values; the published α are 0.743 (nominal), 0.815 (ordinal), 0.849 (interval), 0.797 (ratio).
  const observers: Array<Array<number | null>> = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
    [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
  ];
  const units = (observers[0] as Array<number | null>).map((_, u) => observers.map((row) => row[u] ?? null));

  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ] as const)('matches the published %s alpha (to the 3 decimals printed)', (level, published) => {
    const result = krippendorffAlpha(units, { level });
    expect(Math.abs(result.alpha - published)).toBeLessThanOrEqual(0.0005);
    expect(result.n).toBe(40);
  });

  it('gives the exact nominal value from the coincidence counts of example C', () => {
    // Matching coincidences Σ o_cc = 3+2+4+4+4+0+4+2+4+3+2 = 32 (units 1–11), marginals n_c = 9, 13, 10,
    // 5, 3 (n = 40); nominal α = ((n − 1) Σ o_cc − Σ n_c(n_c − 1)) / (n(n − 1) − Σ n_c(n_c − 1)) = 904/1216.
    expect(Math.abs(krippendorffAlpha(units).alpha - 904 / 1216)).toBeLessThan(1e-9);
  });

  it('matches example A (two coders, binary data): α = 1 − 19·8/(2·14·6) = 0.095', () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    const result = krippendorffAlpha(a.map((x, i) => [x, b[i] ?? null]));
    expect(Math.abs(result.alpha - (1 - (19 * 8) / (2 * 14 * 6)))).toBeLessThan(1e-12);
  });

  it('is 1 under perfect agreement and uses a given ordinal order', () => {
    const data = [
      ['low', 'low'],
      ['high', 'high'],
      ['mid', 'mid', null],
    ];
    expect(krippendorffAlpha(data, { level: 'ordinal', order: ['low', 'mid', 'high'] }).alpha).toBe(1);
  });

  it('rejects non-numeric interval data and an incomplete order', () => {
    expect(() => krippendorffAlpha([['a', 'b']], { level: 'interval' })).toThrow(InvalidParameterError);
    expect(() => krippendorffAlpha([['a', 'b']], { level: 'ordinal', order: ['a'] })).toThrow(/order/);
  });
});

describe('goldCalibration', () => {
  it('gives sensitivity and specificity with Wilson intervals', () => {
    const items = [
      ...Array.from({ length: 81 }, () => ({ truth: true, judged: true })),
      ...Array.from({ length: 182 }, () => ({ truth: true, judged: false })),
      ...Array.from({ length: 20 }, () => ({ truth: false, judged: false })),
    ];
    const result = goldCalibration(items);
    expect(result).toMatchObject({ n: 283, positives: 263, negatives: 20 });
    // Newcombe (1998) Table I: 81/263 → 0.2553–0.3662; 20/20 mirrors 0/20 → 0.8389–1.
    expect(Math.abs(result.sensitivity.lower - 0.2553)).toBeLessThan(5e-5);
    expect(Math.abs(result.sensitivity.upper - 0.3662)).toBeLessThan(5e-5);
    expect(Math.abs(result.specificity.lower - (1 - 0.1611))).toBeLessThan(5e-5);
    expect(result.specificity.upper).toBe(1);
  });

  it('reports NaN with the whole unit interval when a kind of gold item is missing', () => {
    const result = goldCalibration([{ truth: false, judged: true }]);
    expect(result.sensitivity.estimate).toBeNaN();
    expect(result.sensitivity).toMatchObject({ lower: 0, upper: 1 });
    expect(result.specificity.estimate).toBe(0);
  });
});
