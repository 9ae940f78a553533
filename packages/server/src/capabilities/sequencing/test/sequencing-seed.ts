import { MIN_GROUP } from '@trellis/core';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Database } from '../../../platform/db/types';
import { createMember } from '../../../test/harness';
import { setOrgUnitMember, unitMemberIds } from '../../capacity/services/org-units';
import {
  answerPulse,
  closePulseRound,
  createPulseSurvey,
  inboxPulseTokens,
  startPulseRound,
} from '../../capacity/services/pulse';
import { ingestOutputs } from '../../quality/services/outputs';
import { claimNext, submitReview } from '../../quality/services/reviews';
import { createStandardVersion, createWorkflow } from '../../quality/services/workflows';

/** A person's context for calling services directly in tests and seeds. */
export const personContext = (
  organizationId: string,
  userId: string,
  role: OrgContext['role'],
  name = 'Tester',
): OrgContext => ({ organizationId, role, actor: { type: 'user', id: userId, name }, requestId: 'test' });

/** A task of the application reviewed in full (policy "full": every output sampled, π = 1). */
export async function createFullyReviewedWorkflow(
  db: Database,
  ctx: OrgContext,
  applicationId: string,
  name: string,
) {
  return db.tenant(ctx.organizationId, async (tx) => {
    const workflow = await createWorkflow(tx, ctx, { name, applicationId, samplingSalt: 7 });
    await createStandardVersion(tx, ctx, workflow.id, {
      criteria: [{ key: 'correct', label: 'Correct', kind: 'pass_fail', severity: 'critical' }],
      defectRule: { kind: 'any_critical_fail' },
      outgoingLimit: 0.05,
      limitScope: 'workflow',
      policy: 'full',
      segmentKeys: [],
      segmentCapacity: 1,
      judgeThreshold: null,
      doubleReviewFraction: 0,
    });
    return workflow;
  });
}

/** Ingests `count` outputs and has `reviewer` review each; the first `defects` are defects. */
export async function reviewOutputs(
  db: Database,
  pipeline: OrgContext,
  reviewer: OrgContext,
  workflowId: string,
  count: number,
  defects = 0,
  prefix = 'o',
) {
  await db.tenant(pipeline.organizationId, (tx) =>
    ingestOutputs(
      tx,
      pipeline,
      workflowId,
      Array.from({ length: count }, (_, i) => ({
        clientId: `${prefix}-${i}`,
        content: `Draft ${prefix} ${i}`,
      })),
    ),
  );
  for (let i = 0; i < count; i++) {
    await db.tenant(reviewer.organizationId, async (tx) => {
      const claimed = await claimNext(tx, reviewer, workflowId, 0);
      if (!claimed) throw new Error('nothing to review');
      await submitReview(tx, reviewer, claimed.output.id, {
        answers: { correct: i >= defects },
        timeSpentMs: 30_000,
      });
    });
  }
}

/**
 * A closed pulse round on the unit with the answers given (every item answered `score`), each by one of the
 * unit's people through their own link; people are added to the unit first when it has too few to ask.
 */
export async function closedPulse(
  db: Database,
  ctx: OrgContext,
  orgUnitId: string,
  scores: number[],
  now = new Date(),
) {
  const present = await db.tenant(ctx.organizationId, (tx) => unitMemberIds(tx, orgUnitId));
  for (let n = present.length; n < Math.max(MIN_GROUP, scores.length); n++) {
    const person = await createMember(db, ctx.organizationId, 'contributor');
    await db.tenant(ctx.organizationId, (tx) =>
      setOrgUnitMember(tx, ctx, orgUnitId, { userId: person.userId, role: 'member' }),
    );
  }
  await db.tenant(ctx.organizationId, async (tx) => {
    const survey = await createPulseSurvey(tx, ctx, {
      orgUnitId,
      name: 'Readiness',
      cadenceDays: 30,
      cooldownDays: 0,
    });
    const opened = new Date(now.getTime() - 2 * 86_400_000);
    const { round } = await startPulseRound(tx, ctx, survey.id, {
      closesInDays: 7,
      now: opened,
      delivery: { emailOrigin: null },
    });
    // Each person answers through the link in their own inbox.
    const tokens = await inboxPulseTokens(tx, round.id);
    for (const [i, score] of scores.entries()) {
      const answers = Object.fromEntries(survey.items.map((item) => [item.key, score]));
      await answerPulse(tx, ctx.organizationId, tokens[i]!, answers, new Date(opened.getTime() + 3_600_000));
    }
    await closePulseRound(tx, ctx, round.id, now);
  });
}
