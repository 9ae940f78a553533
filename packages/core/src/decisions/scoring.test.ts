import { describe, expect, it } from 'vitest';
import { InvalidParameterError } from '../errors';
import { createRng } from '../random';
import { type DecisionCriterion, starterRubric, validateDecisionRubric, weightedScore } from './rubric';
import { evaluateCandidates, meanMerits, type ScoreSheet } from './scoring';
import { weightSensitivity } from './sensitivity';

const anchors = ['1', '2', '3', '4', '5'];
const two: DecisionCriterion[] = [
  { key: 'value', label: 'Value', weight: 1, direction: 'benefit', anchors },
  { key: 'effort', label: 'Effort', weight: 1, direction: 'benefit', anchors },
];

describe('weighted score', () => {
  it('normalizes weights and mirrors cost criteria (6 − level)', () => {
    const criteria: DecisionCriterion[] = [
      { key: 'value', label: 'V', weight: 3, direction: 'benefit', anchors },
      { key: 'risk', label: 'R', weight: 1, direction: 'cost', anchors },
    ];
    // 3/4·4 + 1/4·(6 − 2) = 3 + 1 = 4
    expect(weightedScore(criteria, { value: 4, risk: 2 })).toBeCloseTo(4, 12);
    // 3/4·1 + 1/4·(6 − 5) = 1
    expect(weightedScore(criteria, { value: 1, risk: 5 })).toBeCloseTo(1, 12);
  });

  it('refuses a level outside 1–5, naming the criterion', () => {
    expect(() => weightedScore(two, { value: 6, effort: 3 })).toThrow(InvalidParameterError);
    expect(() => weightedScore(two, { value: 2.5, effort: 3 })).toThrow(/scores.value/);
  });

  it('validates rubrics: weights, anchors, keys', () => {
    expect(() => validateDecisionRubric(starterRubric())).not.toThrow();
    const bad = (criteria: DecisionCriterion[]) => () => validateDecisionRubric({ criteria, knockOuts: [] });
    expect(bad([{ ...two[0]!, weight: -1 }])).toThrow(/criteria.0.weight/);
    expect(bad([{ ...two[0]!, weight: 0 }])).toThrow(/^criteria:/);
    expect(bad([{ ...two[0]!, weight: Number.NaN }])).toThrow(/criteria.0.weight/);
    expect(bad([two[0]!, { ...two[1]!, key: 'value' }])).toThrow(/criteria.1.key/);
    expect(bad([{ ...two[0]!, anchors: ['a'] }])).toThrow(/criteria.0.anchors/);
  });
});

describe('evaluating candidates', () => {
  const sheets: ScoreSheet[] = [
    { assessorId: 'ann', candidateId: 'A', levels: { value: 5, effort: 1 }, knockOuts: [] },
    { assessorId: 'bob', candidateId: 'A', levels: { value: 5, effort: 1 }, knockOuts: [] },
    { assessorId: 'ann', candidateId: 'B', levels: { value: 1, effort: 3 }, knockOuts: [] },
    { assessorId: 'bob', candidateId: 'B', levels: { value: 3, effort: 3 }, knockOuts: [] },
    { assessorId: 'ann', candidateId: 'C', levels: { value: 5, effort: 5 }, knockOuts: ['pii'] },
    { assessorId: 'bob', candidateId: 'C', levels: { value: 5, effort: 5 }, knockOuts: [] },
  ];
  const results = evaluateCandidates({
    criteria: two,
    knockOutRules: [{ key: 'pii', label: 'Personal data without an agreement' }],
    candidateIds: ['A', 'B', 'C'],
    sheets,
    bootstrap: { replicates: 2000, rng: createRng(7) },
  });
  const of = (id: string) => results.find((r) => r.candidateId === id)!;

  it('ranks by mean weighted score, knocked-out candidates last whatever their score', () => {
    expect(results.map((r) => r.candidateId)).toEqual(['A', 'B', 'C']);
    expect(of('A').mean).toBeCloseTo(3, 12); // (5 + 1) / 2 for both assessors
    expect(of('B').mean).toBeCloseTo(2.5, 12); // ann (1+3)/2 = 2, bob (3+3)/2 = 3 → mean 2.5
    expect(of('B').sd).toBeCloseTo(Math.SQRT1_2, 12); // sample SD of {2, 3} = √0.5
    expect([of('B').min, of('B').max]).toEqual([2, 3]);
    expect(of('C').knockedOut).toEqual([
      { key: 'pii', label: 'Personal data without an agreement', by: ['ann'] },
    ]);
    expect(of('C').rank).toBe(3);
  });

  it('flags disagreement when levels span 2 or more', () => {
    const value = of('B').criteria.find((c) => c.key === 'value')!;
    expect(value).toMatchObject({ levels: [1, 3], range: 2, disagreement: true });
    expect(value.sd).toBeCloseTo(Math.SQRT2, 12);
    expect(of('B').criteria.find((c) => c.key === 'effort')!.disagreement).toBe(false);
  });

  it('bootstraps ranks over assessors with a seeded generator', () => {
    // Resampling 2 assessors: B's mean is 2, 2.5 or 3 (prob. 1/4, 1/2, 1/4); A always 3, and wins ties by
    // order, so A is first in every replicate and B never is.
    expect(of('A').probabilityFirst).toBe(1);
    expect(of('B').probabilityFirst).toBe(0);
    expect(of('B').rankInterval).toEqual([2, 2]);
    expect(of('C').probabilityFirst).toBeNull();
  });
});

describe('weight sensitivity (exact flip points)', () => {
  it('finds the weight at which adjacent candidates swap, the others keeping their proportions', () => {
    // A = (5, 1), B = (2, 3), weights ½ ½ → A 3.0, B 2.5.
    // value at t: A = 5t + (1 − t)·1, B = 2t + (1 − t)·3 → tie at t = 0.4 (both 2.6).
    // effort at t: A = t + (1 − t)·5, B = 3t + (1 − t)·2 → tie at t = 0.6 (both 2.6).
    const merits = new Map([
      ['A', [5, 1]],
      ['B', [2, 3]],
    ]);
    const flips = weightSensitivity(two, ['A', 'B'], merits);
    expect(flips).toHaveLength(2);
    expect(flips[0]).toMatchObject({ criterion: 'value', upper: 'A', lower: 'B', currentWeight: 0.5 });
    expect(flips[0]!.flipWeight).toBeCloseTo(0.4, 12);
    expect(flips[1]!.flipWeight).toBeCloseTo(0.6, 12);
  });

  it('holds the other weights’ proportions with three criteria', () => {
    const three: DecisionCriterion[] = [
      { key: 'a', label: 'a', weight: 2, direction: 'benefit', anchors },
      { key: 'b', label: 'b', weight: 1, direction: 'benefit', anchors },
      { key: 'c', label: 'c', weight: 1, direction: 'benefit', anchors },
    ];
    // X = (5, 1, 3), Y = (1, 5, 5). Weights ½ ¼ ¼: X = 2.5 + 0.25 + 0.75 = 3.5; Y = 0.5 + 1.25 + 1.25 = 3.
    // Criterion a at t: R_X = (1·1 + 1·3)/2 = 2, R_Y = (5 + 5)/2 = 5; ΔR = −3, Δx = 4 → t* = −3/(−3 − 4) = 3/7.
    // Check at t = 3/7: X = 15/7 + 8/7 = 23/7; Y = 3/7 + 20/7 = 23/7.
    const flips = weightSensitivity(
      three,
      ['X', 'Y'],
      new Map([
        ['X', [5, 1, 3]],
        ['Y', [1, 5, 5]],
      ]),
    );
    expect(flips[0]!.flipWeight).toBeCloseTo(3 / 7, 12);
    // Criterion b (w = ¼): R_X = (2·5 + 1·3)/3 = 13/3, R_Y = (2·1 + 5)/3 = 7/3; ΔR = 2, Δx = −4 → t* = 2/6 = 1/3.
    expect(flips[1]!.flipWeight).toBeCloseTo(1 / 3, 12);
    // Criterion c: R_X = (10 + 1)/3 = 11/3, R_Y = (2 + 5)/3 = 7/3; ΔR = 4/3, Δx = −2 → t* = (4/3)/(10/3) = 0.4.
    expect(flips[2]!.flipWeight).toBeCloseTo(0.4, 12);
  });

  it('reports no flip when no weight in [0, 1] swaps the pair, and works from real sheets', () => {
    // X dominates Y on every criterion: no weight can swap them.
    const flips = weightSensitivity(
      two,
      ['X', 'Y'],
      new Map([
        ['X', [5, 4]],
        ['Y', [2, 3]],
      ]),
    );
    expect(flips.map((f) => f.flipWeight)).toEqual([null, null]);
    const merits = meanMerits(two, [
      { assessorId: 'a', candidateId: 'A', levels: { value: 4, effort: 2 }, knockOuts: [] },
      { assessorId: 'b', candidateId: 'A', levels: { value: 2, effort: 2 }, knockOuts: [] },
    ]);
    expect(merits).toEqual([3, 2]);
  });
});
