import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import type { MailStatus } from '../../../platform/mail/mail-schema';
import { listOrganizationEmails, mailMembers } from '../../../platform/mail/outbox';
import { appLink, mailDay } from '../../../platform/mail/templates';

/** The weekly digest by e-mail: rendering (plain text + HTML, every text escaped) and the outbox rows. */

export interface DigestEmailItem {
  kind: 'insight' | 'experiment';
  title: string;
  link: string;
}

export interface DigestEmailOptions {
  /** The address people reach the web app at, for the links in the e-mail. */
  origin: string;
}

/** The digest's e-mail content in the platform template (the mailer completes the links). */
export function digestEmailContent(input: {
  subject: string;
  items: DigestEmailItem[];
  window: { since: Date; until: Date };
}) {
  const period = `${mailDay(input.window.since)} – ${mailDay(input.window.until)}`;
  return {
    subject: input.subject,
    paragraphs: [`What the tags, units and applications you follow brought (${period}):`],
    items: input.items.map((i) => ({
      label: i.kind === 'insight' ? 'Insight' : 'Experiment',
      title: i.title,
      url: appLink(i.link),
    })),
    action: { label: 'Choose what you follow', url: appLink('/learning?tab=following') },
  };
}

/**
 * Writes one outbox row per person who is still a member and has not turned the e-mail off (on the learning
 * page or the e-mail preferences page: one choice), in the digest's transaction, through the platform outbox. A digest
 * composed twice for the same window writes each e-mail once.
 */
export async function enqueueDigestEmails(
  tx: Tx,
  ctx: OrgContext,
  digests: { userId: string; subject: string; items: DigestEmailItem[] }[],
  window: { since: Date; until: Date },
  _options: DigestEmailOptions,
): Promise<number> {
  if (!digests.length) return 0;
  const ids = digests.map((d) => d.userId);
  const byUser = new Map(digests.map((d) => [d.userId, d]));
  return mailMembers(tx, ctx.organizationId, 'digest', ids, (person) => {
    const d = byUser.get(person.id)!;
    return { ...digestEmailContent({ subject: d.subject, items: d.items, window }), key: window.until };
  });
}

/** The organization's digest e-mails, newest first, for admins to see what was sent and what is failing. */
export function listDigestEmails(
  tx: Tx,
  ctx: OrgContext,
  filter: { status?: MailStatus | undefined; limit: number; before?: string | undefined },
) {
  return listOrganizationEmails(tx, ctx.organizationId, { ...filter, kind: 'digest' });
}
