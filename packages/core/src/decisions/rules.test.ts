import { describe, expect, it } from 'vitest';
import { type BoundaryAnswers, qaDefaultFor, recommendAutomationMode } from './boundary';
import { summarizeHours } from './metrics';
import { applicableRaci, completeRaci, defaultRaci, validateRaci } from './raci';
import { approvalComplete, approvalSchedule, matchesPattern, riskTierOf } from './risk';

const easy: BoundaryAnswers = {
  errorCost: 'low',
  reversibility: 'easy',
  judgment: 'none',
  regulated: false,
  volume: 'high',
};
const goodQuality = {
  hasStandard: true,
  reviewed: 400,
  outgoingUpper: 0.008,
  outgoingLimit: 0.01,
  openAlarms: 0,
};

describe('automation-boundary questionnaire', () => {
  it('recommends automating only when every answer and the QA evidence allow it', () => {
    const r = recommendAutomationMode(easy, goodQuality);
    expect(r.mode).toBe('automate');
    expect(r.reasons.filter((x) => x.decisive)).toHaveLength(1);
  });

  it.each([
    [{ judgment: 'essential' as const }, 'human_only', 'judgment'],
    [{ errorCost: 'severe' as const }, 'ai_assists', 'errorCost'],
    [{ errorCost: 'high' as const }, 'ai_drafts_human_approves', 'errorCost'],
    [{ reversibility: 'irreversible' as const }, 'ai_drafts_human_approves', 'reversibility'],
    [{ regulated: true }, 'ai_drafts_human_approves', 'regulated'],
    [{ volume: 'low' as const }, 'ai_drafts_human_approves', 'volume'],
  ])('%o → %s, traced to the answer %s', (change, mode, answer) => {
    const r = recommendAutomationMode({ ...easy, ...change }, goodQuality);
    expect(r.mode).toBe(mode);
    expect(r.reasons.filter((x) => x.decisive).map((x) => x.answer)).toEqual([answer]);
  });

  it('caps at AI drafts + approval without a standard, with too few reviews, an alarm, or a rate over the limit', () => {
    for (const quality of [
      null,
      { ...goodQuality, hasStandard: false },
      { ...goodQuality, reviewed: 99 },
      { ...goodQuality, openAlarms: 1 },
      { ...goodQuality, outgoingUpper: 0.02 },
    ]) {
      const r = recommendAutomationMode(easy, quality);
      expect(r.mode).toBe('ai_drafts_human_approves');
      expect(r.reasons.find((x) => x.decisive)!.answer).toBe('quality');
    }
  });

  it('takes the strictest cap and marks every binding reason decisive', () => {
    const r = recommendAutomationMode(
      { ...easy, judgment: 'essential', errorCost: 'severe', regulated: true },
      null,
    );
    expect(r.mode).toBe('human_only');
    expect(r.reasons.map((x) => [x.answer, x.decisive])).toEqual([
      ['judgment', true],
      ['errorCost', false],
      ['regulated', false],
      ['quality', false],
    ]);
  });

  it('sets QA defaults per mode', () => {
    expect(qaDefaultFor('automate').requiresStandard).toBe(true);
    expect(qaDefaultFor('ai_drafts_human_approves').approverAudit).toEqual({
      policy: 'fixed-rate',
      fraction: 0.05,
    });
    expect(qaDefaultFor('human_only').approverAudit).toBeNull();
  });
});

describe('risk tiers and approvals', () => {
  const base = {
    decisionType: 'admit_to_pilot' as const,
    declaredTier: 'low' as const,
    dataSensitivity: 'internal' as const,
    audience: 'internal' as const,
    automationMode: null,
  };
  it.each([
    [{}, 'low'],
    [{ dataSensitivity: 'confidential' as const }, 'medium'],
    [{ dataSensitivity: 'personal' as const }, 'medium'],
    [{ audience: 'external' as const }, 'medium'],
    [{ automationMode: 'automate' as const }, 'medium'],
    [{ dataSensitivity: 'personal' as const, audience: 'external' as const }, 'high'],
    [{ dataSensitivity: 'special' as const }, 'high'],
    [{ automationMode: 'automate' as const, audience: 'external' as const }, 'high'],
    [{ declaredTier: 'high' as const }, 'high'],
    [{ decisionType: 'change_rule' as const }, 'medium'],
    [{ decisionType: 'change_rule' as const, declaredTier: 'high' as const }, 'high'],
  ])('%o → %s', (change, tier) => {
    const r = riskTierOf({ ...base, ...change });
    expect(r.tier).toBe(tier);
    expect(r.reasons.some((x) => x.tier === tier)).toBe(true);
  });

  it('needs one accountable approval at medium, two people (one accountable) at high, none at low', () => {
    expect(approvalComplete('low', [])).toBe(true);
    expect(approvalComplete('medium', [{ approverId: 'u', accountable: false }])).toBe(false);
    expect(approvalComplete('medium', [{ approverId: 'u', accountable: true }])).toBe(true);
    expect(approvalComplete('high', [{ approverId: 'u', accountable: true }])).toBe(false);
    expect(
      approvalComplete('high', [
        { approverId: 'u', accountable: true },
        { approverId: 'u', accountable: true },
      ]),
    ).toBe(false);
    expect(
      approvalComplete('high', [
        { approverId: 'u', accountable: true },
        { approverId: 'v', accountable: false },
      ]),
    ).toBe(true);
  });

  it('schedules the reminder at half the deadline', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    expect(approvalSchedule('medium', at)).toEqual({
      remindAt: new Date('2026-01-02T12:00:00Z'),
      dueAt: new Date('2026-01-04T00:00:00Z'),
    });
    expect(approvalSchedule('low', at)).toEqual({ remindAt: null, dueAt: null });
  });

  it('matches pre-approved patterns on type, scope, tier ceiling and payload fields', () => {
    const pattern = {
      decisionType: 'expand_to_org_unit' as const,
      applicationId: null,
      orgUnitId: null,
      maxTier: 'medium' as const,
      payload: { template: 'standard-rollout' },
    };
    const request = {
      decisionType: 'expand_to_org_unit' as const,
      applicationId: 'a',
      orgUnitId: 'u',
      tier: 'medium' as const,
      payload: { template: 'standard-rollout', note: 'x' },
    };
    expect(matchesPattern(pattern, request)).toBe(true);
    expect(matchesPattern(pattern, { ...request, tier: 'high' })).toBe(false);
    expect(matchesPattern(pattern, { ...request, payload: { template: 'other' } })).toBe(false);
    expect(matchesPattern({ ...pattern, orgUnitId: 'w' }, request)).toBe(false);
  });
});

describe('decision rights (RACI)', () => {
  it('accepts the default matrix and refuses zero or two Accountable roles per type and scope', () => {
    expect(validateRaci(defaultRaci())).toEqual([]);
    const two = [
      ...defaultRaci(),
      { decisionType: 'retire' as const, scope: 'unit-1', role: 'lead', letter: 'A' as const },
    ];
    expect(validateRaci(two)).toEqual([]);
    const none = defaultRaci().filter((c) => !(c.decisionType === 'retire' && c.letter === 'A'));
    expect(validateRaci(none).map((p) => p.message)).toEqual(['needs exactly one Accountable role (has 0)']);
    const double = defaultRaci().map((c) =>
      c.decisionType === 'retire' && c.role === 'admin' ? { ...c, letter: 'A' as const } : c,
    );
    expect(validateRaci(double)[0]!.message).toBe('needs exactly one Accountable role (has 2)');
    const dup = [
      ...defaultRaci(),
      { decisionType: 'retire' as const, scope: null, role: 'owner', letter: 'I' as const },
    ];
    expect(validateRaci(dup)[0]!.message).toBe('owner has two letters');
  });

  it('uses an org unit’s own cells when it has them', () => {
    const cells = [
      ...defaultRaci(),
      { decisionType: 'retire' as const, scope: 'u1', role: 'lead', letter: 'A' as const },
    ];
    expect(applicableRaci(cells, 'retire', 'u1')).toHaveLength(1);
    expect(applicableRaci(cells, 'retire', 'u2')).toHaveLength(5);
  });
});

describe('durations', () => {
  it('median, mean and nearest-rank p90', () => {
    expect(summarizeHours([4, 1, 3, 2])).toEqual({ count: 4, median: 2.5, mean: 2.5, p90: 4 });
    expect(summarizeHours([])).toEqual({ count: 0, median: null, mean: null, p90: null });
    expect(() => summarizeHours([-1])).toThrow(/hours/);
  });
});

describe('completeRaci', () => {
  it('adds the default cells of a decision type a saved grid predates, and keeps the saved ones', () => {
    const saved = defaultRaci()
      .filter((c) => c.decisionType !== 'change_rule')
      .map((c) => (c.decisionType === 'retire' && c.role === 'owner' ? { ...c, letter: 'R' as const } : c))
      .map((c) => (c.decisionType === 'retire' && c.role === 'admin' ? { ...c, letter: 'A' as const } : c));
    expect(validateRaci(saved).map((p) => p.decisionType)).toEqual(['change_rule']);
    const complete = completeRaci(saved);
    expect(validateRaci(complete)).toEqual([]);
    expect(applicableRaci(complete, 'change_rule', null).find((c) => c.letter === 'A')?.role).toBe('owner');
    expect(applicableRaci(complete, 'retire', null).find((c) => c.letter === 'A')?.role).toBe('admin');
    expect(completeRaci(defaultRaci())).toEqual(defaultRaci());
  });
});
