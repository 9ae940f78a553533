import { assessLoop, countNoun, type LoopHealth, type LoopKind, loopKinds, MIN_GROUP } from '@trellis/core';
import { and, asc, eq, inArray, max, or, sql } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { selectRows } from '../../../platform/db/rows';
import type { Tx } from '../../../platform/db/types';
import { notify } from '../../../platform/notifications/notifications';
import { applications } from '../../portfolio/portfolio-schema';
import { feedback, outputs, reviews, workflows } from '../../quality/quality-schema';
import { experiments, loopAlerts } from '../learning-schema';

/** Stages in which an application is expected to keep its feedback loops turning. */
const LIVE_STAGES = ['pilot', 'expanding', 'scaled'] as const;

type LastActivity = Map<string, Date>;

const latest = (rows: { applicationId: string | null; at: Date | string | null }[]): LastActivity =>
  new Map(rows.filter((r) => r.applicationId && r.at).map((r) => [r.applicationId!, new Date(r.at!)]));

/** Last end-user feedback on any output of the applications' workflows. */
async function lastFeedback(tx: Tx, ids: string[]): Promise<LastActivity> {
  return latest(
    await tx
      .select({ applicationId: workflows.applicationId, at: max(feedback.createdAt) })
      .from(feedback)
      .innerJoin(outputs, eq(outputs.id, feedback.outputId))
      .innerJoin(workflows, eq(workflows.id, outputs.workflowId))
      .where(inArray(workflows.applicationId, ids))
      .groupBy(workflows.applicationId),
  );
}

async function lastReview(tx: Tx, ids: string[]): Promise<LastActivity> {
  return latest(
    await tx
      .select({ applicationId: workflows.applicationId, at: max(reviews.createdAt) })
      .from(reviews)
      .innerJoin(workflows, eq(workflows.id, reviews.workflowId))
      .where(inArray(workflows.applicationId, ids))
      .groupBy(workflows.applicationId),
  );
}

async function lastExperiment(tx: Tx, ids: string[]): Promise<LastActivity> {
  return latest(
    await tx
      .select({ applicationId: experiments.applicationId, at: max(experiments.updatedAt) })
      .from(experiments)
      .where(inArray(experiments.applicationId, ids))
      .groupBy(experiments.applicationId),
  );
}

/**
 * Last pulse of the application's people: the latest close of a pulse round whose results show (at least
 * MIN_GROUP answers: whether a smaller group answered at all is never given away),
 * on a survey of one of the application's org units, a unit above one (its rounds reach the units below)
 * or a unit below one. Only closed rounds count — the time of single answers is never read, so the loop
 * says nothing about when one person answered (capacity keeps pulse answers untraceable).
 */
async function lastPulse(tx: Tx, ids: string[], now: Date): Promise<LastActivity> {
  const rows = await selectRows<{ application_id: string; at: Date | string | null }>(
    tx,
    sql`WITH RECURSIVE
      app_units AS (
        SELECT application_id, org_unit_id FROM application_units
        WHERE application_id IN (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})
      ),
      below (application_id, unit_id) AS (
        SELECT application_id, org_unit_id FROM app_units
        UNION
        SELECT below.application_id, u.id FROM org_units u JOIN below ON u.parent_id = below.unit_id
      ),
      above (application_id, unit_id) AS (
        SELECT application_id, org_unit_id FROM app_units
        UNION
        SELECT above.application_id, u.parent_id FROM org_units u JOIN above ON u.id = above.unit_id
        WHERE u.parent_id IS NOT NULL
      ),
      related AS (SELECT * FROM below UNION SELECT * FROM above)
    SELECT related.application_id, max(coalesce(r.closed_at, r.closes_at)) AS at
    FROM related
    JOIN pulse_surveys s ON s.org_unit_id = related.unit_id
    JOIN pulse_rounds r ON r.survey_id = s.id
    WHERE coalesce(r.closed_at, r.closes_at) <= ${now.toISOString()}::timestamptz
      AND (SELECT count(*) FROM pulse_responses x WHERE x.round_id = r.id) >= ${MIN_GROUP}
    GROUP BY related.application_id`,
  );
  return latest(rows.map((r) => ({ applicationId: r.application_id, at: r.at })));
}

const readers: Record<LoopKind, (tx: Tx, ids: string[], now: Date) => Promise<LastActivity>> = {
  end_user_feedback: lastFeedback,
  reviews: lastReview,
  pulse: lastPulse,
  experiments: lastExperiment,
};

export interface ApplicationLoops {
  application: { id: string; name: string; stage: string; ownerId: string | null };
  loops: (LoopHealth & { alerted: boolean })[];
}

/** The loops of every live application (pilot, expanding, scaled) or one with experiments, with last activity. */
export async function listLoopHealth(tx: Tx, ctx: OrgContext, now: Date): Promise<ApplicationLoops[]> {
  const experimenting = tx
    .selectDistinct({ id: experiments.applicationId })
    .from(experiments)
    .where(eq(experiments.organizationId, ctx.organizationId));
  const apps = await tx
    .select()
    .from(applications)
    .where(
      and(
        eq(applications.organizationId, ctx.organizationId),
        or(inArray(applications.stage, [...LIVE_STAGES]), inArray(applications.id, experimenting)),
      ),
    )
    .orderBy(asc(applications.name));
  if (!apps.length) return [];
  const ids = apps.map((a) => a.id);
  const activity = {} as Record<LoopKind, LastActivity>;
  for (const loop of loopKinds) activity[loop] = await readers[loop](tx, ids, now);
  const alerts = await tx.select().from(loopAlerts).where(inArray(loopAlerts.applicationId, ids));
  return apps.map((a) => ({
    application: { id: a.id, name: a.name, stage: a.stage, ownerId: a.ownerId },
    loops: loopKinds.map((loop) => ({
      ...assessLoop({ loop, lastActivityAt: activity[loop].get(a.id) ?? null, since: a.createdAt, now }),
      alerted: alerts.some((x) => x.applicationId === a.id && x.loop === loop),
    })),
  }));
}

/**
 * Raises an alert for each loop that went quiet (once: the owner, or the leads when there is none, get a
 * notification) and clears alerts of loops that are active again.
 */
export async function checkLoops(tx: Tx, ctx: OrgContext, now: Date) {
  let raised = 0;
  for (const { application, loops } of await listLoopHealth(tx, ctx, now)) {
    for (const loop of loops) {
      if (loop.status === 'quiet' && !loop.alerted) {
        await tx.insert(loopAlerts).values({
          organizationId: ctx.organizationId,
          applicationId: application.id,
          loop: loop.loop,
          raisedAt: now,
        });
        await notify(
          tx,
          ctx.organizationId,
          application.ownerId ? { userIds: [application.ownerId] } : { roles: ['lead', 'admin'] },
          {
            kind: 'loop.quiet',
            title: `${application.name}: the ${loop.loop.replaceAll('_', ' ')} loop has gone quiet`,
            body: loop.lastActivityAt
              ? `No activity for ${countNoun(loop.quietDays ?? 0, 'day')}; expected every ${loop.cadenceDays}.`
              : `No activity yet; expected every ${countNoun(loop.cadenceDays, 'day')}.`,
            link: '/learning/loops',
            entityType: 'application',
            entityId: application.id,
          },
        );
        raised++;
      } else if (loop.status === 'active' && loop.alerted) {
        await tx
          .delete(loopAlerts)
          .where(and(eq(loopAlerts.applicationId, application.id), eq(loopAlerts.loop, loop.loop)));
      }
    }
  }
  return raised;
}
