import { and, desc, eq, sql } from 'drizzle-orm';
import type { OrgContext } from '../auth/request-auth';
import { orgUnits, pulseRounds, pulseSurveys } from '../db/capacity-schema';
import { notifications } from '../db/notification-schema';
import type { Database, Tx } from '../db/types';
import { HttpProblem } from '../http/problem';
import { notify } from './notifications';
import { type JobLog, runPeriodically } from './periodic';
import { type PulseSurveyRow, startPulseRound } from './pulse';

const DAY_MS = 86_400_000;

const systemContext = (organizationId: string): OrgContext => ({
  organizationId,
  role: 'owner',
  actor: { type: 'system', id: null, name: 'Pulse schedule' },
  requestId: 'pulse-schedule',
});

/** Whether an automatic survey's next round is due: none yet, or the last opened a cadence ago and is over. */
async function isDue(tx: Tx, survey: PulseSurveyRow, now: Date): Promise<boolean> {
  const [last] = await tx
    .select()
    .from(pulseRounds)
    .where(eq(pulseRounds.surveyId, survey.id))
    .orderBy(desc(pulseRounds.openedAt))
    .limit(1);
  if (!last) return true;
  const open = !last.closedAt && last.closesAt > now;
  return !open && last.openedAt.getTime() + survey.cadenceDays * DAY_MS <= now.getTime();
}

/** Opens the round and puts one link in each invited person's inbox (links are not assigned to anyone). */
async function openRound(tx: Tx, survey: PulseSurveyRow, unitName: string, now: Date): Promise<number> {
  const ctx = systemContext(survey.organizationId);
  let opened: Awaited<ReturnType<typeof startPulseRound>>;
  try {
    opened = await startPulseRound(tx, ctx, survey.id, {
      extraLinks: 0,
      closesInDays: survey.roundDays,
      now,
    });
  } catch (error) {
    // Nobody to ask (an empty unit, or everyone asked within the cooldown): try again on a later run.
    if (error instanceof HttpProblem && error.status === 400) return 0;
    throw error;
  }
  const closes = opened.round.closesAt.toISOString().slice(0, 10);
  for (const [i, userId] of opened.invited.entries()) {
    await notify(
      tx,
      survey.organizationId,
      { userIds: [userId] },
      {
        kind: 'pulse.invitation',
        title: `Pulse check-in for ${unitName}: ${survey.name}`,
        body: `A few questions, one minute, anonymous: the answer is stored without your name, this link or the time. Open until ${closes}.`,
        link: `/pulse?token=${encodeURIComponent(opened.tokens[i]!)}`,
        entityType: 'pulse_round',
        entityId: opened.round.id,
      },
    );
  }
  return opened.invited.length;
}

/**
 * Opens the due rounds of surveys set to run by themselves, and takes the links out of the inboxes once a
 * round is over. Surveys are claimed with `FOR UPDATE SKIP LOCKED` and the due check runs after the claim,
 * so with several servers each round opens once.
 */
export async function runPulseSchedule(db: Database, opts: { now?: Date; limit?: number } = {}) {
  const now = opts.now ?? new Date();
  return db.system(async (tx) => {
    const surveys = await tx
      .select({ survey: pulseSurveys, unitName: orgUnits.name })
      .from(pulseSurveys)
      .innerJoin(orgUnits, eq(orgUnits.id, pulseSurveys.orgUnitId))
      .where(eq(pulseSurveys.autoRounds, true))
      .orderBy(pulseSurveys.id)
      .limit(opts.limit ?? 50)
      .for('update', { of: pulseSurveys, skipLocked: true });
    let opened = 0;
    let invited = 0;
    for (const { survey, unitName } of surveys) {
      if (!(await isDue(tx, survey, now))) continue;
      const asked = await openRound(tx, survey, unitName, now);
      if (asked > 0) opened++;
      invited += asked;
    }
    const scrubbed = await tx
      .update(notifications)
      .set({ link: null })
      .where(
        and(
          eq(notifications.kind, 'pulse.invitation'),
          sql`${notifications.link} IS NOT NULL`,
          sql`EXISTS (SELECT 1 FROM ${pulseRounds} r WHERE r.id::text = ${notifications.entityId}
                AND (r.closed_at IS NOT NULL OR r.closes_at <= ${now.toISOString()}::timestamptz))`,
        ),
      )
      .returning({ id: notifications.id });
    return { opened, invited, scrubbed: scrubbed.length };
  });
}

/** Checks the pulse schedule every `intervalMs` until stopped, beside the other periodic jobs. */
export function startPulseScheduler(db: Database, log: JobLog, intervalMs = 60_000) {
  return runPeriodically(() => runPulseSchedule(db), {
    job: 'pulse-scheduler',
    intervalMs,
    log,
    failure: 'pulse schedule run failed',
  });
}
