import { InvalidParameterError, requireParameter } from '../../errors';

/**
 * A quality standard's rubric: criteria judged pass/fail or on a 1–5 scale, each critical or minor, and
 * the rule that makes a reviewed output a defect.
 */
export type CriterionKind = 'pass_fail' | 'scale';
export type Severity = 'critical' | 'minor';

export interface Criterion {
  key: string;
  label: string;
  kind: CriterionKind;
  severity: Severity;
  /** Scale criteria: a description per level 1…5 (index 0 is level 1). */
  levels?: string[];
  /** Scale criteria: the lowest level that passes; default 3. */
  passLevel?: number;
}

/**
 * `any_critical_fail`: a defect when any critical criterion fails.
 * `score_below`: also a defect when the mean level of the scale criteria is below `threshold`.
 */
export type DefectRule = { kind: 'any_critical_fail' } | { kind: 'score_below'; threshold: number };

export type Answer = boolean | number;
export type Answers = Record<string, Answer>;

export interface ReviewVerdict {
  defect: boolean;
  /** Mean level of the scale criteria (1–5), or null without any. */
  score: number | null;
  failedCritical: string[];
  failedMinor: string[];
}

export function validateRubric(criteria: readonly Criterion[], rule: DefectRule): void {
  requireParameter(criteria.length > 0, 'criteria', 'a standard needs at least one criterion');
  const keys = new Set<string>();
  criteria.forEach((c, i) => {
    requireParameter(
      /^[a-z][a-z0-9_]{0,39}$/.test(c.key),
      `criteria.${i}.key`,
      'use 1–40 lowercase letters, digits or _',
    );
    requireParameter(!keys.has(c.key), `criteria.${i}.key`, `"${c.key}" is used twice`);
    keys.add(c.key);
    if (c.kind === 'scale') {
      requireParameter(
        !c.levels || c.levels.length === 5,
        `criteria.${i}.levels`,
        'give five level descriptions',
      );
      const pass = c.passLevel ?? 3;
      requireParameter(
        Number.isInteger(pass) && pass >= 1 && pass <= 5,
        `criteria.${i}.passLevel`,
        'must be 1–5',
      );
    }
  });
  requireParameter(
    criteria.some((c) => c.severity === 'critical') || rule.kind === 'score_below',
    'criteria',
    'with the any-critical-fail rule, at least one criterion must be critical',
  );
  if (rule.kind === 'score_below') {
    requireParameter(rule.threshold > 1 && rule.threshold <= 5, 'defectRule.threshold', 'must be in (1, 5]');
    requireParameter(
      criteria.some((c) => c.kind === 'scale'),
      'defectRule',
      'a score rule needs a scale criterion',
    );
  }
}

function passes(criterion: Criterion, answer: Answer): boolean {
  return criterion.kind === 'pass_fail' ? answer === true : (answer as number) >= (criterion.passLevel ?? 3);
}

/** Applies the rubric to one review's answers; every criterion must be answered with the right type. */
export function evaluateReview(
  criteria: readonly Criterion[],
  rule: DefectRule,
  answers: Answers,
): ReviewVerdict {
  const failedCritical: string[] = [];
  const failedMinor: string[] = [];
  const levels: number[] = [];
  for (const criterion of criteria) {
    const answer = answers[criterion.key];
    const path = `answers.${criterion.key}`;
    if (criterion.kind === 'pass_fail') {
      if (typeof answer !== 'boolean')
        throw new InvalidParameterError(path, 'answer pass (true) or fail (false)');
    } else {
      if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < 1 || answer > 5) {
        throw new InvalidParameterError(path, 'answer a level from 1 to 5');
      }
      levels.push(answer);
    }
    if (!passes(criterion, answer))
      (criterion.severity === 'critical' ? failedCritical : failedMinor).push(criterion.key);
  }
  const unknown = Object.keys(answers).find((key) => !criteria.some((c) => c.key === key));
  if (unknown) throw new InvalidParameterError(`answers.${unknown}`, 'is not a criterion of this standard');
  const score = levels.length ? levels.reduce((s, x) => s + x, 0) / levels.length : null;
  const belowScore = rule.kind === 'score_below' && score !== null && score < rule.threshold;
  return { defect: failedCritical.length > 0 || belowScore, score, failedCritical, failedMinor };
}
