import { describe, expect, it } from 'vitest';
import { InvalidParameterError } from '../../errors';
import { createRng } from '../../random';
import { cusumArl } from '../cusum';
import { createPolicy } from '../policies';
import type { PolicyState } from '../policy';
import { alarmedStrata, clearAlarm, monitorStatistics } from './alarms';
import { type Criterion, evaluateReview, validateRubric } from './rubric';
import { defaultMonitor, expectedReviewRate, samplingPolicySpec } from './sampling';
import { assignStratum, judgeBin, OTHER_SEGMENT, segmentOf } from './segments';

const criteria: Criterion[] = [
  { key: 'accurate', label: 'Factually accurate', kind: 'pass_fail', severity: 'critical' },
  { key: 'tone', label: 'Tone fits the audience', kind: 'scale', severity: 'minor' },
  { key: 'clarity', label: 'Clear', kind: 'scale', severity: 'critical', passLevel: 2 },
];

describe('evaluateReview', () => {
  it.each([
    [{ accurate: true, tone: 5, clarity: 4 }, false, 4.5, [], []],
    [{ accurate: false, tone: 5, clarity: 4 }, true, 4.5, ['accurate'], []],
    [{ accurate: true, tone: 2, clarity: 4 }, false, 3, [], ['tone']],
    [{ accurate: true, tone: 3, clarity: 1 }, true, 2, ['clarity'], []],
  ])('any-critical-fail on %o → defect %s, score %s', (answers, defect, score, critical, minor) => {
    expect(evaluateReview(criteria, { kind: 'any_critical_fail' }, answers)).toEqual({
      defect,
      score,
      failedCritical: critical,
      failedMinor: minor,
    });
  });

  it('with a score rule, a low mean level is a defect even when every critical criterion passes', () => {
    const verdict = evaluateReview(
      criteria,
      { kind: 'score_below', threshold: 3.5 },
      { accurate: true, tone: 2, clarity: 3 },
    );
    expect(verdict).toMatchObject({ defect: true, score: 2.5, failedCritical: [] });
  });

  it.each([
    [{ tone: 3, clarity: 3 }, 'answers.accurate'],
    [{ accurate: 'yes', tone: 3, clarity: 3 }, 'answers.accurate'],
    [{ accurate: true, tone: 6, clarity: 3 }, 'answers.tone'],
    [{ accurate: true, tone: 2.5, clarity: 3 }, 'answers.tone'],
    [{ accurate: true, tone: 3, clarity: 3, extra: true }, 'answers.extra'],
  ])('rejects %o naming %s', (answers, parameter) => {
    try {
      evaluateReview(criteria, { kind: 'any_critical_fail' }, answers as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidParameterError);
      expect((error as InvalidParameterError).parameter).toBe(parameter);
    }
  });
});

describe('validateRubric', () => {
  it.each([
    [[], { kind: 'any_critical_fail' }, 'criteria'],
    [[{ ...criteria[0]!, key: 'Bad Key' }], { kind: 'any_critical_fail' }, 'criteria.0.key'],
    [[criteria[0]!, criteria[0]!], { kind: 'any_critical_fail' }, 'criteria.1.key'],
    [[{ ...criteria[1]!, levels: ['a'] }, criteria[0]!], { kind: 'any_critical_fail' }, 'criteria.0.levels'],
    [[criteria[1]!], { kind: 'any_critical_fail' }, 'criteria'],
    [criteria, { kind: 'score_below', threshold: 7 }, 'defectRule.threshold'],
    [[criteria[0]!], { kind: 'score_below', threshold: 3 }, 'defectRule'],
  ] as const)('rejects an invalid rubric (%#) naming %s', (cs, rule, parameter) => {
    expect(() => validateRubric(cs as Criterion[], rule as never)).toThrow(
      expect.objectContaining({ parameter }),
    );
  });
});

describe('segments', () => {
  it('labels an output by the standard’s keys in order, with missing values marked', () => {
    expect(segmentOf({ language: 'fr', type: 'quiz' }, ['type', 'language'])).toBe('type=quiz · language=fr');
    expect(segmentOf({ type: 'quiz' }, ['type', 'language'])).toBe('type=quiz · language=(none)');
    expect(segmentOf({ anything: 1 }, [])).toBe('all');
  });

  it('assigns strata on first sight and sends overflow to the last one', () => {
    let table: Record<string, number> = {};
    const seen = ['a', 'b', 'a', 'c', 'd', 'b'].map((segment) => {
      const next = assignStratum(table, segment, 3);
      table = next.table;
      return next.stratum;
    });
    expect(seen).toEqual([0, 1, 0, 2, 2, 1]);
    expect(table).toEqual({ a: 0, b: 1, [OTHER_SEGMENT]: 2 });
  });

  it('bins judge scores at the threshold', () => {
    expect([judgeBin(0.69, 0.7), judgeBin(0.7, 0.7), judgeBin(null, 0.7)]).toEqual([0, 1, 0]);
  });
});

describe('samplingPolicySpec', () => {
  const base = { limit: 0.01, scope: 'segment' as const, strata: 4, monitor: defaultMonitor(0.01) };

  it.each(['adaptive', 'csp1', 'fixed-rate', 'full'] as const)(
    'builds a working %s policy over the strata',
    (policy) => {
      const spec = samplingPolicySpec({ ...base, policy });
      const sampler = createPolicy(spec);
      expect(sampler.strata).toBe(4);
      let state = sampler.initialState();
      const rng = createRng(3);
      for (let i = 0; i < 2_000; i++) {
        const decision = sampler.decide(state, { stratum: i % 4 }, rng());
        expect(decision.pi).toBeGreaterThan(0);
        expect(decision.pi).toBeLessThanOrEqual(1);
        state = decision.state;
        if (decision.review)
          state = sampler.observe(state, { stratum: i % 4, pi: decision.pi, defect: rng() < 0.01 });
      }
      expect(JSON.parse(JSON.stringify(state))).toEqual(state);
    },
  );

  it('sets each stratum’s CUSUM so the workflow meets its false-alarm budget at the expected review rate', () => {
    const spec = samplingPolicySpec({ ...base, policy: 'adaptive' });
    const chart = spec.monitor!.charts as { p0: number } as Parameters<typeof cusumArl>[0];
    const rate = expectedReviewRate({ ...base, policy: 'adaptive' });
    // The simulated in-control rate (review-rate.test.ts checks it), well above the 2% floor.
    expect(rate).toBeGreaterThan(0.04);
    // false alarms per 100k outputs, summed over the 4 strata, from the exact in-control ARL
    const perStratum = (rate * 100_000) / cusumArl(chart, 0.005);
    expect(4 * perStratum).toBeLessThanOrEqual(0.25);
  });

  it('pools the adaptive ledger when the limit is for the whole workflow', () => {
    expect(samplingPolicySpec({ ...base, policy: 'adaptive', scope: 'workflow' })).toMatchObject({
      mode: 'pooled',
    });
    expect(samplingPolicySpec({ ...base, policy: 'adaptive' })).toMatchObject({ mode: 'stratum' });
  });

  it('plans CSP-1 for the limit', () => {
    expect(samplingPolicySpec({ ...base, policy: 'csp1', fraction: 0.1 })).toMatchObject({
      kind: 'csp1',
      i: 110,
      f: 0.1,
    });
  });

  it('rejects a limit outside (0, 1) and a monitor with p0 ≥ p1', () => {
    expect(() => samplingPolicySpec({ ...base, policy: 'adaptive', limit: 1 })).toThrow(
      expect.objectContaining({ parameter: 'limit' }),
    );
    expect(() =>
      samplingPolicySpec({
        ...base,
        policy: 'adaptive',
        monitor: { p0: 0.05, p1: 0.01, falseAlarmsPer100k: 1 },
      }),
    ).toThrow(expect.objectContaining({ parameter: 'monitor' }));
  });
});

describe('alarms in a monitored policy state', () => {
  it('finds the stratum a run of defects puts in alarm, holds it at 100%, and clears it on request', () => {
    const spec = samplingPolicySpec({
      limit: 0.01,
      scope: 'segment',
      strata: 2,
      policy: 'adaptive',
      monitor: defaultMonitor(0.01),
    });
    const sampler = createPolicy(spec);
    let state = sampler.initialState();
    for (let i = 0; i < 200 && alarmedStrata(state).length === 0; i++) {
      state = sampler.observe(state, { stratum: 1, pi: 1, defect: true });
    }
    expect(alarmedStrata(state)).toEqual([1]);
    expect(sampler.decide(state, { stratum: 1 }, 0.999999).pi).toBe(1);
    const cleared = clearAlarm(state, 1);
    expect(alarmedStrata(cleared)).toEqual([]);
    expect(monitorStatistics(cleared)[1]).toBe(0);
    // Cleared, the stratum is back at its policy's own rate (here still its qualification run, at 100%).
    const { monitor: _, ...inner } = spec;
    const own = createPolicy(inner).decide((cleared as { inner: PolicyState }).inner, { stratum: 1 }, 0.5);
    expect(sampler.decide(cleared, { stratum: 1 }, 0.5).pi).toBe(own.pi);
    expect(sampler.decide(state, { stratum: 0 }, 0.5).pi).toBe(1);
    expect(() => clearAlarm(cleared, 1)).toThrow(expect.objectContaining({ parameter: 'stratum' }));
  });
});
