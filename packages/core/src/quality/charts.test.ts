import { describe, expect, it } from 'vitest';
import { InvalidParameterError } from '../errors';
import { createRng } from '../random';
import {
  ewmaLimits,
  ewmaStep,
  normalCusumArl,
  normalEwmaArl,
  pChartAlarmProbability,
  pChartLimits,
} from './charts';

const SHIFTS = [0, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 4];

// Published values are rounded to 3 significant figures (and L to 3 decimals): allow 0.5% + rounding.
function expectPublished(computed: number, published: number): void {
  expect(Math.abs(computed - published)).toBeLessThanOrEqual(0.005 * published + 0.0051);
}

describe('normalCusumArl', () => {
  it.each([
    [4, [168, 74.2, 26.6, 13.3, 8.38, 4.75, 3.34, 2.62, 2.19, 1.71]],
    [5, [465, 139, 38.0, 17.0, 10.4, 5.75, 4.01, 3.11, 2.57, 2.01]],
  ])(
    'matches the two-sided k = 0.5 table for h = %i (Lucas & Crosier 1982; Montgomery, SQC, Table 9.3)',
    (h, row) => {
      row.forEach((published, j) => {
        expectPublished(normalCusumArl({ k: 0.5, h, shift: SHIFTS[j] as number, twoSided: true }), published);
      });
    },
  );

  it('matches the fast-initial-response values for h = 5, head start 2.5 (Lucas & Crosier 1982)', () => {
    expectPublished(normalCusumArl({ k: 0.5, h: 5, shift: 1, headStart: 2.5 }), 6.35);
    expectPublished(normalCusumArl({ k: 0.5, h: 5, shift: 2, headStart: 2.5 }), 2.36);
  });

  it('is confirmed by simulation within 3 standard errors (one-sided, h = 4, shift 0.5)', () => {
    const exact = normalCusumArl({ k: 0.5, h: 4, shift: 0.5 });
    const rng = createRng(11);
    const normal = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng()) + 0.5;
    const lengths: number[] = [];
    for (let r = 0; r < 4000; r++) {
      let s = 0;
      let t = 0;
      do {
        t++;
        s = Math.max(0, s + normal() - 0.5);
      } while (s <= 4);
      lengths.push(t);
    }
    const mean = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    const se = Math.sqrt(
      lengths.reduce((a, b) => a + (b - mean) ** 2, 0) / (lengths.length - 1) / lengths.length,
    );
    expect(Math.abs(mean - exact)).toBeLessThan(3 * se);
  });
});

describe('normalEwmaArl', () => {
  it.each([
    [0.4, 3.054, [500, 224, 71.2, 28.4, 14.3, 5.9, 3.5, 2.5, 2.0, 1.4]],
    [0.25, 2.998, [500, 170, 48.2, 20.1, 11.1, 5.5, 3.6, 2.7, 2.3, 1.7]],
    [0.1, 2.814, [500, 106, 31.3, 15.9, 10.3, 6.1, 4.4, 3.4, 2.9, 2.2]],
    [0.05, 2.615, [500, 84.1, 28.8, 16.4, 11.4, 7.1, 5.2, 4.2, 3.5, 2.7]],
  ])('matches Lucas & Saccucci (1990) for λ = %f, L = %f (Montgomery, SQC, Table 9.11)', (lambda, L, row) => {
    row.forEach((published, j) => {
      const computed = normalEwmaArl({ lambda, L, shift: SHIFTS[j] as number });
      // One-decimal entries are rounded to ±0.05.
      expect(Math.abs(computed - published)).toBeLessThanOrEqual(Math.max(0.005 * published, 0.051));
    });
  });

  it('reduces to the Shewhart chart at λ = 1: ARL = 1/(2(1 − Φ(3)))', () => {
    expect(Math.abs(normalEwmaArl({ lambda: 1, L: 3 }) - 370.3983473449564) / 370.4).toBeLessThan(1e-6);
  });
});

describe('p-chart and EWMA display limits', () => {
  it('computes 3-sigma p-chart limits', () => {
    const limits = pChartLimits({ p0: 0.02, n: 100 });
    expect(Math.abs(limits.upper - (0.02 + 3 * Math.sqrt((0.02 * 0.98) / 100)))).toBeLessThan(1e-12);
    expect(limits.lower).toBe(0);
  });

  it('shows a 3-sigma p-chart at small p alarming several times its nominal 0.27%', () => {
    // p0 = 0.5%, n = 200: the upper limit 1.996% sits just below 4/200, so any count ≥ 4 alarms.
    const q = 0.995;
    let atMostThree = 0;
    let term = q ** 200;
    for (let x = 0; x <= 3; x++) {
      atMostThree += term;
      term *= ((200 - x) / (x + 1)) * (0.005 / q);
    }
    const probability = pChartAlarmProbability({ p0: 0.005, n: 200, p: 0.005 });
    expect(Math.abs(probability - (1 - atMostThree))).toBeLessThan(1e-9);
    expect(probability / 0.0027).toBeGreaterThan(5);
  });

  it('EWMA limits converge to the asymptotic width and the step is a convex combination', () => {
    const early = ewmaLimits({ p0: 0.01, lambda: 0.1, t: 1 });
    expect(Math.abs(early.upper - (0.01 + 3 * 0.1 * Math.sqrt(0.01 * 0.99)))).toBeLessThan(1e-12);
    const late = ewmaLimits({ p0: 0.01, lambda: 0.1 });
    expect(Math.abs(late.upper - (0.01 + 3 * Math.sqrt((0.01 * 0.99 * 0.1) / 1.9)))).toBeLessThan(1e-12);
    expect(ewmaStep(0.5, 1, 0.2)).toBeCloseTo(0.6, 12);
  });

  it.each([
    [() => pChartLimits({ p0: 0, n: 10 }), 'p0'],
    [() => pChartLimits({ p0: 0.1, n: 0 }), 'n'],
    [() => ewmaStep(0, 1, 0), 'lambda'],
    [() => normalCusumArl({ k: 0.5, h: -1 }), 'h'],
    [() => normalCusumArl({ k: 0.5, h: 4, headStart: 5 }), 'headStart'],
    [() => normalEwmaArl({ lambda: 0.1, L: 0 }), 'L'],
  ])('bad parameters throw InvalidParameterError naming them (%#)', (call, parameter) => {
    try {
      call();
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidParameterError);
      expect((error as InvalidParameterError).parameter).toBe(parameter);
    }
  });
});
