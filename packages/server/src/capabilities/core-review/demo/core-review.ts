import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { createElement, type ElementInput } from '../services/core-elements';
import { rateReadiness } from '../services/readiness';
import { saveRetrospective } from '../services/retrospectives';
import { generateScalingPackage } from '../services/scaling-packages';

/** The content-drafting pilot's elements as its team placed them (value: valuable ↑, system: systematizable →). */
const ELEMENTS: ElementInput[] = [
  {
    kind: 'workflow_step',
    name: 'AI drafts the module outline',
    description: 'From the learning objectives, with the prompt library',
    position: { value: 0.75, system: 0.35 },
  },
  {
    kind: 'workflow_step',
    name: 'SME reviews every module',
    description: 'Every draft read end to end by the subject-matter expert',
    position: { value: 0.8, system: -0.7 },
    hiddenHoursPerWeek: 6,
    carriedBy: 'Subject-matter expert',
  },
  {
    kind: 'tool',
    name: 'Prompt library',
    description: 'Versioned prompts per module type',
    position: { value: 0.35, system: 0.8 },
    hiddenHoursPerWeek: 1,
    carriedBy: 'Learning designer',
  },
  {
    kind: 'role',
    name: 'Champion fixes prompts after hours',
    position: { value: 0.4, system: -0.85 },
    hiddenHoursPerWeek: 4,
    carriedBy: 'Pilot champion',
  },
  {
    kind: 'practice',
    name: 'Weekly show-and-tell',
    position: { value: -0.3, system: 0.6 },
    hiddenHoursPerWeek: 1.5,
    carriedBy: 'Pilot champion',
  },
  {
    kind: 'condition',
    name: 'Hand-picked enthusiastic team',
    position: { value: -0.8, system: -0.6 },
  },
];

const answer = (text: string) => ({ text, links: [] });

/**
 * A realistic retrospective (two versions), a placed core review and its scaling package, plus ratings of
 * the readiness dimensions Trellis cannot compute yet, for one application. `ctx` should be a lead's.
 */
export async function seedCoreReview(tx: Tx, ctx: OrgContext, applicationId: string, now = new Date()) {
  await saveRetrospective(tx, ctx, applicationId, {
    baseVersion: 0,
    answers: {
      collaboration: answer('Drafting got 4–5× faster, but the SME review became the bottleneck.'),
      conditions: answer('A dedicated SME, a hand-picked team and a champion who fixed prompts at night.'),
      sustainable: answer('The outline step and the prompt library.'),
      evolve: answer('Review must be sampled against a quality standard instead of reading everything.'),
    },
  });
  await saveRetrospective(tx, ctx, applicationId, {
    baseVersion: 1,
    answers: {
      collaboration: answer(
        'Drafting got 4–5× faster, but the SME review became the bottleneck: reviewers edit, they no longer write.',
      ),
      conditions: answer('A dedicated SME, a hand-picked team and a champion who fixed prompts at night.'),
      sustainable: answer(
        'The outline step and the prompt library; the show-and-tell only while the team is small.',
      ),
      evolve: answer(
        'Review must be sampled against a quality standard, and the prompt library needs an owner instead of the champion’s evenings.',
      ),
    },
  });
  for (const element of ELEMENTS) await createElement(tx, ctx, applicationId, element);
  const pkg = await generateScalingPackage(tx, ctx, applicationId, now);
  await rateReadiness(tx, ctx, applicationId, 'decision_rights', {
    rating: 3,
    note: 'Who approves drafts is clear; who approves external content is not.',
  });
  // No rating for change capacity: the demo's units have capacity data, so Trellis computes it (and refuses a rating).
  await rateReadiness(tx, ctx, applicationId, 'learning_orientation', {
    rating: 4,
    note: 'Weekly show-and-tell and a shared lessons page.',
  });
  return pkg;
}
