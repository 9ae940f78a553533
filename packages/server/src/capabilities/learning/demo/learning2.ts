import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Database } from '../../../platform/db/types';
import { setMailPreferences } from '../../../platform/mail/outbox';
import { getRetrospective } from '../../core-review/index';
import { decideDecisionRequest } from '../../decisions/index';
import { proposeChange } from '../services/change-proposals';
import { addEvidence } from '../services/insights';

/**
 * What the learning integration adds to the demo after `seedLearning`: the confirmed insight cites the
 * pilot retrospective of `retrospectiveApplicationId` (when one is saved); a second change proposal — a
 * rubric change — goes through its decision request and is approved by the owner (the Accountable role),
 * so the insight shows one proposal accepted and the gate-threshold one still waiting; the lead keeps the
 * digest in the inbox only (e-mail off).
 */
export async function seedLearning2(
  db: Database,
  people: { owner: OrgContext; lead: OrgContext; contributor: OrgContext },
  ids: { insightId: string; retrospectiveApplicationId: string },
  now = new Date(),
) {
  const { owner, lead, contributor } = people;
  return db.tenant(owner.organizationId, async (tx) => {
    const retrospective = await getRetrospective(tx, owner, ids.retrospectiveApplicationId);
    if (retrospective)
      await addEvidence(tx, contributor, ids.insightId, {
        kind: 'retrospective',
        entityId: retrospective.id,
        stance: 'supporting',
        note: 'The content-drafting retrospective saw the same: drafting time moved to the conversation.',
      });
    const rubric = await proposeChange(tx, lead, ids.insightId, {
      target: 'rubric',
      targetId: 'pilot-admission',
      subject: 'Pilot admission rubric: preparation-time criterion',
      change: 'Add "hours of preparation saved per case" as a benefit criterion, weight 15%.',
    });
    if (rubric.decisionRequestId)
      await decideDecisionRequest(tx, owner, rubric.decisionRequestId, {
        version: 1,
        verdict: 'approve',
        comment: 'Agreed at the portfolio review: measure it in every pilot.',
        now,
      });
    await setMailPreferences(tx, lead.organizationId, lead.actor.id!, { digest: false });
    return { rubricProposalId: rubric.id };
  });
}
