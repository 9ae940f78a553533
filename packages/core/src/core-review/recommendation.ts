import { requireParameter } from '../errors';

/** The kinds of pilot element a sustainable-core review places on the board. */
export const elementKinds = ['practice', 'workflow_step', 'role', 'tool', 'condition'] as const;
export type ElementKind = (typeof elementKinds)[number];

/**
 * A position on the 2×2 board, each axis in [-1, 1]:
 * `value` +1 = fundamentally valuable, -1 = works only under pilot conditions;
 * `system` +1 = systematizable, -1 = depends on heroic effort.
 */
export interface BoardPosition {
  value: number;
  system: number;
}

export const recommendations = ['scale', 'systematize_first', 'retest', 'leave_behind'] as const;
export type Recommendation = (typeof recommendations)[number];

export const recommendationLabels: Record<Recommendation, string> = {
  scale: 'Scale',
  systematize_first: 'Systematize first',
  retest: 'Re-test outside pilot conditions',
  leave_behind: 'Leave behind',
};

/** The centre of each quadrant: where "move to quadrant" puts an element. */
export const quadrantCentres: Record<Recommendation, BoardPosition> = {
  scale: { value: 0.5, system: 0.5 },
  systematize_first: { value: 0.5, system: -0.5 },
  retest: { value: -0.5, system: 0.5 },
  leave_behind: { value: -0.5, system: -0.5 },
};

/** Closer than this to an axis, the placement is a judgement call the board marks for discussion. */
export const BORDERLINE = 0.15;

export interface ElementRecommendation {
  recommendation: Recommendation;
  /** Within BORDERLINE of either axis: the team should confirm the placement. */
  borderline: boolean;
}

export function validatePosition(position: BoardPosition): void {
  for (const axis of ['value', 'system'] as const) {
    const x = position[axis];
    requireParameter(Number.isFinite(x) && x >= -1 && x <= 1, axis, 'must be a number from -1 to 1');
  }
}

/**
 * The board's rule. An element counts as valuable only when placed strictly above the axis and as
 * systematizable only strictly right of it: an element on an axis gets the cautious side, so nothing is
 * scaled on an undecided placement.
 */
export function recommendElement(position: BoardPosition): ElementRecommendation {
  validatePosition(position);
  const valuable = position.value > 0;
  const systematizable = position.system > 0;
  const recommendation: Recommendation = valuable
    ? systematizable
      ? 'scale'
      : 'systematize_first'
    : systematizable
      ? 'retest'
      : 'leave_behind';
  const borderline = Math.abs(position.value) < BORDERLINE || Math.abs(position.system) < BORDERLINE;
  return { recommendation, borderline };
}

/** Moves a position by (dValue, dSystem), kept on the board and rounded to hundredths. */
export function nudgePosition(position: BoardPosition, dValue: number, dSystem: number): BoardPosition {
  const clamp = (x: number) => Math.round(Math.min(1, Math.max(-1, x)) * 100) / 100;
  return { value: clamp(position.value + dValue), system: clamp(position.system + dSystem) };
}
