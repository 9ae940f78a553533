import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Database, Tx } from '../../../platform/db/types';
import { type JobLog, runPeriodically } from '../../../platform/jobs/periodic';
import { retryDelayMs } from '../../../platform/webhooks/webhook-dispatcher';
import { digestEmails, type MailKind } from '../learning-mail-schema';

export const MAX_MAIL_ATTEMPTS = 8;
const LEASE_MS = 5 * 60_000;

/** What the mailer needs of a transport: nodemailer's `sendMail` (a test may pass its own). */
export interface MailTransport {
  sendMail(message: {
    from: string;
    to: string;
    subject: string;
    text: string;
    html: string;
    messageId: string;
    headers: Record<string, string>;
  }): Promise<unknown>;
}

export interface MailSettings {
  /** smtp://user:pass@host:port (STARTTLS when offered) or smtps://… (TLS from the start). */
  smtpUrl: string;
  from: string;
}

export function createMailTransport(settings: MailSettings): MailTransport {
  return nodemailer.createTransport(settings.smtpUrl);
}

/** A stable Message-ID per outbox row: should a crash make a retry repeat a sent e-mail, clients see one. */
const messageIdOf = (id: string, kind: MailKind, from: string) => {
  const domain = /@([^>\s]+)/.exec(from)?.[1] ?? 'trellis.invalid';
  return `<${kind === 'digest' ? 'digest' : kind.replace('_', '-')}-${id}@${domain}>`;
};

/** Kinds whose body carries a credential (a one-time link): blanked once the e-mail is sent or given up. */
const BLANKED_AFTER_DELIVERY: ReadonlySet<MailKind> = new Set(['password_reset']);

/**
 * Puts an e-mail about a person's account (not an organization's: no tenant sees it) in the outbox, in the
 * caller's transaction; the mailer sends it like a digest e-mail.
 */
export async function enqueueAccountEmail(
  tx: Tx,
  email: {
    kind: Exclude<MailKind, 'digest'>;
    userId: string;
    to: string;
    subject: string;
    text: string;
    html: string;
  },
  now = new Date(),
): Promise<void> {
  await tx.insert(digestEmails).values({
    kind: email.kind,
    organizationId: null,
    userId: email.userId,
    digestUntil: now,
    toAddress: email.to,
    subject: email.subject,
    textBody: email.text,
    htmlBody: email.html,
    nextAttemptAt: now,
  });
}

/**
 * Sends due e-mails of the outbox (digests and account e-mails). Claiming is a short transaction that moves each claimed row's next attempt a
 * lease ahead (`FOR UPDATE SKIP LOCKED`), so several servers never send the same row at once; the SMTP
 * conversation happens outside any transaction, and its outcome is written back: sent, or retried with
 * exponential backoff until MAX_MAIL_ATTEMPTS, then failed.
 */
export async function deliverDueDigestEmails(
  db: Database,
  transport: MailTransport,
  from: string,
  opts: { now?: Date; limit?: number } = {},
) {
  const now = opts.now ?? new Date();
  const claimed = await db.system(async (tx) => {
    const due = await tx
      .select({ id: digestEmails.id })
      .from(digestEmails)
      .where(and(eq(digestEmails.status, 'pending'), lte(digestEmails.nextAttemptAt, now)))
      .orderBy(asc(digestEmails.nextAttemptAt))
      .limit(opts.limit ?? 20)
      .for('update', { skipLocked: true });
    if (!due.length) return [];
    const ids = due.map((d) => d.id);
    return tx
      .update(digestEmails)
      .set({ nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
      .where(inArray(digestEmails.id, ids))
      .returning();
  });
  let sent = 0;
  for (const email of claimed) {
    let error: string | null = null;
    try {
      await transport.sendMail({
        from,
        to: email.toAddress,
        subject: email.subject,
        text: email.textBody,
        html: email.htmlBody,
        messageId: messageIdOf(email.publicId, email.kind, from),
        headers: {
          'Auto-Submitted': 'auto-generated',
          ...(email.kind === 'digest' ? { 'X-Trellis-Digest': email.publicId } : {}),
        },
      });
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught);
    }
    const attempts = email.attempts + 1;
    if (!error) sent++;
    const status = !error ? 'sent' : attempts >= MAX_MAIL_ATTEMPTS ? 'failed' : 'pending';
    const blank = status !== 'pending' && BLANKED_AFTER_DELIVERY.has(email.kind);
    await db.system((tx) =>
      tx
        .update(digestEmails)
        .set({
          attempts,
          lastError: error,
          status,
          ...(blank ? { textBody: '', htmlBody: '' } : {}),
          sentAt: error ? null : now,
          nextAttemptAt: error ? new Date(now.getTime() + retryDelayMs(attempts)) : now,
        })
        .where(eq(digestEmails.id, email.id)),
    );
  }
  return { attempted: claimed.length, sent };
}

/** Sends due digest e-mails every `intervalMs` until stopped (only started when SMTP is configured). */
export function startDigestMailer(db: Database, settings: MailSettings, log: JobLog, intervalMs = 30_000) {
  const transport = createMailTransport(settings);
  return runPeriodically(() => deliverDueDigestEmails(db, transport, settings.from), {
    job: 'digest-mailer',
    intervalMs,
    firstDelayMs: Math.min(intervalMs, 5_000),
    log,
    failure: 'digest e-mail delivery failed',
  });
}
