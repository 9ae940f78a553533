import { describe, expect, it } from 'vitest';
import { type IndicatorKey, indicatorKeys } from './indicators';
import { maturityScores, SELF_ASSESSMENT_QUESTIONS, validateSelfAssessment } from './maturity';

const read = (values: Partial<Record<IndicatorKey, number>>) =>
  indicatorKeys.map((key) => ({ key, value: values[key] ?? null, trend: [] }));
const all = (v: number) => Object.fromEntries(SELF_ASSESSMENT_QUESTIONS.map((q) => [q.key, v]));

describe('maturityScores', () => {
  it('scores the data as 100 × (1 − mean pressure) of the capability’s indicators with data', () => {
    // change_load 1.0 → pressure 0.5; pulse_wellbeing 0 → 0: change absorption = 75.
    const scores = maturityScores(read({ change_load: 1.0, pulse_wellbeing: 0 }), null);
    const absorption = scores.find((s) => s.capability === 'change_absorption')!;
    expect(absorption.dataScore).toBeCloseTo(75, 12);
    expect(absorption.selfScore).toBeNull();
    expect(absorption.score).toBeCloseTo(75, 12);
    expect(scores.find((s) => s.capability === 'learning_integration')!.score).toBeNull();
  });

  it('averages the self-assessment (1 → 0, 5 → 100) with the data score', () => {
    const answers = { ...all(3), ca_load: 5, ca_pace: 5, ca_voice: 2 };
    const absorption = maturityScores(read({ change_load: 0.8 }), answers).find(
      (s) => s.capability === 'change_absorption',
    )!;
    // Mean answer 4 → 75; data 100 → 87.5.
    expect(absorption.selfScore).toBeCloseTo(75, 12);
    expect(absorption.score).toBeCloseTo(87.5, 12);
  });
});

describe('validateSelfAssessment', () => {
  it('needs every question answered 1–5 and nothing else', () => {
    expect(() => validateSelfAssessment(all(4))).not.toThrow();
    expect(() => validateSelfAssessment({ ...all(4), dm_rights: 6 })).toThrow(/answers.dm_rights/);
    expect(() => validateSelfAssessment({ ...all(4), extra: 3 })).toThrow(/answers.extra/);
    const { li_ideas: _, ...missing } = all(4);
    expect(() => validateSelfAssessment(missing)).toThrow(/answers.li_ideas/);
  });
});

describe('maturityScores on thin evidence', () => {
  it('says too early (null) until half of a capability’s indicators have a status', () => {
    // A fresh organization: one application in use under a standard (0% without one — healthy), nothing else
    // judged yet. One healthy figure out of five must not score quality that scales 100.
    const readings = read({ ai_without_standard: 0, drift_alarms: 0 }).map((r) =>
      r.key === 'drift_alarms' ? { ...r, evidence: { count: 2, days: 0 } } : r,
    );
    const quality = maturityScores(readings, null).find((s) => s.capability === 'quality_that_scales')!;
    expect(quality.judged).toBe(1);
    expect(quality.indicators).toBe(5);
    expect(quality.dataScore).toBeNull();
    expect(quality.score).toBeNull();
    // With three of five judged it scores: 0 alarms and 0% over the limit and none without a standard → 100.
    const enough = maturityScores(
      read({ ai_without_standard: 0, drift_alarms: 0, outgoing_over_limit: 0 }),
      null,
    ).find((s) => s.capability === 'quality_that_scales')!;
    expect(enough.dataScore).toBe(100);
  });
});
