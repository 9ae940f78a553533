import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Database } from '../db/types';
import { type JobLog, runPeriodically } from '../jobs/periodic';
import { retryDelayMs } from '../webhooks/webhook-dispatcher';
import { blankedAfterDelivery, type MailKind, outboxEmails } from './mail-schema';
import { withOrigin } from './templates';

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

/** What the mailer says in every e-mail: its From, and the address of the web app the links lead to. */
export interface SendSettings {
  from: string;
  origin: string;
}

export function createMailTransport(settings: MailSettings): MailTransport {
  return nodemailer.createTransport(settings.smtpUrl);
}

/** A stable Message-ID per outbox row: should a crash make a retry repeat a sent e-mail, clients see one. */
const messageIdOf = (id: string, kind: MailKind, from: string) => {
  const domain = /@([^>\s]+)/.exec(from)?.[1] ?? 'trellis.invalid';
  return `<${kind === 'digest' ? 'digest' : kind.replaceAll('_', '-')}-${id}@${domain}>`;
};

/**
 * Sends due e-mails of the outbox. Claiming is a short transaction that moves each claimed row's next attempt a
 * lease ahead (`FOR UPDATE SKIP LOCKED`), so several servers never send the same row at once; the SMTP
 * conversation happens outside any transaction, and its outcome is written back: sent, or retried with
 * exponential backoff until MAX_MAIL_ATTEMPTS, then failed.
 */
export async function deliverDueEmails(
  db: Database,
  transport: MailTransport,
  send: SendSettings,
  opts: { now?: Date; limit?: number } = {},
) {
  const now = opts.now ?? new Date();
  const claimed = await db.system(async (tx) => {
    const due = await tx
      .select({ id: outboxEmails.id })
      .from(outboxEmails)
      .where(and(eq(outboxEmails.status, 'pending'), lte(outboxEmails.nextAttemptAt, now)))
      .orderBy(asc(outboxEmails.nextAttemptAt))
      .limit(opts.limit ?? 20)
      .for('update', { skipLocked: true });
    if (!due.length) return [];
    const ids = due.map((d) => d.id);
    return tx
      .update(outboxEmails)
      .set({ nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
      .where(inArray(outboxEmails.id, ids))
      .returning();
  });
  let sent = 0;
  for (const email of claimed) {
    let error: string | null = null;
    const origin = send.origin.replace(/\/$/, '');
    try {
      await transport.sendMail({
        from: send.from,
        to: email.toAddress,
        subject: email.subject,
        text: withOrigin(email.textBody, origin),
        html: withOrigin(email.htmlBody, origin),
        messageId: messageIdOf(email.publicId, email.kind, send.from),
        headers: {
          'Auto-Submitted': 'auto-generated',
          ...(email.kind === 'digest' ? { 'X-Trellis-Digest': email.publicId } : {}),
          // RFC 2369 + RFC 8058: mail clients offer one-click unsubscribe, a POST that needs no sign-in.
          ...(email.unsubscribePath
            ? {
                'List-Unsubscribe': `<${origin}${email.unsubscribePath}>`,
                'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
              }
            : {}),
        },
      });
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught);
    }
    const attempts = email.attempts + 1;
    if (!error) sent++;
    const status = !error ? 'sent' : attempts >= MAX_MAIL_ATTEMPTS ? 'failed' : 'pending';
    const blank = status !== 'pending' && blankedAfterDelivery.includes(email.kind);
    // An e-mail cancelled while it was being tried (cancelPendingEmails) stays cancelled, with its reason,
    // unless it went out: then it is logged as sent, whatever happened meanwhile.
    const cancelled = sql`${outboxEmails.status} = 'cancelled'`;
    await db.system((tx) =>
      tx
        .update(outboxEmails)
        .set({
          attempts,
          lastError: error
            ? sql`CASE WHEN ${cancelled} THEN ${outboxEmails.lastError} ELSE ${error} END`
            : null,
          status: error ? sql`CASE WHEN ${cancelled} THEN 'cancelled' ELSE ${status} END` : status,
          ...(blank ? { textBody: '', htmlBody: '' } : {}),
          sentAt: error ? null : now,
          nextAttemptAt: error ? new Date(now.getTime() + retryDelayMs(attempts)) : now,
        })
        .where(eq(outboxEmails.id, email.id)),
    );
  }
  return { attempted: claimed.length, sent };
}

/** Sends due e-mails every `intervalMs` until stopped (only started when SMTP is configured). */
export function startMailer(
  db: Database,
  settings: MailSettings & { origin: string },
  log: JobLog,
  intervalMs = 30_000,
) {
  const transport = createMailTransport(settings);
  return runPeriodically(() => deliverDueEmails(db, transport, settings), {
    job: 'mailer',
    intervalMs,
    firstDelayMs: Math.min(intervalMs, 5_000),
    log,
    failure: 'e-mail delivery failed',
  });
}
