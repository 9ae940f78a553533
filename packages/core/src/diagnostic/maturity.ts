import { requireParameter } from '../errors';
import type { IndicatorKey } from './indicators';
import { type IndicatorReading, judgedPressure } from './position';

/** The four infrastructure capabilities that let pilots scale (what the diagnostic rates). */
export const maturityCapabilities = [
  'decision_making',
  'quality_that_scales',
  'change_absorption',
  'learning_integration',
] as const;
export type MaturityCapability = (typeof maturityCapabilities)[number];

export const MATURITY_LABELS: Record<MaturityCapability, string> = {
  decision_making: 'Decision-making',
  quality_that_scales: 'Quality that scales',
  change_absorption: 'Change absorption',
  learning_integration: 'Learning integration',
};

/** The indicators whose health makes up each capability's data score. */
export const MATURITY_INDICATORS: Record<MaturityCapability, IndicatorKey[]> = {
  decision_making: [
    'decision_lead_time',
    'open_request_age',
    'low_risk_full_review',
    'unreviewed_expansions',
  ],
  quality_that_scales: [
    'drift_alarms',
    'ai_without_standard',
    'under_reviewed_workflows',
    'outgoing_over_limit',
    'over_reviewed_workflows',
  ],
  change_absorption: ['change_load', 'pulse_wellbeing'],
  learning_integration: ['experiment_rate', 'ideas_stuck'],
};

export interface SelfAssessmentQuestion {
  key: string;
  capability: MaturityCapability;
  text: string;
}

/** A short periodic self-assessment: three statements per capability, answered 1 (not at all) – 5 (fully). */
export const SELF_ASSESSMENT_QUESTIONS: readonly SelfAssessmentQuestion[] = [
  { key: 'dm_rights', capability: 'decision_making', text: 'Everyone knows who decides what about AI use.' },
  {
    key: 'dm_routine',
    capability: 'decision_making',
    text: 'Routine, low-risk decisions need no committee.',
  },
  {
    key: 'dm_criteria',
    capability: 'decision_making',
    text: 'Expansions are decided on stated criteria and evidence.',
  },
  {
    key: 'q_standards',
    capability: 'quality_that_scales',
    text: 'Every AI workflow has a written quality standard.',
  },
  { key: 'q_effort', capability: 'quality_that_scales', text: 'Review effort follows the risk, not habit.' },
  {
    key: 'q_drift',
    capability: 'quality_that_scales',
    text: 'We notice quality drift within days, not months.',
  },
  { key: 'ca_load', capability: 'change_absorption', text: 'We know how much change each team is carrying.' },
  { key: 'ca_pace', capability: 'change_absorption', text: 'We delay a change when a team is saturated.' },
  { key: 'ca_voice', capability: 'change_absorption', text: 'People can say how the pace feels, safely.' },
  {
    key: 'li_experiments',
    capability: 'learning_integration',
    text: 'We run small experiments before big changes.',
  },
  { key: 'li_sharing', capability: 'learning_integration', text: 'What one team learns reaches the others.' },
  { key: 'li_ideas', capability: 'learning_integration', text: 'Ideas get a decision within a month.' },
];

export type SelfAssessmentAnswers = Readonly<Record<string, number>>;

/** Checks that every question is answered with an integer 1–5 and nothing else is. */
export function validateSelfAssessment(answers: SelfAssessmentAnswers): void {
  const keys = new Set(SELF_ASSESSMENT_QUESTIONS.map((q) => q.key));
  for (const k of Object.keys(answers)) requireParameter(keys.has(k), `answers.${k}`, 'is not a question');
  for (const q of SELF_ASSESSMENT_QUESTIONS) {
    const v = answers[q.key];
    requireParameter(
      v !== undefined && Number.isInteger(v) && v >= 1 && v <= 5,
      `answers.${q.key}`,
      'must be an integer from 1 to 5',
    );
  }
}

export interface MaturityScore {
  capability: MaturityCapability;
  /**
   * 0–100 from the data: 100 × (1 − mean pressure of its indicators with a status); null ("too early to
   * tell") until at least half of its indicators have one, so one healthy figure cannot speak for the rest.
   */
  dataScore: number | null;
  /** Of its indicators, how many have a status (a value on enough evidence). */
  judged: number;
  indicators: number;
  /** 0–100 from the self-assessment: (mean answer − 1) ÷ 4 × 100; null when none was taken. */
  selfScore: number | null;
  /** The mean of the two that exist; null when neither does. */
  score: number | null;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export function maturityScores(
  readings: readonly IndicatorReading[],
  answers: SelfAssessmentAnswers | null,
): MaturityScore[] {
  const byKey = new Map(readings.map((r) => [r.key, r]));
  return maturityCapabilities.map((capability) => {
    const keys = MATURITY_INDICATORS[capability];
    const pressures = keys
      .map((key) => {
        const r = byKey.get(key);
        return r ? judgedPressure(r) : null;
      })
      .filter((p): p is number => p !== null);
    const p = pressures.length * 2 >= keys.length ? mean(pressures) : null;
    const dataScore = p === null ? null : 100 * (1 - p);
    const own = answers
      ? SELF_ASSESSMENT_QUESTIONS.filter((q) => q.capability === capability).map((q) => answers[q.key]!)
      : [];
    const m = mean(own);
    const selfScore = m === null ? null : ((m - 1) / 4) * 100;
    const score = mean([dataScore, selfScore].filter((s): s is number => s !== null));
    return { capability, dataScore, judged: pressures.length, indicators: keys.length, selfScore, score };
  });
}
