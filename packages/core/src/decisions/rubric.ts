import { requireParameter } from '../errors';

/** Levels of every decision criterion: 1 (worst anchor) … 5 (best anchor). */
export const LEVELS = [1, 2, 3, 4, 5] as const;
export const MIN_LEVEL = 1;
export const MAX_LEVEL = 5;

export type Direction = 'benefit' | 'cost';

/** One criterion of a decision rubric; a cost criterion counts against a candidate as its level rises. */
export interface DecisionCriterion {
  key: string;
  label: string;
  weight: number;
  direction: Direction;
  /** What each level 1…5 means, in the organization's words. */
  anchors: string[];
}

/** A yes/no question that stops a candidate whatever its score (e.g. personal data without an agreement). */
export interface KnockOutRule {
  key: string;
  label: string;
}

export interface RubricContent {
  criteria: DecisionCriterion[];
  knockOuts: KnockOutRule[];
}

const KEY = /^[a-z][a-z0-9_]{0,39}$/;

/**
 * Checks a rubric: 1–20 criteria with distinct keys, finite non-negative weights with a positive sum,
 * five anchors each, distinct knock-out keys. Throws InvalidParameterError naming the field at fault.
 */
export function validateDecisionRubric(rubric: RubricContent): void {
  const { criteria, knockOuts } = rubric;
  requireParameter(criteria.length >= 1 && criteria.length <= 20, 'criteria', 'give 1 to 20 criteria');
  const keys = new Set<string>();
  criteria.forEach((c, i) => {
    requireParameter(KEY.test(c.key), `criteria.${i}.key`, 'use 1–40 lowercase letters, digits or _');
    requireParameter(!keys.has(c.key), `criteria.${i}.key`, `the key "${c.key}" is used twice`);
    keys.add(c.key);
    requireParameter(
      Number.isFinite(c.weight) && c.weight >= 0,
      `criteria.${i}.weight`,
      'a weight is a finite number ≥ 0',
    );
    requireParameter(
      c.anchors.length === MAX_LEVEL,
      `criteria.${i}.anchors`,
      'describe each of the 5 levels',
    );
  });
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  requireParameter(total > 0, 'criteria', 'at least one criterion needs a weight above 0');
  const koKeys = new Set<string>();
  knockOuts.forEach((k, i) => {
    requireParameter(KEY.test(k.key), `knockOuts.${i}.key`, 'use 1–40 lowercase letters, digits or _');
    requireParameter(!koKeys.has(k.key), `knockOuts.${i}.key`, `the key "${k.key}" is used twice`);
    koKeys.add(k.key);
  });
}

/** Weights scaled to sum to 1, in criterion order. */
export function normalizedWeights(criteria: readonly DecisionCriterion[]): number[] {
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  requireParameter(total > 0, 'criteria', 'at least one criterion needs a weight above 0');
  return criteria.map((c) => c.weight / total);
}

/** A level as merit on the same 1–5 scale: benefit keeps it, cost mirrors it (6 − level). */
export function meritOf(level: number, direction: Direction): number {
  return direction === 'cost' ? MIN_LEVEL + MAX_LEVEL - level : level;
}

export function isLevel(level: unknown): level is number {
  return typeof level === 'number' && Number.isInteger(level) && level >= MIN_LEVEL && level <= MAX_LEVEL;
}

/**
 * Weighted score of one score sheet on the 1–5 merit scale: Σ wₖ·meritₖ with weights normalized.
 * Every criterion must have a level.
 */
export function weightedScore(
  criteria: readonly DecisionCriterion[],
  levels: Record<string, number>,
): number {
  const weights = normalizedWeights(criteria);
  return criteria.reduce((sum, c, i) => {
    const level = levels[c.key];
    requireParameter(isLevel(level), `scores.${c.key}`, 'a level is a whole number from 1 to 5');
    return sum + weights[i]! * meritOf(level, c.direction);
  }, 0);
}

/** The starter rubric for learning & development: value, feasibility, risk, readiness. */
export function starterRubric(): RubricContent & { name: string } {
  return {
    name: 'L&D use-case rubric',
    criteria: [
      {
        key: 'value',
        label: 'Value for learners and the business',
        weight: 35,
        direction: 'benefit',
        anchors: [
          'No measurable benefit expected',
          'Saves a little time for a few people',
          'Clear time saving or quality gain for one team',
          'Large gain for several teams or many learners',
          'Changes what the L&D function can offer',
        ],
      },
      {
        key: 'feasibility',
        label: 'Feasibility with today’s tools and data',
        weight: 25,
        direction: 'benefit',
        anchors: [
          'Needs tools or data we do not have',
          'Possible only with major integration work',
          'Works with some setup and a pilot team’s effort',
          'Works with existing tools; little setup',
          'Already proven in a pilot here',
        ],
      },
      {
        key: 'risk',
        label: 'Risk if the AI gets it wrong',
        weight: 20,
        direction: 'cost',
        anchors: [
          'An error is harmless and caught at once',
          'An error is a minor annoyance, easy to fix',
          'An error reaches learners but is correctable',
          'An error harms learners’ results or trust',
          'An error has legal, safety or reputational consequences',
        ],
      },
      {
        key: 'readiness',
        label: 'Readiness of the receiving team',
        weight: 20,
        direction: 'benefit',
        anchors: [
          'No owner, no capacity',
          'Interested, but saturated with other changes',
          'An owner and some capacity',
          'An owner, capacity and a trained reviewer',
          'Asking for it, with people and time set aside',
        ],
      },
    ],
    knockOuts: [
      { key: 'personal_data_no_agreement', label: 'Uses personal data without a data processing agreement' },
      { key: 'no_human_owner', label: 'No named person is accountable for the outputs' },
    ],
  };
}
