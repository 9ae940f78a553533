import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Database } from '../../../platform/db/types';
import { demoApplication } from '../../portfolio/index';
import { proposeChange } from '../services/change-proposals';
import { sendDigest } from '../services/digest';
import { createExperiment, recordExperimentResult } from '../services/experiments';
import { follow } from '../services/follows';
import { convertIdea, decideIdea, mergeIdea, proposeIdea } from '../services/ideas';
import { addEvidence, createInsight, decideInsight } from '../services/insights';

const DAY = 86_400_000;

/**
 * The demo organization's learning: the needs-analysis pilot's experiment with its result, the insight it
 * confirmed (and one still emerging), ideas in evaluation, a follower, a gate-threshold proposal waiting
 * for a lead, and this week's digest. `owner` and `lead` decide; `contributor` proposes and follows.
 */
export async function seedLearning(
  db: Database,
  people: { owner: OrgContext; lead: OrgContext; contributor: OrgContext },
  now = new Date(),
) {
  const { owner, lead, contributor } = people;
  return db.tenant(owner.organizationId, async (tx) => {
    const pilot = await demoApplication(tx, owner, {
      name: 'AI-assisted needs analysis',
      purpose: 'Drafts needs-analysis interview guides and summaries for L&D consultants.',
      ownerId: lead.actor.id,
      stage: 'pilot',
      riskTier: 'low',
    });
    const quizzes = await demoApplication(tx, owner, {
      name: 'AI-drafted course content',
      purpose: 'Drafts assessment items for new course modules.',
      ownerId: lead.actor.id,
      stage: 'expanding',
    });

    const guides = await createExperiment(tx, lead, {
      applicationId: pilot.id,
      title: 'AI-drafted needs-analysis interview guides',
      hypothesis: 'Drafting the interview guide with AI halves preparation time without losing coverage.',
      design: 'before_after',
      metrics: [
        { name: 'Preparation hours', unit: 'h', direction: 'decrease' },
        { name: 'Coverage score', unit: '%', direction: 'increase' },
      ],
      startsOn: new Date(now.getTime() - 42 * DAY),
      endsOn: new Date(now.getTime() - 7 * DAY),
    });
    await recordExperimentResult(tx, lead, guides.id, {
      result: 'supported',
      numbers: [
        { metric: 'Preparation hours', baseline: 6, observed: 2.5, note: '12 analyses before, 12 during' },
        {
          metric: 'Coverage score',
          baseline: 81,
          observed: 84,
          note: 'Rated blind by two senior consultants',
        },
      ],
      note: 'Preparation fell from 6 h to 2.5 h per analysis; coverage held (81% → 84%).',
      decision: 'Use AI-drafted guides in every needs analysis; consultants edit before the interview.',
    });
    await createExperiment(tx, lead, {
      applicationId: quizzes.id,
      title: 'Rationale-first vs. answer-first item prompts',
      hypothesis: 'Asking for the rationale before the answer key lowers the answer-key defect rate.',
      design: 'ab',
      approaches: ['Answer first', 'Rationale first'],
      metrics: [{ name: 'Answer-key defects', unit: '%', direction: 'decrease' }],
      startsOn: new Date(now.getTime() - 10 * DAY),
    });

    const confirmed = await createInsight(tx, contributor, {
      statement: 'AI-drafted interview guides halve needs-analysis preparation without losing coverage',
      detail: 'Consultants still edit each guide; the time saved goes into the interviews themselves.',
      tags: ['needs analysis', 'interviews'],
      workflowKinds: ['needs analysis'],
      evidence: [
        { kind: 'experiment', entityId: guides.id, stance: 'supporting', note: 'Before–after, 12 analyses' },
      ],
    });
    await decideInsight(tx, lead, confirmed.id, {
      status: 'confirmed',
      note: 'Held across twelve analyses.',
    });
    const emerging = await createInsight(tx, contributor, {
      statement: 'Items drafted with the rationale first need fewer answer-key fixes',
      tags: ['quiz items'],
      workflowKinds: ['quiz drafting'],
    });
    await addEvidence(tx, contributor, emerging.id, {
      kind: 'experiment',
      entityId: guides.id,
      stance: 'contradicting',
      note: 'Not the same task; listed to keep the comparison honest.',
    });

    const survey = await proposeIdea(tx, contributor, {
      title: 'Summarise learner feedback surveys',
      description: 'Use AI to summarise free-text answers in end-of-course feedback surveys.',
    });
    const duplicate = await proposeIdea(tx, owner, {
      title: 'Feedback survey summaries',
      description: 'Summaries of course feedback for programme managers.',
    });
    await mergeIdea(tx, lead, duplicate.id, { intoId: survey.id, note: 'Same use case.' });
    await decideIdea(tx, lead, survey.id, { status: 'under_evaluation' });
    await decideIdea(tx, lead, survey.id, { status: 'accepted', note: 'Low risk, clear value.' });
    await convertIdea(tx, lead, survey.id);
    await proposeIdea(tx, contributor, {
      title: 'Role-play partner for feedback conversations',
      description: 'An AI plays the employee in practice conversations for new managers.',
    });

    await follow(tx, contributor, contributor.actor.id!, { kind: 'tag', target: 'needs analysis' });
    await follow(tx, lead, lead.actor.id!, { kind: 'application', target: quizzes.id });
    await proposeChange(tx, contributor, confirmed.id, {
      target: 'gate_threshold',
      subject: 'Pilot → expanding: preparation-time reduction',
      change: 'Require at least a 40% reduction in preparation time before expanding (was 25%).',
    });
    // The window ends after the seeding above, whose rows carry the clock's time, not `now`.
    await sendDigest(tx, owner, {
      since: new Date(now.getTime() - 7 * DAY),
      until: new Date(Date.now() + 1000),
    });
    return { pilotId: pilot.id, insightId: confirmed.id };
  });
}
