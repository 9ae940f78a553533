import {
  type Answers,
  type Criterion,
  type DefectRule,
  evaluateReview,
  goldCalibration,
} from '@trellis/core';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import { type OrgContext, requirePerson } from '../../../platform/auth/request-auth';
import { memberships, users } from '../../../platform/db/tenancy-schema';
import type { Tx } from '../../../platform/db/types';
import { conflict, fieldError, HttpProblem, notFound } from '../../../platform/http/problem';
import {
  calibrationRounds,
  goldItems,
  goldJudgments,
  outputs,
  qualityStandards,
  reviews,
} from '../quality-schema';
import { getOutput } from './outputs';
import { getStandard, getWorkflow } from './workflows';

/** With at least this many gold items, a reviewer passes a calibration round before joining the queue. */
export const CALIBRATION_MIN_GOLD = 5;
export const ROUND_SIZE = 10;
export const PASS_ACCURACY = 0.8;

/** A lead promotes a reviewed output whose reviewers agree on the verdict; that verdict becomes its label. */
export async function promoteToGold(tx: Tx, ctx: OrgContext, outputId: string, note: string) {
  const output = await getOutput(tx, ctx, outputId);
  const verdicts = await tx
    .select()
    .from(reviews)
    .where(eq(reviews.outputId, output.id))
    .orderBy(reviews.createdAt);
  if (!verdicts.length) throw conflict('Only a reviewed output can become a gold item.');
  // Reviewers judge a gold item by its content: one the retention setting emptied cannot be judged.
  if (output.contentPurgedAt)
    throw conflict(
      "Its content was removed by the organization's retention setting; it cannot become a gold item.",
    );
  if (verdicts.some((r) => r.defect !== verdicts[0]!.defect)) {
    throw conflict('Its reviewers disagree on whether it is a defect; settle that before making it gold.');
  }
  const [row] = await tx
    .insert(goldItems)
    .values({
      organizationId: ctx.organizationId,
      workflowId: output.workflowId,
      outputId: output.id,
      defect: verdicts[0]!.defect,
      answers: verdicts[0]!.answers,
      note,
      promotedBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw conflict('This output is already a gold item.');
  await recordAudit(tx, ctx, {
    action: 'gold_item.promoted',
    entityType: 'output',
    entityId: output.id,
    after: { defect: row.defect, note },
  });
  return row;
}

export async function countGold(tx: Tx, workflowId: string): Promise<number> {
  return (await tx.select({ id: goldItems.id }).from(goldItems).where(eq(goldItems.workflowId, workflowId)))
    .length;
}

/** Whether the reviewer may take items from the queue: no calibration needed yet, or a passed round. */
export async function isCalibrated(tx: Tx, workflowId: string, reviewerId: string): Promise<boolean> {
  if ((await countGold(tx, workflowId)) < CALIBRATION_MIN_GOLD) return true;
  const passed = await tx
    .select({ id: calibrationRounds.id })
    .from(calibrationRounds)
    .where(
      and(
        eq(calibrationRounds.workflowId, workflowId),
        eq(calibrationRounds.reviewerId, reviewerId),
        eq(calibrationRounds.status, 'passed'),
      ),
    )
    .limit(1);
  return passed.length > 0;
}

export function calibrationRequired(): HttpProblem {
  return new HttpProblem(
    409,
    'calibration-required',
    'Take this workflow’s calibration round before reviewing its queue.',
  );
}

/** The reviewer's open round, or a new one over the newest gold items. */
export async function startRound(tx: Tx, ctx: OrgContext, workflowId: string) {
  const reviewerId = requirePerson(ctx, 'Calibration judgments');
  const workflow = await getWorkflow(tx, ctx, workflowId);
  const [open] = await tx
    .select()
    .from(calibrationRounds)
    .where(
      and(
        eq(calibrationRounds.workflowId, workflow.id),
        eq(calibrationRounds.reviewerId, reviewerId),
        eq(calibrationRounds.status, 'open'),
      ),
    );
  if (open) return describeRound(tx, open);
  const gold = await tx
    .select({ id: goldItems.id })
    .from(goldItems)
    .where(eq(goldItems.workflowId, workflow.id))
    .orderBy(desc(goldItems.createdAt))
    .limit(ROUND_SIZE);
  if (!gold.length)
    throw conflict('This workflow has no gold items yet; a lead promotes reviewed outputs to gold first.');
  const [round] = await tx
    .insert(calibrationRounds)
    .values({
      organizationId: ctx.organizationId,
      workflowId: workflow.id,
      reviewerId,
      status: 'open',
      goldItemIds: gold.map((g) => g.id),
    })
    .returning();
  return describeRound(tx, round!);
}

type RoundRow = typeof calibrationRounds.$inferSelect;

/** A round's items with their content; the gold labels show only once the round is complete. */
async function describeRound(tx: Tx, round: RoundRow) {
  const items = await tx
    .select({ gold: goldItems, output: outputs })
    .from(goldItems)
    .innerJoin(outputs, eq(outputs.id, goldItems.outputId))
    .where(inArray(goldItems.id, round.goldItemIds));
  const judged = await tx.select().from(goldJudgments).where(eq(goldJudgments.roundId, round.id));
  // Each item is judged against the standard version it was reviewed under, which may be older than today's.
  const versions = [...new Set(items.map((i) => i.output.standardVersion))];
  const standards = await tx
    .select({ version: qualityStandards.version, criteria: qualityStandards.criteria })
    .from(qualityStandards)
    .where(
      and(eq(qualityStandards.workflowId, round.workflowId), inArray(qualityStandards.version, versions)),
    );
  const done = round.status !== 'open';
  return {
    round,
    items: round.goldItemIds.map((id) => {
      const item = items.find((i) => i.gold.id === id)!;
      const mine = judged.find((j) => j.goldItemId === id);
      return {
        goldItemId: id,
        output: item.output,
        standard: {
          version: item.output.standardVersion,
          criteria: standards.find((v) => v.version === item.output.standardVersion)!.criteria as Criterion[],
        },
        judged: Boolean(mine),
        yourVerdict: mine ? mine.defect : null,
        goldVerdict: done ? item.gold.defect : null,
      };
    }),
  };
}

/** Records a verdict on one item of the reviewer's open round; the last one scores the round. */
export async function judgeInRound(
  tx: Tx,
  ctx: OrgContext,
  roundId: string,
  input: { goldItemId: string; answers: Answers },
) {
  const reviewerId = requirePerson(ctx, 'Calibration judgments');
  const [round] = await tx
    .select()
    .from(calibrationRounds)
    .where(
      and(
        eq(calibrationRounds.organizationId, ctx.organizationId),
        eq(calibrationRounds.id, roundId),
        eq(calibrationRounds.reviewerId, reviewerId),
      ),
    );
  if (!round) throw notFound('The calibration round');
  if (round.status !== 'open') throw conflict('This calibration round is complete.');
  if (!round.goldItemIds.includes(input.goldItemId))
    throw fieldError('body.goldItemId', 'is not an item of this round');
  const [gold] = await tx
    .select({ gold: goldItems, output: outputs })
    .from(goldItems)
    .innerJoin(outputs, eq(outputs.id, goldItems.outputId))
    .where(eq(goldItems.id, input.goldItemId));
  const standard = (await getStandard(tx, gold!.output.workflowId, gold!.output.standardVersion))!;
  // A refused answer is a 400 naming body.<parameter> (platform/http/errors.ts).
  const { defect } = evaluateReview(
    standard.criteria as Criterion[],
    standard.defectRule as DefectRule,
    input.answers,
  );
  const inserted = await tx
    .insert(goldJudgments)
    .values({
      organizationId: ctx.organizationId,
      goldItemId: input.goldItemId,
      reviewerId,
      context: 'calibration',
      roundId,
      defect,
      answers: input.answers,
    })
    .onConflictDoNothing()
    .returning();
  if (!inserted.length) throw conflict('You already judged this item in this round.');
  const judged = await tx
    .select({ defect: goldJudgments.defect, truth: goldItems.defect })
    .from(goldJudgments)
    .innerJoin(goldItems, eq(goldItems.id, goldJudgments.goldItemId))
    .where(eq(goldJudgments.roundId, roundId));
  let current = round;
  if (judged.length === round.goldItemIds.length) {
    const correct = judged.filter((j) => j.defect === j.truth).length;
    const status = correct / judged.length >= PASS_ACCURACY ? 'passed' : 'failed';
    [current] = (await tx
      .update(calibrationRounds)
      .set({ status, correct, completedAt: new Date() })
      .where(eq(calibrationRounds.id, roundId))
      .returning()) as [RoundRow];
    await recordAudit(tx, ctx, {
      action: `calibration.${status}`,
      entityType: 'workflow',
      entityId: round.workflowId,
      after: { roundId, correct, total: judged.length },
    });
  }
  return describeRound(tx, current);
}

/** Each reviewer's calibration on a workflow: latest round and sensitivity/specificity on all gold verdicts. */
export async function calibrationReport(tx: Tx, ctx: OrgContext, workflowId: string) {
  const workflow = await getWorkflow(tx, ctx, workflowId);
  const rounds = await tx
    .select({ round: calibrationRounds, name: users.name })
    .from(calibrationRounds)
    .innerJoin(users, eq(users.id, calibrationRounds.reviewerId))
    .where(eq(calibrationRounds.workflowId, workflow.id))
    .orderBy(desc(calibrationRounds.startedAt));
  const verdicts = await tx
    .select({ reviewerId: goldJudgments.reviewerId, judged: goldJudgments.defect, truth: goldItems.defect })
    .from(goldJudgments)
    .innerJoin(goldItems, eq(goldItems.id, goldJudgments.goldItemId))
    .where(eq(goldItems.workflowId, workflow.id));
  // Everyone with the reviewer role is listed, also before their first round: a lead sees who has not started.
  const members = await tx
    .select({ reviewerId: memberships.userId, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, ctx.organizationId), eq(memberships.role, 'reviewer')))
    .orderBy(users.name);
  const names = new Map([
    ...rounds.map((r) => [r.round.reviewerId, r.name] as const),
    ...members.map((m) => [m.reviewerId, m.name] as const),
  ]);
  const reviewerIds = [
    ...new Set([...rounds.map((r) => r.round.reviewerId), ...members.map((m) => m.reviewerId)]),
  ];
  const visible =
    ctx.role === 'reviewer' || ctx.role === 'contributor' || ctx.role === 'viewer'
      ? reviewerIds.filter((id) => id === ctx.actor.id)
      : reviewerIds;
  return {
    goldItems: await countGold(tx, workflow.id),
    required: CALIBRATION_MIN_GOLD,
    reviewers: visible.map((reviewerId) => {
      const latest = rounds.find((r) => r.round.reviewerId === reviewerId);
      const stats = goldCalibration(verdicts.filter((v) => v.reviewerId === reviewerId));
      return { reviewerId, name: names.get(reviewerId)!, latestRound: latest?.round ?? null, ...stats };
    }),
  };
}
