import type { Tx } from '../../../platform/db/types';
import { mailMembers } from '../../../platform/mail/outbox';
import { mailDay } from '../../../platform/mail/templates';

/** A person's own pulse link, by e-mail (the platform outbox and mailer, `kind` = `pulse`). */

export interface PulseInvitationEmail {
  userId: string;
  /** The absolute answer link, token in the fragment. */
  url: string;
}

export function pulseInvitationContent(input: { title: string; url: string; closesAt: Date }) {
  const closes = mailDay(input.closesAt);
  return {
    subject: input.title,
    paragraphs: [
      `${input.title}. A few questions, one minute, anonymous: your answer is stored without your name, this link or the time. Open until ${closes}.`,
    ],
    action: { label: 'Answer the pulse', url: input.url },
    reason: 'This link is yours alone and works once. Please do not forward it.',
  };
}

/**
 * Puts each invited person's own link in the e-mail outbox (platform/mail), in the round's transaction;
 * only to the people asked, never to the lead. The row is kept until the round closes (its key), when the
 * pulse schedule takes the link out of it (`voidEmailsDue`).
 */
export async function enqueuePulseInvitationEmails(
  tx: Tx,
  organizationId: string,
  invitations: PulseInvitationEmail[],
  message: { title: string; closesAt: Date },
): Promise<number> {
  if (!invitations.length) return 0;
  const urls = new Map(invitations.map((i) => [i.userId, i.url]));
  return mailMembers(tx, organizationId, 'pulse', [...urls.keys()], (person) => ({
    ...pulseInvitationContent({
      title: message.title,
      url: urls.get(person.id)!,
      closesAt: message.closesAt,
    }),
    key: message.closesAt,
  }));
}
