import { SELF_ASSESSMENT_QUESTIONS } from '@trellis/core';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { takeSelfAssessment } from '../services/diagnostic';

// How Northwind's program lead rates the four capabilities: decisions and quality ahead, change and learning behind.
const ANSWERS: Record<string, number> = {
  dm_rights: 4,
  dm_routine: 3,
  dm_criteria: 4,
  q_standards: 4,
  q_effort: 3,
  q_drift: 4,
  ca_load: 3,
  ca_pace: 2,
  ca_voice: 3,
  li_experiments: 3,
  li_sharing: 2,
  li_ideas: 2,
};

/**
 * The demo's self-assessment, taken by the lead after everything else is seeded, so its maturity snapshot reads
 * the demo's data. (Every question is answered; SELF_ASSESSMENT_QUESTIONS is the list.)
 */
export async function seedDiagnostic(tx: Tx, lead: OrgContext, now: Date) {
  const answers = Object.fromEntries(SELF_ASSESSMENT_QUESTIONS.map((q) => [q.key, ANSWERS[q.key] ?? 3]));
  return takeSelfAssessment(tx, lead, answers, now);
}
