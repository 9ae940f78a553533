import { describe, expect, it } from 'vitest';
import { coldVerdict, fewestLoads, medianInterval } from './verdict';

const ranks = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('medianInterval', () => {
  // The published ranks of the distribution-free 95 % interval for a median (W. J. Conover, Practical
  // Nonparametric Statistics, 3rd ed., table A3 read for p = ½; the same ranks in every table of "confidence
  // interval for a median"): n = 6 → x(1)..x(6), n = 10 → x(2)..x(9), n = 20 → x(6)..x(15),
  // n = 30 → x(10)..x(21), n = 100 → x(40)..x(61); coverage 1 − 2·P(B ≤ r − 1) for B ~ Binomial(n, ½).
  it.each([
    [6, 1, 0.96875],
    [10, 2, 0.978515625],
    [20, 6, 0.958610535],
    [30, 10, 0.957226055],
    [100, 40, 0.9647998],
  ])('n = %i at 95 %%: ranks %i and n − r + 1, coverage %f', (n, rank, coverage) => {
    const interval = medianInterval(ranks(n), 0.95)!;
    expect(interval.rank).toBe(rank);
    expect(interval.low).toBe(rank);
    expect(interval.high).toBe(n - rank + 1);
    expect(interval.coverage).toBeCloseTo(coverage, 7);
  });

  it('has no 95 % interval from 5 values: [min, max] covers 93.75 %', () => {
    expect(medianInterval(ranks(5), 0.95)).toBeNull();
    expect(medianInterval(ranks(5), 0.9)).toMatchObject({ low: 1, high: 5, coverage: 0.9375 });
    expect(medianInterval([], 0.95)).toBeNull();
  });

  it('needs 6 values at 95 %, 9 at 99.58 % (95 % over 12 pages), as [min, max] covers 1 − 2^(1−n)', () => {
    expect(fewestLoads(0.95)).toBe(6);
    expect(fewestLoads(1 - 0.05 / 12)).toBe(9);
    expect(fewestLoads(0.5)).toBe(2);
    for (const confidence of [0.9, 0.95, 0.99, 1 - 0.05 / 12]) {
      const n = fewestLoads(confidence);
      expect(medianInterval(ranks(n), confidence)).not.toBeNull();
      expect(medianInterval(ranks(n - 1), confidence)).toBeNull();
    }
  });

  it('sorts its input and leaves it as it was', () => {
    const values = [9, 1, 7, 3, 5, 2, 8, 4, 6, 10];
    expect(medianInterval(values, 0.95)).toMatchObject({ low: 2, high: 9 });
    expect(values).toEqual([9, 1, 7, 3, 5, 2, 8, 4, 6, 10]);
  });

  it('computes large n without underflow (n = 2,000: r = 956, from the exact binomial sum)', () => {
    // P(B ≤ 955) ≤ 0.025 < P(B ≤ 956) for B ~ Binomial(2000, ½), summed in exact integers; the normal
    // approximation agrees: 1000 − 1.96·√2000/2 = 956.2.
    const interval = medianInterval(ranks(2000), 0.95)!;
    expect(interval.rank).toBe(956);
    expect(interval.coverage).toBeGreaterThanOrEqual(0.95);
  });

  it('rejects a confidence outside (0, 1)', () => {
    expect(() => medianInterval([1, 2, 3], 1)).toThrow(RangeError);
    expect(() => medianInterval([1, 2, 3], 0)).toThrow(RangeError);
  });

  it('covers the true median as often as it says (simulation, skewed load times)', () => {
    // Load-time-like samples: 700 ms + an exponential tail with mean 150 ms; true median 700 + 150·ln 2.
    let seed = 42;
    const uniform = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return (seed + 0.5) / 2 ** 31;
    };
    const trueMedian = 700 + 150 * Math.LN2;
    const trials = 20_000;
    let covered = 0;
    let expected = 0;
    for (let t = 0; t < trials; t++) {
      const sample = Array.from({ length: 30 }, () => 700 - 150 * Math.log(uniform()));
      const interval = medianInterval(sample, 0.95)!;
      expected = interval.coverage;
      if (interval.low <= trueMedian && trueMedian <= interval.high) covered++;
    }
    // Binomial standard error √(0.957·0.043 / 20,000) ≈ 0.0014: ±0.006 is over 4 of them.
    expect(Math.abs(covered / trials - expected)).toBeLessThan(0.006);
  });
});

describe('coldVerdict', () => {
  const around = (centre: number, n = 30) => ranks(n).map((i) => centre - 60 + (120 * i) / n);

  it('is met when every page’s interval lies at or below the target, and names the highest', () => {
    const result = coldVerdict(
      [
        { name: 'a', cold: around(800) },
        { name: 'b', cold: around(900) },
      ],
      1000,
    );
    expect(result.verdict).toBe('met');
    expect(result.deciding.map((p) => p.name)).toEqual(['b']);
    expect(result.pageConfidence).toBeCloseTo(0.975, 10);
  });

  it('is not met when one page’s interval lies wholly above the target', () => {
    const result = coldVerdict(
      [
        { name: 'a', cold: around(800) },
        { name: 'b', cold: around(1200) },
      ],
      1000,
    );
    expect(result.verdict).toBe('not met');
    expect(result.deciding.map((p) => p.name)).toEqual(['b']);
  });

  it('is not decided when an interval contains the target, or a page has too few loads for one', () => {
    const straddling = coldVerdict([{ name: 'a', cold: around(990) }], 1000);
    expect(straddling.verdict).toBe('not decided');
    const few = coldVerdict(
      [
        { name: 'a', cold: [500, 510, 520, 530, 540] },
        { name: 'b', cold: around(700) },
      ],
      1000,
    );
    expect(few.verdict).toBe('not decided');
    expect(few.deciding.map((p) => p.name)).toEqual(['a']);
  });

  it('widens each page’s interval with the number of pages (family-wise)', () => {
    const cold = around(900, 40);
    const one = coldVerdict([{ name: 'a', cold }], 1000).perPage[0]!.interval!;
    const twelve = coldVerdict(
      Array.from({ length: 12 }, (_, i) => ({ name: String(i), cold })),
      1000,
    ).perPage[0]!.interval!;
    expect(twelve.rank).toBeLessThan(one.rank);
    expect(twelve.coverage).toBeGreaterThanOrEqual(1 - 0.05 / 12);
  });
});
