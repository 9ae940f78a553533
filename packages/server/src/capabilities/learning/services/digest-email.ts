import { and, desc, eq, inArray } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { beforePublicId } from '../../../platform/db/public-id';
import { memberships, users } from '../../../platform/db/tenancy-schema';
import type { Tx } from '../../../platform/db/types';
import { type DigestEmailStatus, digestEmails, learningPreferences } from '../learning-mail-schema';

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

export const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

/** Removes line breaks, so a statement cannot add headers or break the layout of the plain text. */
export const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();

const day = (d: Date) =>
  d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function renderDigestEmail(input: {
  name: string;
  subject: string;
  items: DigestEmailItem[];
  window: { since: Date; until: Date };
  origin: string;
}) {
  const origin = input.origin.replace(/\/$/, '');
  const url = (path: string) => `${origin}${path}`;
  const label = (i: DigestEmailItem) => (i.kind === 'insight' ? 'Insight' : 'Experiment');
  const period = `${day(input.window.since)} – ${day(input.window.until)}`;
  const settings = url('/learning?tab=following');
  const text = [
    `Hello ${oneLine(input.name)},`,
    '',
    `What the tags, units and applications you follow brought (${period}):`,
    '',
    ...input.items.flatMap((i) => [`${label(i)}: ${oneLine(i.title)}`, `  ${url(i.link)}`, '']),
    `You receive this because you follow them in Trellis. To stop these e-mails, turn off “E-mail me the digest” at ${settings}`,
    '',
  ].join('\n');
  const html = [
    '<!doctype html>',
    `<html><body style="font-family: sans-serif; line-height: 1.5">`,
    `<p>Hello ${escapeHtml(input.name)},</p>`,
    `<p>What the tags, units and applications you follow brought (${escapeHtml(period)}):</p>`,
    '<ul>',
    ...input.items.map(
      (i) =>
        `<li><strong>${label(i)}:</strong> <a href="${escapeHtml(url(i.link))}">${escapeHtml(i.title)}</a></li>`,
    ),
    '</ul>',
    `<p style="color: #666; font-size: 12px">You receive this because you follow them in Trellis. <a href="${escapeHtml(settings)}">Turn these e-mails off</a>.</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: oneLine(input.subject), text, html };
}

/**
 * Writes one outbox row per person who is still a member and has not turned the e-mail off, in the
 * digest's transaction. A digest composed twice for the same window writes each e-mail once.
 */
export async function enqueueDigestEmails(
  tx: Tx,
  ctx: OrgContext,
  digests: { userId: string; subject: string; items: DigestEmailItem[] }[],
  window: { since: Date; until: Date },
  options: DigestEmailOptions,
): Promise<number> {
  if (!digests.length) return 0;
  const ids = digests.map((d) => d.userId);
  const people = await tx
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .innerJoin(
      memberships,
      and(eq(memberships.userId, users.id), eq(memberships.organizationId, ctx.organizationId)),
    )
    .where(inArray(users.id, ids));
  const optedOut = new Set(
    (
      await tx
        .select({ userId: learningPreferences.userId })
        .from(learningPreferences)
        .where(
          and(
            eq(learningPreferences.organizationId, ctx.organizationId),
            inArray(learningPreferences.userId, ids),
            eq(learningPreferences.emailDigest, false),
          ),
        )
    ).map((r) => r.userId),
  );
  const rows = digests.flatMap((d) => {
    const person = people.find((p) => p.id === d.userId);
    if (!person || optedOut.has(d.userId)) return [];
    const message = renderDigestEmail({
      name: person.name,
      subject: d.subject,
      items: d.items,
      window,
      origin: options.origin,
    });
    return [
      {
        organizationId: ctx.organizationId,
        userId: d.userId,
        digestUntil: window.until,
        toAddress: person.email,
        subject: message.subject,
        textBody: message.text,
        htmlBody: message.html,
      },
    ];
  });
  if (!rows.length) return 0;
  const inserted = await tx
    .insert(digestEmails)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: digestEmails.id });
  return inserted.length;
}

/** The organization's digest e-mails, newest first, for admins to see what was sent and what is failing. */
export async function listDigestEmails(
  tx: Tx,
  ctx: OrgContext,
  filter: { status?: DigestEmailStatus | undefined; limit: number; before?: string | undefined },
) {
  return tx
    .select({ email: digestEmails, name: users.name })
    .from(digestEmails)
    .leftJoin(users, eq(users.id, digestEmails.userId))
    .where(
      and(
        eq(digestEmails.organizationId, ctx.organizationId),
        filter.status ? eq(digestEmails.status, filter.status) : undefined,
        filter.before === undefined
          ? undefined
          : beforePublicId(digestEmails, 'digest_emails', filter.before),
      ),
    )
    .orderBy(desc(digestEmails.id))
    .limit(filter.limit);
}
