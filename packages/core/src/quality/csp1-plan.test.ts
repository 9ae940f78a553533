import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidParameterError } from '../errors';
import { createRng } from '../random';
import { csp1Afi, csp1Aoq, csp1Aoql, csp1ClearanceNumber, csp1WorstCaseAoq, planCsp1 } from './csp1-plan';

// Dodge's renewal form (1943): u = (1 − qⁱ)/(p qⁱ) outputs per 100% phase, v = 1/(f p) per sampling phase.
function dodgeAfi(p: number, i: number, f: number): number {
  const q = 1 - p;
  const u = (1 - q ** i) / (p * q ** i);
  const v = 1 / (f * p);
  return (u + f * v) / (u + v);
}

// Independent maximizer: a fine grid on log p, then golden-section refinement.
function bruteForceAoql(i: number, f: number): number {
  const aoq = (p: number) => p * (1 - dodgeAfi(p, i, f));
  let best = 1e-6;
  for (let k = 0; k <= 4000; k++) {
    const p = 10 ** (-6 + (k / 4000) * 6 * 0.9999);
    if (aoq(p) > aoq(best)) best = p;
  }
  let lo = best / 1.01;
  let hi = Math.min(best * 1.01, 0.999999);
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let k = 0; k < 200; k++) {
    const a = hi - ratio * (hi - lo);
    const b = lo + ratio * (hi - lo);
    if (aoq(a) > aoq(b)) hi = b;
    else lo = a;
  }
  return aoq((lo + hi) / 2);
}

type Phase = { full: boolean; clean: number };

// A direct CSP-1 simulation, independent of the policy module; defectAt decides each output's defect.
function simulateCsp1(opts: {
  i: number;
  f: number;
  n: number;
  seed: number;
  defectAt: (phase: Phase, rng: () => number) => boolean;
}): { escapedRate: number; inspectedRate: number } {
  const rng = createRng(opts.seed);
  const phase: Phase = { full: true, clean: 0 };
  let escaped = 0;
  let inspected = 0;
  for (let t = 0; t < opts.n; t++) {
    const defect = opts.defectAt(phase, rng);
    const reviewed = phase.full || rng() < opts.f;
    if (reviewed) inspected++;
    if (defect && !reviewed) escaped++;
    if (reviewed && defect) {
      phase.full = true;
      phase.clean = 0;
    } else if (phase.full && reviewed) {
      phase.clean++;
      if (phase.clean >= opts.i) phase.full = false;
    }
  }
  return { escapedRate: escaped / opts.n, inspectedRate: inspected / opts.n };
}

function meanAndStandardError(values: number[]): { mean: number; se: number } {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / (values.length - 1);
  return { mean, se: Math.sqrt(variance / values.length) };
}

describe('CSP-1 exact formulas', () => {
  it.each([
    [0.02, 50, 0.1],
    [0.001, 110, 0.1],
    [0.3, 5, 0.5],
    [0.05, 212, 0.02],
  ])('AFI at p=%f, i=%i, f=%f equals Dodge renewal form and AOQ = p(1 − AFI)', (p, i, f) => {
    expect(Math.abs(csp1Afi(p, i, f) - dodgeAfi(p, i, f))).toBeLessThan(1e-9);
    expect(Math.abs(csp1Aoq(p, i, f) - p * (1 - dodgeAfi(p, i, f)))).toBeLessThan(1e-9);
  });

  it('covers the edge cases p = 0, p = 1, i = 0 and f = 1', () => {
    expect(csp1Afi(0, 10, 0.1)).toBeCloseTo(0.1, 12);
    expect(csp1Afi(1, 10, 0.1)).toBe(1);
    expect(csp1Aoql(0, 0.25)).toEqual({ aoql: 0.75, pAtMax: 1 });
    expect(csp1Aoql(10, 1).aoql).toBe(0);
    expect(csp1WorstCaseAoq(38, 0.1)).toBeCloseTo(0.9 / 4.8, 12);
  });

  it.each([
    [110, 0.1],
    [38, 0.1],
    [212, 0.02],
    [3, 0.5],
  ])('AOQL(i=%i, f=%f) matches a brute-force maximization and is stationary', (i, f) => {
    const { aoql, pAtMax } = csp1Aoql(i, f);
    expect(Math.abs(aoql - bruteForceAoql(i, f))).toBeLessThan(1e-9);
    const h = 1e-6;
    expect(csp1Aoq(pAtMax + h, i, f)).toBeLessThanOrEqual(aoql);
    expect(csp1Aoq(pAtMax - h, i, f)).toBeLessThanOrEqual(aoql);
  });

  it('derives the smallest-i table from the AOQL equation', () => {
    // Rows: AOQL; columns: f = 1/2, 1/5, 1/10, 1/20, 1/50, 1/100. Each entry i satisfies
    // AOQL(i) ≤ target < AOQL(i − 1), checked with the brute-force maximizer above.
    // The often-quoted "i ≈ 38 for f = 1/10 at AOQL 1%" does not hold under Dodge's exact AOQ:
    // AOQL(38, 1/10) = 2.82% (i = 37 already meets 2.9%), and 1% at f = 1/10 needs i = 110. So 38 is
    // the clearance number of a ~2.9% AOQL, not 1%; no printed table was consulted for these values.
    const fs = [1 / 2, 1 / 5, 1 / 10, 1 / 20, 1 / 50, 1 / 100];
    const table: Array<[number, number[]]> = [
      [0.005, [56, 143, 220, 304, 426, 524]],
      [0.01, [28, 71, 110, 152, 212, 262]],
      [0.02, [14, 36, 54, 75, 106, 130]],
      [0.029, [9, 24, 37, 52, 73, 89]],
      [0.05, [5, 14, 21, 30, 42, 51]],
    ];
    for (const [aoql, row] of table) {
      row.forEach((i, k) => {
        const f = fs[k] as number;
        expect(csp1ClearanceNumber(aoql, f)).toBe(i);
        expect(bruteForceAoql(i, f)).toBeLessThanOrEqual(aoql + 1e-12);
        expect(bruteForceAoql(i - 1, f)).toBeGreaterThan(aoql);
      });
    }
  });

  it('plans CSP-1 for a target AOQL and f', () => {
    const plan = planCsp1({ aoql: 0.01, f: 0.1 });
    expect(plan.i).toBe(110);
    expect(plan.aoql).toBeLessThanOrEqual(0.01);
    expect(plan.worstCaseAoq).toBeCloseTo(0.9 / 12, 12);
    expect(plan.afiAt(0.02)).toBeCloseTo(dodgeAfi(0.02, 110, 0.1), 12);
  });
});

describe('CSP-1 by simulation (within 3 standard errors)', () => {
  it.each([
    [110, 0.1],
    [212, 0.02],
  ])('AOQ and AFI at the worst stationary p for i=%i, f=%f', (i, f) => {
    const { aoql, pAtMax } = csp1Aoql(i, f);
    const runs = Array.from({ length: 20 }, (_, r) =>
      simulateCsp1({ i, f, n: 100_000, seed: 1000 + r, defectAt: (_phase, rng) => rng() < pAtMax }),
    );
    const escaped = meanAndStandardError(runs.map((r) => r.escapedRate));
    const inspected = meanAndStandardError(runs.map((r) => r.inspectedRate));
    expect(Math.abs(escaped.mean - aoql)).toBeLessThan(3 * escaped.se);
    expect(Math.abs(inspected.mean - csp1Afi(pAtMax, i, f))).toBeLessThan(3 * inspected.se);
  });

  it('an adversary defective exactly while sampling is sparse reaches (1 − f)/(1 + f i)', () => {
    const i = 38;
    const f = 0.1;
    const runs = Array.from({ length: 20 }, (_, r) =>
      simulateCsp1({ i, f, n: 50_000, seed: 2000 + r, defectAt: (phase) => !phase.full }),
    );
    const escaped = meanAndStandardError(runs.map((r) => r.escapedRate));
    expect(Math.abs(escaped.mean - csp1WorstCaseAoq(i, f))).toBeLessThan(3 * escaped.se);
    expect(escaped.mean).toBeGreaterThan(5 * csp1Aoql(i, f).aoql);
  });
});

describe('CSP-1 properties and parameter checks', () => {
  it('AOQ never exceeds the AOQL and AFI stays in [f, 1]', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 500 }),
        fc.double({ min: 0.001, max: 1, noNaN: true }),
        (p, i, f) => {
          const afi = csp1Afi(p, i, f);
          return csp1Aoq(p, i, f) <= csp1Aoql(i, f).aoql + 1e-12 && afi >= f - 1e-12 && afi <= 1 + 1e-12;
        },
      ),
    );
  });

  it('AOQL decreases in i', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        (i, f) => {
          return csp1Aoql(i + 1, f).aoql < csp1Aoql(i, f).aoql;
        },
      ),
    );
  });

  it.each([
    [() => csp1Afi(0.1, 10, 0), 'f'],
    [() => csp1Afi(0.1, 10, 1.5), 'f'],
    [() => csp1Afi(-0.1, 10, 0.1), 'p'],
    [() => csp1Aoql(2.5, 0.1), 'i'],
    [() => csp1Aoql(-1, 0.1), 'i'],
    [() => csp1ClearanceNumber(1, 0.1), 'aoql'],
    [() => csp1ClearanceNumber(0, 0.1), 'aoql'],
    [() => planCsp1({ aoql: 0.01, f: 0 }), 'f'],
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
