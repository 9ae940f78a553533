import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidParameterError } from '../../errors';
import { bernoulliCusum } from '../cusum';
import type { PolicyState, SamplingPolicy } from '../policy';
import { createPolicy, type PolicySpec } from './index';

const chart = bernoulliCusum({ p0: 0.005, p1: 0.05, h: 2.5 });
const specs: [string, PolicySpec][] = [
  ['full', { kind: 'full' }],
  ['fixed-rate', { kind: 'fixed-rate', f: [0.1, 0.3], strata: 2 }],
  ['csp1', { kind: 'csp1', i: [5, 12], f: [0.1, 0.2] }],
  ['csp2', { kind: 'csp2', i: 6, f: 0.2, k: 4, strata: 2 }],
  ['adaptive', { kind: 'adaptive', limit: 0.02, floor: [0.05, 0.2], burst: 3 }],
  ['adaptive pooled', { kind: 'adaptive', limit: 0.02, floor: 0.05, strata: 2, mode: 'pooled' }],
  ['adaptive hard only', { kind: 'adaptive', limit: 0.02, floor: 0.1, strata: 2, soft: false }],
  [
    'adaptive+cusum',
    {
      kind: 'adaptive',
      limit: 0.02,
      floor: 0.05,
      strata: 2,
      monitor: { charts: chart, verify: true, clearAfter: 5 },
    },
  ],
  ['csp1+cusum', { kind: 'csp1', i: 4, f: 0.25, strata: 2, monitor: { charts: [chart, chart] } }],
];

/** An output: its stratum, the coin, whether it is defective, and how many outputs later its result lands. */
const outputArb = fc.record({
  stratum: fc.integer({ min: 0, max: 1 }),
  u: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  defect: fc.boolean(),
  lag: fc.integer({ min: 0, max: 3 }),
});

function strataOf(policy: SamplingPolicy<PolicyState>, s: number): number {
  return Math.min(s, policy.strata - 1);
}

describe.each(specs)('%s policy', (_name, spec) => {
  it('keeps π in (0, 1], JSON-round-trips its state, and the pure and fast paths decide alike, with late results', () => {
    fc.assert(
      fc.property(fc.array(outputArb, { maxLength: 120 }), (outputs) => {
        const policy = createPolicy(spec);
        let state = policy.initialState();
        const fast = policy.initialState();
        const pending: { at: number; stratum: number; pi: number; defect: boolean }[] = [];
        outputs.forEach((o, t) => {
          for (const r of pending.filter((p) => p.at === t)) {
            state = policy.observe(state, r);
            policy.kernel.record(fast, r.stratum, r.pi, r.defect);
          }
          const stratum = strataOf(policy, o.stratum);
          const restored = JSON.parse(JSON.stringify(state)) as PolicyState;
          expect(restored).toEqual(state);
          const d = policy.decide(restored, { stratum }, o.u);
          expect(d.pi).toBeGreaterThan(0);
          expect(d.pi).toBeLessThanOrEqual(1);
          const pi = policy.kernel.probability(fast, stratum);
          expect(pi).toBe(d.pi);
          policy.kernel.commit(fast, stratum, pi, o.u < pi);
          expect(d.review).toBe(o.u < pi);
          state = d.state;
          if (d.review) pending.push({ at: t + o.lag, stratum, pi: d.pi, defect: o.defect });
        });
        expect(JSON.parse(JSON.stringify(fast))).toEqual(JSON.parse(JSON.stringify(state)));
      }),
      { numRuns: 150 },
    );
  });

  it('never mutates the state it is given', () => {
    const policy = createPolicy(spec);
    const state = policy.initialState();
    const copy = JSON.stringify(state);
    const d = policy.decide(state, { stratum: 0 }, 0.01);
    policy.observe(d.state, { stratum: 0, pi: d.pi, defect: true });
    expect(JSON.stringify(state)).toBe(copy);
  });
});

describe('parameter checks', () => {
  const bad: [string, () => unknown][] = [
    ['f', () => createPolicy({ kind: 'fixed-rate', f: 0 })],
    ['f', () => createPolicy({ kind: 'csp1', i: 10, f: 1 })],
    ['i', () => createPolicy({ kind: 'csp1', i: -1, f: 0.1 })],
    ['k', () => createPolicy({ kind: 'csp2', i: 10, f: 0.1, k: 0 })],
    ['limit', () => createPolicy({ kind: 'adaptive', limit: 1 })],
    ['floor', () => createPolicy({ kind: 'adaptive', limit: 0.01, floor: 0 })],
    ['floor', () => createPolicy({ kind: 'adaptive', limit: 0.01, floor: [0.1, 0.2], strata: 3 })],
    ['burst', () => createPolicy({ kind: 'adaptive', limit: 0.01, burst: 1.5 })],
    ['charts', () => createPolicy({ kind: 'csp1', i: 3, f: 0.1, strata: 2, monitor: { charts: [chart] } })],
    ['kind', () => createPolicy({ kind: 'nope' } as unknown as PolicySpec)],
  ];
  it.each(bad)('rejects a bad %s with InvalidParameterError naming it', (parameter, build) => {
    expect(build).toThrow(InvalidParameterError);
    try {
      build();
    } catch (e) {
      expect((e as InvalidParameterError).parameter).toBe(parameter);
    }
  });

  it('rejects a stratum out of range, a draw outside [0, 1) and π outside (0, 1]', () => {
    const policy = createPolicy({ kind: 'fixed-rate', f: 0.1 });
    const s = policy.initialState();
    expect(() => policy.decide(s, { stratum: 1 }, 0.5)).toThrow(/stratum/);
    expect(() => policy.decide(s, {}, 1)).toThrow(/^u:/);
    expect(() => policy.observe(s, { pi: 0, defect: true })).toThrow(/^pi:/);
  });
});

describe('CSP-1 and CSP-2 phases (Dodge 1943; Dodge & Torrey 1951)', () => {
  it('CSP-1 samples after i clean results and returns to 100% at a defect', () => {
    const policy = createPolicy({ kind: 'csp1', i: 3, f: 0.1 });
    let s = policy.initialState();
    for (let t = 0; t < 3; t++) s = policy.observe(s, { pi: 1, defect: false });
    expect(policy.decide(s, {}, 0.5).pi).toBe(0.1);
    s = policy.observe(s, { pi: 0.1, defect: true });
    expect(policy.decide(s, {}, 0.5).pi).toBe(1);
  });

  it('CSP-2 returns to 100% only on a second defect within k sampled results', () => {
    const policy = createPolicy({ kind: 'csp2', i: 2, f: 0.1, k: 2 });
    let s = policy.initialState();
    for (let t = 0; t < 2; t++) s = policy.observe(s, { pi: 1, defect: false });
    s = policy.observe(s, { pi: 0.1, defect: true });
    expect(policy.decide(s, {}, 0.5).pi).toBe(0.1);
    const cleared = [false, false].reduce((x, d) => policy.observe(x, { pi: 0.1, defect: d }), s);
    expect(policy.decide(policy.observe(cleared, { pi: 0.1, defect: true }), {}, 0.5).pi).toBe(0.1);
    expect(policy.decide(policy.observe(s, { pi: 0.1, defect: true }), {}, 0.5).pi).toBe(1);
  });
});
