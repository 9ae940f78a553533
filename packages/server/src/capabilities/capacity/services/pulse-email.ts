import { inArray } from 'drizzle-orm';
import { users } from '../../../platform/db/tenancy-schema';
import type { Tx } from '../../../platform/db/types';
import { escapeHtml, oneLine } from '../../learning/index';
import { digestEmails } from '../../learning/learning-mail-schema';

/** A person's own pulse link, by e-mail (the digest's outbox and mailer, `kind` = `pulse`). */

export interface PulseInvitationEmail {
  userId: string;
  /** The absolute answer link, token in the fragment. */
  url: string;
}

const day = (d: Date) =>
  d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function renderPulseInvitation(input: { name: string; title: string; url: string; closesAt: Date }) {
  const closes = day(input.closesAt);
  const text = [
    `Hello ${oneLine(input.name)},`,
    '',
    `${oneLine(input.title)}. A few questions, one minute, anonymous: your answer is stored without your name, this link or the time. Open until ${closes}.`,
    '',
    `  ${input.url}`,
    '',
    'This link is yours alone and works once. Please do not forward it.',
    '',
  ].join('\n');
  const html = [
    '<!doctype html>',
    `<html><body style="font-family: sans-serif; line-height: 1.5">`,
    `<p>Hello ${escapeHtml(input.name)},</p>`,
    `<p>${escapeHtml(input.title)}. A few questions, one minute, anonymous: your answer is stored without your name, this link or the time. Open until ${escapeHtml(closes)}.</p>`,
    `<p><a href="${escapeHtml(input.url)}">Answer the pulse</a></p>`,
    `<p style="color: #666; font-size: 12px">This link is yours alone and works once. Please do not forward it.</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: oneLine(input.title), text, html };
}

/**
 * Puts each invited person's own link in the e-mail outbox, in the round's transaction. The row is kept
 * until the round closes (`digestUntil`), when the pulse schedule takes the link out of it.
 */
export async function enqueuePulseInvitationEmails(
  tx: Tx,
  organizationId: string,
  invitations: PulseInvitationEmail[],
  message: { title: string; closesAt: Date },
): Promise<number> {
  if (!invitations.length) return 0;
  const people = await tx
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .where(
      inArray(
        users.id,
        invitations.map((i) => i.userId),
      ),
    );
  const rows = invitations.flatMap((i) => {
    const person = people.find((p) => p.id === i.userId);
    if (!person) return [];
    const rendered = renderPulseInvitation({ name: person.name, url: i.url, ...message });
    return [
      {
        organizationId,
        userId: i.userId,
        kind: 'pulse' as const,
        digestUntil: message.closesAt,
        toAddress: person.email,
        subject: rendered.subject,
        textBody: rendered.text,
        htmlBody: rendered.html,
      },
    ];
  });
  if (rows.length) await tx.insert(digestEmails).values(rows);
  return rows.length;
}
