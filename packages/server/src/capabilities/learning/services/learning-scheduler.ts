import { nextWeeklyRun } from '@trellis/core';
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Database, Tx } from '../../../platform/db/types';
import { type JobLog, runPeriodically } from '../../../platform/jobs/periodic';
import { learningSchedules } from '../learning-schema';
import { sendDigest } from './digest';
import type { DigestEmailOptions } from './digest-email';
import { checkLoops } from './loop-health';

const DAY_MS = 86_400_000;

interface Job {
  next(now: Date): Date;
  run(
    tx: Tx,
    ctx: OrgContext,
    window: { since: Date; until: Date },
    email: DigestEmailOptions | null,
  ): Promise<unknown>;
}

/** The learning jobs each organization runs once per period, whichever server claims them. */
export const learningJobs: Record<string, Job> = {
  'digest.weekly': {
    next: (now) => nextWeeklyRun(now),
    run: (tx, ctx, w, email) => sendDigest(tx, ctx, w, email),
  },
  'loops.daily': {
    next: (now) => new Date(now.getTime() + DAY_MS),
    run: (tx, ctx, w) => checkLoops(tx, ctx, w.until),
  },
};

const systemContext = (organizationId: string): OrgContext => ({
  organizationId,
  role: 'owner',
  actor: { type: 'system', id: null, name: 'Trellis scheduler' },
  requestId: 'scheduler',
});

/** Gives every organization a schedule row for every job (new organizations get theirs on the next tick). */
async function ensureSchedules(db: Database, now: Date) {
  await db.system(async (tx) => {
    for (const [job, spec] of Object.entries(learningJobs)) {
      await tx.execute(
        sql`INSERT INTO learning_schedules (organization_id, job, next_run_at)
            SELECT id, ${job}, ${spec.next(now).toISOString()} FROM organizations
            ON CONFLICT DO NOTHING`,
      );
    }
  });
}

/**
 * Runs every due job once. Each run is one transaction that claims its schedule row with
 * `FOR UPDATE SKIP LOCKED`, does the work and moves the row to the next period before committing, so
 * with any number of servers each organization's job runs exactly once per period.
 */
export async function runDueLearningJobs(
  db: Database,
  now = new Date(),
  email: DigestEmailOptions | null = null,
): Promise<number> {
  await ensureSchedules(db, now);
  let ran = 0;
  for (;;) {
    const claimed = await db.system(async (tx) => {
      const [due] = await tx
        .select()
        .from(learningSchedules)
        .where(lte(learningSchedules.nextRunAt, now))
        .orderBy(asc(learningSchedules.nextRunAt))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!due) return false;
      const job = learningJobs[due.job];
      if (job) {
        const since = due.lastRunAt ?? new Date(now.getTime() - 7 * DAY_MS);
        await job.run(tx, systemContext(due.organizationId), { since, until: now }, email);
      }
      await tx
        .update(learningSchedules)
        .set({
          nextRunAt: job ? job.next(now) : new Date(now.getTime() + 7 * DAY_MS),
          lastRunAt: now,
          runs: due.runs + 1,
        })
        .where(
          and(eq(learningSchedules.organizationId, due.organizationId), eq(learningSchedules.job, due.job)),
        );
      return true;
    });
    if (!claimed) return ran;
    ran++;
  }
}

/**
 * Checks for due jobs every `intervalMs` until stopped; errors are logged and the loop goes on. With
 * `email` (SMTP configured), digests are also written to the e-mail outbox.
 */
export function startLearningScheduler(
  db: Database,
  log: JobLog,
  intervalMs = 60_000,
  email: DigestEmailOptions | null = null,
) {
  return runPeriodically(() => runDueLearningJobs(db, new Date(), email), {
    job: 'learning-scheduler',
    intervalMs,
    firstDelayMs: Math.min(intervalMs, 5_000),
    log,
    failure: 'learning jobs failed',
  });
}
