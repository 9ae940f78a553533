import { and, desc, eq, sql } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Database, Tx } from '../../../platform/db/types';
import { HttpProblem } from '../../../platform/http/problem';
import { type JobLog, runPeriodically } from '../../../platform/jobs/periodic';
import { voidEmailsDue } from '../../../platform/mail/outbox';
import { notifications } from '../../../platform/notifications/notification-schema';
import { pulseRounds, pulseSurveys } from '../capacity-schema';
import { closeOverduePulseRounds, type PulseDelivery, type PulseSurveyRow, startPulseRound } from './pulse';

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

/** Opens the round; each invited person gets their own link (inbox, and e-mail when set). */
async function openRound(
  tx: Tx,
  survey: PulseSurveyRow,
  now: Date,
  delivery: PulseDelivery,
): Promise<number> {
  const ctx = systemContext(survey.organizationId);
  try {
    const opened = await startPulseRound(tx, ctx, survey.id, {
      closesInDays: survey.roundDays,
      now,
      delivery,
    });
    return opened.invited;
  } catch (error) {
    // Too few to ask (a small unit, or people asked within the cooldown): try again on a later run.
    if (error instanceof HttpProblem && error.status === 409) return 0;
    throw error;
  }
}

/**
 * Opens the due rounds of surveys set to run by themselves, ends the rounds whose time is up (their
 * closed event, their unused links deleted) and takes the links out of the inboxes and e-mails of rounds
 * that are over. Surveys are claimed with `FOR UPDATE SKIP LOCKED` and the due check runs after the claim,
 * so with several servers each round opens once.
 */
export async function runPulseSchedule(
  db: Database,
  opts: { now?: Date; limit?: number; emailOrigin?: string | null } = {},
) {
  const now = opts.now ?? new Date();
  const delivery: PulseDelivery = { emailOrigin: opts.emailOrigin ?? null };
  return db.system(async (tx) => {
    const closed = await closeOverduePulseRounds(tx, now);
    const surveys = await tx
      .select({ survey: pulseSurveys })
      .from(pulseSurveys)
      .where(eq(pulseSurveys.autoRounds, true))
      .orderBy(pulseSurveys.id)
      .limit(opts.limit ?? 50)
      .for('update', { of: pulseSurveys, skipLocked: true });
    let opened = 0;
    let invited = 0;
    for (const { survey } of surveys) {
      if (!(await isDue(tx, survey, now))) continue;
      const asked = await openRound(tx, survey, now, delivery);
      if (asked > 0) opened++;
      invited += asked;
    }
    const over = sql`EXISTS (SELECT 1 FROM ${pulseRounds} r WHERE r.id::text = ${notifications.entityId}
                AND (r.closed_at IS NOT NULL OR r.closes_at <= ${now.toISOString()}::timestamptz))`;
    const scrubbed = await tx
      .update(notifications)
      .set({ link: null })
      .where(and(eq(notifications.kind, 'pulse.invitation'), sql`${notifications.link} IS NOT NULL`, over))
      .returning({ id: notifications.id });
    // E-mails of rounds over: the link leaves the stored body; one not yet sent is not sent any more.
    await voidEmailsDue(
      tx,
      'pulse',
      now,
      'The link in this e-mail was removed when its pulse round closed.',
      'The round closed before it was sent.',
    );
    return { opened, invited, closed, scrubbed: scrubbed.length };
  });
}

/** Checks the pulse schedule every `intervalMs` until stopped, beside the other periodic jobs. */
export function startPulseScheduler(
  db: Database,
  log: JobLog,
  intervalMs = 60_000,
  email: { origin: string } | null = null,
) {
  return runPeriodically(() => runPulseSchedule(db, { emailOrigin: email?.origin ?? null }), {
    job: 'pulse-scheduler',
    intervalMs,
    log,
    failure: 'pulse schedule run failed',
  });
}
