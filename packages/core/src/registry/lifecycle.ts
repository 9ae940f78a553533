/**
 * The lifecycle of an AI application (the portfolio's stages): idea → evaluating → pilot → expanding →
 * scaled, plus paused and retired. Only the transitions below are allowed; everything else is refused.
 */
export const LIFECYCLE_STAGES = [
  'idea',
  'evaluating',
  'pilot',
  'expanding',
  'scaled',
  'paused',
  'retired',
] as const;
export type Stage = (typeof LIFECYCLE_STAGES)[number];

/**
 * Allowed moves from each stage. Forward one step, back one step to re-test, pause, or retire.
 * A paused application resumes where it was paused (see `allowedTransitions`); a retired one can only be
 * reopened as an idea.
 */
export const STAGE_TRANSITIONS: Readonly<Record<Stage, readonly Stage[]>> = {
  idea: ['evaluating', 'retired'],
  evaluating: ['pilot', 'idea', 'paused', 'retired'],
  pilot: ['expanding', 'evaluating', 'paused', 'retired'],
  expanding: ['scaled', 'pilot', 'paused', 'retired'],
  scaled: ['expanding', 'paused', 'retired'],
  paused: ['evaluating', 'retired'],
  retired: ['idea'],
};

/**
 * Where an application can go next. A paused one may also resume at the stage it was paused from
 * (`pausedFrom`, read from its transition history); without one it can only be re-evaluated or retired.
 */
export function allowedTransitions(from: Stage, pausedFrom?: Stage | null): Stage[] {
  const moves = [...STAGE_TRANSITIONS[from]];
  if (from === 'paused' && pausedFrom && pausedFrom !== 'paused' && !moves.includes(pausedFrom)) {
    moves.unshift(pausedFrom);
  }
  return moves;
}

export type TransitionCheck = { allowed: true } | { allowed: false; reason: string };

/** Whether `from → to` is allowed, and if not, a sentence saying why and what is. */
export function checkTransition(from: Stage, to: Stage, pausedFrom?: Stage | null): TransitionCheck {
  if (from === to) return { allowed: false, reason: `The application is already at stage “${to}”.` };
  const moves = allowedTransitions(from, pausedFrom);
  if (moves.includes(to)) return { allowed: true };
  return {
    allowed: false,
    reason: `An application at stage “${from}” cannot move to “${to}”; allowed: ${moves.join(', ')}.`,
  };
}
