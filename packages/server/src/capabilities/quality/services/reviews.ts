import { randomInt } from 'node:crypto';
import {
  type Answers,
  alarmedStrata,
  type Criterion,
  type DefectRule,
  evaluateReview,
  hashUniform,
  holdStrata,
  strataOfSegment,
} from '@trellis/core';
import {
  and,
  asc,
  eq,
  exists,
  gt,
  inArray,
  isNotNull,
  isNull,
  ne,
  notExists,
  notInArray,
  type SQLWrapper,
  sql,
} from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import { type OrgContext, requirePerson } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { conflict, notFound } from '../../../platform/http/problem';
import { notify } from '../../../platform/notifications/notifications';
import { enqueueWebhookEvent } from '../../../platform/webhooks/webhooks';
import { applications } from '../../portfolio/portfolio-schema';
import { alarms, goldItems, goldJudgments, outputs, reviewClaims, reviews } from '../quality-schema';
import { calibrationRequired, isCalibrated } from './calibration';
import { getOutput } from './outputs';
import {
  addSampledReviewToDailySums,
  addSampledReviewToSums,
  addSecondReviewToSums,
  dashboardChart,
  stepReviewCusum,
} from './quality-sums';
import { indexReviewComment } from './review-comments-search';
import { lockSamplingState, saveSamplingState } from './sampling';
import { getStandard, getWorkflow } from './workflows';

export const CLAIM_TTL_MS = 10 * 60 * 1000;
/** Share of claims that serve a gold item blind, to keep measuring each reviewer's calibration. */
export const GOLD_MIX_RATE = 0.05;
type ReviewKind = (typeof reviews.$inferSelect)['kind'];

/**
 * Claims the next output this reviewer should judge: oldest first among those queued (sampled or pulled in
 * by feedback) or waiting for a blind second review by someone else; never one another reviewer holds, so
 * each output gets one sampled (or flagged) review and at most one second review.
 *
 * The candidate is locked `FOR UPDATE SKIP LOCKED`, so two reviewers claiming at once take different rows.
 * A claim another reviewer committed while this statement ran is invisible to its snapshot (the claim is
 * a row of another table, so PostgreSQL does not re-check it on locking): once the row is ours, a fresh
 * statement looks again and passes over a held item. Submitting locks the same row, so a claim and a
 * submit on one output take turns. The queue walks a partial index of queued items in order and stops at
 * the first match; the items this reviewer skipped come last, looked at only when nothing else is left.
 */
export async function claimNext(tx: Tx, ctx: OrgContext, workflowId: string, goldMixRate = GOLD_MIX_RATE) {
  const workflow = await getWorkflow(tx, ctx, workflowId);
  const reviewerId = requirePerson(ctx, 'Reviews');
  if (!(await isCalibrated(tx, workflow.id, reviewerId))) throw calibrationRequired();
  const now = new Date();
  const gold =
    randomInt(1_000_000) < goldMixRate * 1_000_000
      ? await pickGoldFor(tx, workflow.id, reviewerId)
      : undefined;
  const candidate = gold ?? (await lockNextInQueue(tx, workflow.id, reviewerId, now));
  if (!candidate) return null;
  await tx
    .insert(reviewClaims)
    .values({
      outputId: candidate.id,
      reviewerId,
      organizationId: ctx.organizationId,
      expiresAt: new Date(now.getTime() + CLAIM_TTL_MS),
    })
    .onConflictDoUpdate({
      target: [reviewClaims.outputId, reviewClaims.reviewerId],
      set: { claimedAt: now, expiresAt: new Date(now.getTime() + CLAIM_TTL_MS), skippedAt: null },
    });
  const standard = (await getStandard(tx, workflow.id, candidate.standardVersion))!;
  // A gold item is shown as an ordinary sampled one: the check only works blind.
  const kind = gold ? ('sampled' as const) : kindOf(candidate);
  return { output: candidate, standard, kind, expiresAt: new Date(now.getTime() + CLAIM_TTL_MS) };
}

/** The oldest queued item this reviewer may take, locked; skipped items only when nothing else is left. */
async function lockNextInQueue(tx: Tx, workflowId: string, reviewerId: string, now: Date) {
  const heldByOthers = (outputId: SQLWrapper) =>
    tx
      .select({ one: sql`1` })
      .from(reviewClaims)
      .where(
        and(
          eq(reviewClaims.outputId, outputId),
          ne(reviewClaims.reviewerId, reviewerId),
          gt(reviewClaims.expiresAt, now),
        ),
      );
  const skippedByMe = tx
    .select({ one: sql`1` })
    .from(reviewClaims)
    .where(
      and(
        eq(reviewClaims.outputId, outputs.id),
        eq(reviewClaims.reviewerId, reviewerId),
        isNotNull(reviewClaims.skippedAt),
      ),
    );
  const reviewedByMe = tx
    .select({ one: sql`1` })
    .from(reviews)
    .where(and(eq(reviews.outputId, outputs.id), eq(reviews.reviewerId, reviewerId)));
  const passed: string[] = [];
  for (const skipped of [false, true]) {
    for (;;) {
      const [candidate] = await tx
        .select()
        .from(outputs)
        .where(
          and(
            eq(outputs.workflowId, workflowId),
            inArray(outputs.status, ['queued', 'second_review']),
            notExists(reviewedByMe),
            notExists(heldByOthers(outputs.id)),
            skipped ? exists(skippedByMe) : notExists(skippedByMe),
            passed.length ? notInArray(outputs.id, passed) : undefined,
          ),
        )
        .orderBy(asc(outputs.createdAt), asc(outputs.clientId))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!candidate) break;
      // Ours now: a claim committed before we got the row is visible to this new statement.
      const [held] = await heldByOthers(sql`${candidate.id}::uuid`);
      if (!held) return candidate;
      passed.push(candidate.id);
    }
  }
  return undefined;
}

/** A gold item this reviewer has neither reviewed nor judged in the queue, at random. */
async function pickGoldFor(tx: Tx, workflowId: string, reviewerId: string) {
  const reviewedByMe = tx
    .select({ one: sql`1` })
    .from(reviews)
    .where(and(eq(reviews.outputId, goldItems.outputId), eq(reviews.reviewerId, reviewerId)));
  const judgedByMe = tx
    .select({ one: sql`1` })
    .from(goldJudgments)
    .where(
      and(
        eq(goldJudgments.goldItemId, goldItems.id),
        eq(goldJudgments.reviewerId, reviewerId),
        eq(goldJudgments.context, 'queue'),
      ),
    );
  const [row] = await tx
    .select({ output: outputs })
    .from(goldItems)
    .innerJoin(outputs, eq(outputs.id, goldItems.outputId))
    .where(and(eq(goldItems.workflowId, workflowId), notExists(reviewedByMe), notExists(judgedByMe)))
    .orderBy(sql`random()`)
    .limit(1);
  return row?.output;
}

function kindOf(output: typeof outputs.$inferSelect): ReviewKind {
  if (output.status === 'second_review') return 'second';
  return output.selected ? 'sampled' : 'flagged';
}

/** Releases this reviewer's claim without judging (skip): the item goes back to the queue for others. */
export async function releaseClaim(tx: Tx, ctx: OrgContext, outputId: string): Promise<void> {
  const reviewerId = requirePerson(ctx, 'Reviews');
  await getOutput(tx, ctx, outputId);
  // The claim ends at once (others may take the item) and is marked skipped, so this reviewer's next
  // claim serves other items first.
  const now = new Date();
  await tx
    .update(reviewClaims)
    .set({ expiresAt: now, skippedAt: now })
    .where(and(eq(reviewClaims.outputId, outputId), eq(reviewClaims.reviewerId, reviewerId)));
}

export interface ReviewInput {
  answers: Answers;
  comment?: string | undefined;
  timeSpentMs: number;
}

/**
 * Records a review under the reviewer's live claim. A sampled review feeds the sampling policy and its drift
 * monitor (under the workflow's state lock) and may raise an alarm; a fraction of sampled outputs then wait
 * for a blind second review, which feeds agreement only.
 */
export async function submitReview(tx: Tx, ctx: OrgContext, outputId: string, input: ReviewInput) {
  const reviewerId = requirePerson(ctx, 'Reviews');
  // The row lock makes submits (and claims) of one output take turns, so the status read below is current.
  const [output] = await tx
    .select()
    .from(outputs)
    .where(and(eq(outputs.organizationId, ctx.organizationId), eq(outputs.id, outputId)))
    .for('update');
  if (!output) throw notFound('The output');
  const [claim] = await tx
    .delete(reviewClaims)
    .where(
      and(
        eq(reviewClaims.outputId, outputId),
        eq(reviewClaims.reviewerId, reviewerId),
        gt(reviewClaims.expiresAt, new Date()),
      ),
    )
    .returning();
  if (!claim)
    throw conflict(
      'You do not hold a live claim on this output (it expired or was never claimed); claim the next item again.',
    );
  const standard = (await getStandard(tx, output.workflowId, output.standardVersion))!;
  // A refused answer names body.answers.<key> (core's parameter under the route's `body.`; platform/http/errors.ts).
  const verdict = evaluateReview(
    standard.criteria as Criterion[],
    standard.defectRule as DefectRule,
    input.answers,
  );
  // A gold item served blind from the queue: the verdict is a calibration judgment, not a review.
  const [gold] =
    output.status === 'reviewed'
      ? await tx.select().from(goldItems).where(eq(goldItems.outputId, output.id))
      : [];
  if (gold) {
    const [judgment] = await tx
      .insert(goldJudgments)
      .values({
        organizationId: ctx.organizationId,
        goldItemId: gold.id,
        reviewerId,
        context: 'queue',
        defect: verdict.defect,
        answers: input.answers,
      })
      .returning();
    return { review: { id: judgment!.id }, verdict, alarmsRaised: [] };
  }
  if (output.status === 'reviewed' || output.status === 'released') {
    throw conflict('This output has already been reviewed.');
  }
  const kind = kindOf(output);
  const [row] = await tx
    .insert(reviews)
    .values({
      organizationId: ctx.organizationId,
      workflowId: output.workflowId,
      outputId,
      reviewerId,
      standardVersion: standard.version,
      kind,
      answers: input.answers,
      defect: verdict.defect,
      score: verdict.score,
      comment: input.comment ?? '',
      timeSpentMs: input.timeSpentMs,
      segment: output.segment,
      stratum: output.stratum,
    })
    .returning();
  if (row!.comment) await indexReviewComment(tx, row!);
  const needsSecond = kind === 'sampled' && hashUniform(output.id, 0x5ec0) < standard.doubleReviewFraction;
  await tx
    .update(outputs)
    .set({
      status: needsSecond ? 'second_review' : 'reviewed',
      ...(kind === 'second' ? {} : { defect: verdict.defect }),
    })
    .where(eq(outputs.id, outputId));
  if (kind === 'sampled') {
    await addSampledReviewToSums(tx, output, verdict.defect);
    await addSampledReviewToDailySums(tx, output, verdict.defect);
    const chart = dashboardChart(standard.policySpec);
    if (chart) await stepReviewCusum(tx, { ...row!, stratum: output.stratum }, chart, verdict.defect);
  } else if (kind === 'second' && output.defect !== null) {
    // The output keeps its sampled review's verdict (a second review never overwrites it).
    await addSecondReviewToSums(tx, output, output.defect, verdict.defect);
  }
  const raised = kind === 'sampled' ? await feedPolicy(tx, ctx, output, verdict.defect) : [];
  await enqueueWebhookEvent(tx, ctx.organizationId, 'output.reviewed', {
    outputId,
    clientId: output.clientId,
    traceId: traceIdOf(output.metadata),
    workflowId: output.workflowId,
    standardVersion: standard.version,
    // In gate mode the review is the decision on the held output: no defect releases it, a defect fixes it.
    outputStatus: needsSecond ? 'second_review' : 'reviewed',
    review: {
      id: row!.id,
      kind,
      defect: verdict.defect,
      score: verdict.score,
      failedCritical: verdict.failedCritical,
      failedMinor: verdict.failedMinor,
      // The reviewer's role only: never the person (no name, e-mail or id) leaves Trellis in a webhook.
      reviewerRole: ctx.role,
    },
    reviewedAt: row!.createdAt.toISOString(),
  });
  await recordAudit(tx, ctx, {
    action: 'review.submitted',
    entityType: 'output',
    entityId: outputId,
    after: { kind, defect: verdict.defect, score: verdict.score, standardVersion: standard.version },
  });
  return { review: row!, verdict, alarmsRaised: raised };
}

/** The trace id an output carries in its metadata (`traceId` or `trace_id`), for `output.reviewed`. */
function traceIdOf(metadata: Record<string, unknown> | null): string | null {
  const value = metadata?.traceId ?? metadata?.trace_id;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

/**
 * Folds a sampled review into the policy state; an alarm the monitor raises in a stratum holds the whole
 * segment (both judge halves) at 100%, and is recorded once per segment while one is open.
 */
async function feedPolicy(tx: Tx, ctx: OrgContext, output: typeof outputs.$inferSelect, defect: boolean) {
  const workflow = await getWorkflow(tx, ctx, output.workflowId);
  const standard = (await getStandard(tx, workflow.id))!;
  if (standard.version !== output.standardVersion) return [];
  const session = await lockSamplingState(tx, workflow, standard);
  const before = new Set(alarmedStrata(session.state));
  session.state = session.policy.observe(session.state, { stratum: output.stratum, pi: output.pi, defect });
  // Only this output's stratum stepped its chart, so a new alarm is in its segment.
  const raised = alarmedStrata(session.state).filter((s) => !before.has(s));
  const judged = standard.judgeThreshold !== null;
  for (const stratum of raised) {
    session.state = holdStrata(session.state, strataOfSegment(judged ? stratum >> 1 : stratum, judged));
  }
  await saveSamplingState(tx, workflow.id, session);
  if (raised.length === 0) return [];
  const segment = output.segment;
  const [open] = await tx
    .select({ id: alarms.id })
    .from(alarms)
    .where(and(eq(alarms.workflowId, workflow.id), eq(alarms.segment, segment), isNull(alarms.clearedAt)));
  if (open) return [];
  const stratum = raised[0]!;
  const [alarm] = await tx
    .insert(alarms)
    .values({ organizationId: ctx.organizationId, workflowId: workflow.id, segment, stratum })
    .returning();
  await enqueueWebhookEvent(tx, ctx.organizationId, 'alarm.raised', {
    alarmId: alarm!.publicId,
    workflowId: workflow.id,
    workflowName: workflow.name,
    segment,
    raisedAt: alarm!.raisedAt.toISOString(),
  });
  // The workflow's leads hear of it in their inbox and, when the server sends e-mail, by e-mail: the
  // organization's leads and the owner of the application the workflow is a task of.
  const [app] = workflow.applicationId
    ? await tx
        .select({ ownerId: applications.ownerId })
        .from(applications)
        .where(eq(applications.id, workflow.applicationId))
    : [];
  await notify(
    tx,
    ctx.organizationId,
    { roles: ['lead'], userIds: app?.ownerId ? [app.ownerId] : [] },
    {
      kind: 'alarm.raised',
      title: `Drift alarm: ${workflow.name}, segment ${segment}`,
      body: `The defect rate in segment ${segment} of ${workflow.name} rose above its quality standard. Every output of the segment is reviewed until a lead clears the alarm: look at the recent reviews, fix the cause, then clear it.`,
      link: `/quality/${workflow.id}`,
      entityType: 'alarm',
      entityId: alarm!.publicId,
    },
  );
  await recordAudit(tx, ctx, {
    action: 'alarm.raised',
    entityType: 'workflow',
    entityId: workflow.id,
    after: { alarmId: alarm!.publicId, segment, stratum },
  });
  return [stratum];
}

export async function listOpenAlarms(tx: Tx, workflowId: string) {
  return tx
    .select()
    .from(alarms)
    .where(and(eq(alarms.workflowId, workflowId), isNull(alarms.clearedAt)))
    .orderBy(asc(alarms.raisedAt));
}
