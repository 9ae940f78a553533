import { requireParameter } from '../errors';

/** The five things that don't scale by themselves (rated before a pilot expands). */
export const readinessDimensions = [
  'workflows',
  'decision_rights',
  'quality_standards',
  'change_capacity',
  'learning_orientation',
] as const;
export type ReadinessDimension = (typeof readinessDimensions)[number];

export const readinessLabels: Record<ReadinessDimension, string> = {
  workflows: 'Workflows',
  decision_rights: 'Decision rights',
  quality_standards: 'Quality standards',
  change_capacity: 'Change absorption capacity',
  learning_orientation: 'Learning orientation',
};

/** A person's 1–5 rating on the common 0–1 scale: 1 → 0, 3 → 0.5, 5 → 1. */
export function normalizeRating(rating: number): number {
  requireParameter(
    Number.isInteger(rating) && rating >= 1 && rating <= 5,
    'rating',
    'must be a whole number from 1 to 5',
  );
  return (rating - 1) / 4;
}
