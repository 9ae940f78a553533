import { createHmac } from 'node:crypto';
import { and, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import { newSecret, safeEqual } from '../auth/secrets';
import { beforePublicId } from '../db/public-id';
import { memberships, organizations, users } from '../db/tenancy-schema';
import type { Tx } from '../db/types';
import {
  essentialMailKinds,
  type MailKind,
  type MailStatus,
  mailKinds,
  mailPreferences,
  mailUnsubscribeKeys,
  type OptionalMailKind,
  optionalMailKinds,
  outboxEmails,
} from './mail-schema';
import { appLink, type EmailContent, renderEmail } from './templates';

/** The outbox's API: what capabilities call to send e-mail, and the preferences that decide who gets it. */

let enabled = false;

/**
 * Whether this server sends e-mail (SMTP configured), set by `buildApp` from its config. Notifications
 * and invitations write their e-mail only then, so configuring SMTP later sends no backlog of stale
 * e-mails (and the demo writes none).
 */
export function setMailEnabled(on: boolean): void {
  enabled = on;
}
export const mailEnabled = () => enabled;

export interface OutgoingEmail {
  kind: MailKind;
  /** The organization it is about; null for a person's account e-mail (no tenant sees it). */
  organizationId: string | null;
  /** The person it goes to; null for an invitee without an account. */
  userId: string | null;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** For a digest, the end of its window (one e-mail per person and window); else when it was written. */
  key?: Date | undefined;
  unsubscribePath?: string | null | undefined;
  /** What it is about, for `cancelPendingEmails`. */
  entity?: MailEntity | undefined;
}

/** What an e-mail is about: a notification's entity (type and id). */
export interface MailEntity {
  type: string;
  id: string;
}

/**
 * Puts e-mails in the outbox in the caller's transaction: they are sent exactly when what they tell
 * committed. A digest already written for the same person and window is skipped. Returns how many went in.
 */
export async function enqueueEmails(
  tx: Tx,
  emails: readonly OutgoingEmail[],
  now = new Date(),
): Promise<number> {
  if (!emails.length) return 0;
  const inserted = await tx
    .insert(outboxEmails)
    .values(
      emails.map((e) => ({
        kind: e.kind,
        organizationId: e.organizationId,
        userId: e.userId,
        digestUntil: e.key ?? now,
        toAddress: e.to,
        subject: e.subject,
        textBody: e.text,
        htmlBody: e.html,
        unsubscribePath: e.unsubscribePath ?? null,
        entityType: e.entity?.type ?? null,
        entityId: e.entity?.id ?? null,
        nextAttemptAt: now,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: outboxEmails.id });
  return inserted.length;
}

/** An e-mail about a person's account (not an organization's), in the caller's transaction. */
export async function enqueueAccountEmail(
  tx: Tx,
  email: {
    kind: 'password_reset' | 'account_notice';
    userId: string;
    to: string;
    subject: string;
    text: string;
    html: string;
  },
  now = new Date(),
): Promise<void> {
  await enqueueEmails(tx, [{ ...email, organizationId: null }], now);
}

export const isOptionalKind = (kind: MailKind): kind is OptionalMailKind =>
  !essentialMailKinds.includes(kind);

/** Who of `userIds` turned `kind` off in the organization (an essential kind: nobody). */
export async function mailOptedOut(
  tx: Tx,
  organizationId: string,
  userIds: readonly string[],
  kind: MailKind,
): Promise<Set<string>> {
  if (!userIds.length || !isOptionalKind(kind)) return new Set();
  const rows = await tx
    .select({ userId: mailPreferences.userId })
    .from(mailPreferences)
    .where(
      and(
        eq(mailPreferences.organizationId, organizationId),
        inArray(mailPreferences.userId, [...userIds]),
        eq(mailPreferences.kind, kind),
        eq(mailPreferences.enabled, false),
      ),
    );
  return new Set(rows.map((r) => r.userId));
}

export type MailPreferences = Record<OptionalMailKind, boolean>;

export async function getMailPreferences(
  tx: Tx,
  organizationId: string,
  userId: string,
): Promise<MailPreferences> {
  const rows = await tx
    .select()
    .from(mailPreferences)
    .where(and(eq(mailPreferences.organizationId, organizationId), eq(mailPreferences.userId, userId)));
  const prefs = Object.fromEntries(optionalMailKinds.map((k) => [k, true])) as MailPreferences;
  for (const row of rows) if (isOptionalKind(row.kind)) prefs[row.kind] = row.enabled;
  return prefs;
}

/** Sets some of a person's choices; kinds that cannot be turned off are refused by the caller's schema. */
export async function setMailPreferences(
  tx: Tx,
  organizationId: string,
  userId: string,
  changes: Partial<MailPreferences>,
  now = new Date(),
): Promise<MailPreferences> {
  for (const [kind, enabled] of Object.entries(changes)) {
    if (enabled === undefined || !isOptionalKind(kind as MailKind)) continue;
    await tx
      .insert(mailPreferences)
      .values({ organizationId, userId, kind: kind as MailKind, enabled, updatedAt: now })
      .onConflictDoUpdate({
        target: [mailPreferences.organizationId, mailPreferences.userId, mailPreferences.kind],
        set: { enabled, updatedAt: now },
      });
  }
  return getMailPreferences(tx, organizationId, userId);
}

// One-click unsubscribe: a token naming organization, person and kind, signed with that person's key.

const sign = (key: string, payload: string) => createHmac('sha256', key).update(payload).digest('base64url');

async function unsubscribeKeys(tx: Tx, organizationId: string, userIds: readonly string[]) {
  if (!userIds.length) return new Map<string, string>();
  await tx
    .insert(mailUnsubscribeKeys)
    .values(userIds.map((userId) => ({ organizationId, userId, key: newSecret() })))
    .onConflictDoNothing();
  const rows = await tx
    .select({ userId: mailUnsubscribeKeys.userId, key: mailUnsubscribeKeys.key })
    .from(mailUnsubscribeKeys)
    .where(
      and(
        eq(mailUnsubscribeKeys.organizationId, organizationId),
        inArray(mailUnsubscribeKeys.userId, [...userIds]),
      ),
    );
  return new Map(rows.map((r) => [r.userId, r.key]));
}

export const UNSUBSCRIBE_PATH = '/mail/unsubscribe';

/** The one-click unsubscribe paths (signed tokens) of these people for `kind` in the organization. */
export async function unsubscribePaths(
  tx: Tx,
  organizationId: string,
  userIds: readonly string[],
  kind: OptionalMailKind,
): Promise<Map<string, string>> {
  const keys = await unsubscribeKeys(tx, organizationId, userIds);
  const paths = new Map<string, string>();
  for (const [userId, key] of keys) {
    const payload = Buffer.from(`${organizationId}.${userId}.${kind}`).toString('base64url');
    paths.set(userId, `${UNSUBSCRIBE_PATH}?token=${payload}.${sign(key, payload)}`);
  }
  return paths;
}

/** What a token says, unverified: where to look up the key (the caller then verifies in that tenant). */
export function readUnsubscribeToken(token: string) {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const [organizationId, userId, kind, more] = Buffer.from(payload, 'base64url').toString('utf8').split('.');
  const uuid = /^[0-9a-f-]{36}$/;
  if (!organizationId || !userId || more !== undefined || !uuid.test(organizationId) || !uuid.test(userId))
    return null;
  if (!mailKinds.includes(kind as MailKind) || !isOptionalKind(kind as MailKind)) return null;
  return { organizationId, userId, kind: kind as OptionalMailKind, payload, signature };
}

/**
 * Turns a kind off for the person a token names, when its signature holds (in the token's organization's
 * transaction). Returns what was turned off, or null for a forged or voided token.
 */
export async function unsubscribeByToken(tx: Tx, token: string, now = new Date()) {
  const read = readUnsubscribeToken(token);
  if (!read) return null;
  const [row] = await tx
    .select({ key: mailUnsubscribeKeys.key })
    .from(mailUnsubscribeKeys)
    .where(
      and(
        eq(mailUnsubscribeKeys.organizationId, read.organizationId),
        eq(mailUnsubscribeKeys.userId, read.userId),
      ),
    );
  if (!row || !safeEqual(sign(row.key, read.payload), read.signature)) return null;
  await setMailPreferences(tx, read.organizationId, read.userId, { [read.kind]: false }, now);
  return { organizationId: read.organizationId, userId: read.userId, kind: read.kind };
}

/** Where a person chooses their e-mails in the web app. */
export const PREFERENCES_PATH = '/account/email';

export const KIND_REASONS: Record<OptionalMailKind, string> = {
  digest: 'You receive the weekly digest because you follow tags, units or applications in Trellis.',
  pulse: 'You receive pulse links because you are in a team the pulse asks.',
  decision_request: 'You receive this because you approve this kind of decision in Trellis.',
  decision_reminder: 'You receive reminders of decisions that wait for your approval in Trellis.',
  decision_escalation: 'You receive escalations of overdue decisions you are accountable for in Trellis.',
  drift_alarm: 'You receive drift alarms of the quality workflows you lead in Trellis.',
  gate_decision: 'You receive gate decisions of the expansion plans you own in Trellis.',
};

/**
 * E-mails each of `userIds` who is a member of the organization and has not turned `kind` off, in the
 * caller's transaction: one rendering per person (their name, the organization's name, their own
 * unsubscribe link). The shared mechanism behind `notify()`'s e-mail, the digest and pulse links.
 */
export async function mailMembers(
  tx: Tx,
  organizationId: string,
  kind: OptionalMailKind,
  userIds: readonly string[],
  compose: (person: { id: string; name: string; email: string }) => Omit<
    EmailContent,
    'recipientName' | 'organizationName' | 'footer'
  > & {
    key?: Date;
    reason?: string;
    entity?: MailEntity;
  },
  now = new Date(),
): Promise<number> {
  const ids = [...new Set(userIds)];
  if (!ids.length) return 0;
  const people = await tx
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .innerJoin(
      memberships,
      and(eq(memberships.userId, users.id), eq(memberships.organizationId, organizationId)),
    )
    .where(inArray(users.id, ids));
  const optedOut = await mailOptedOut(
    tx,
    organizationId,
    people.map((p) => p.id),
    kind,
  );
  const recipients = people.filter((p) => !optedOut.has(p.id));
  if (!recipients.length) return 0;
  const [org] = await tx
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  const paths = await unsubscribePaths(
    tx,
    organizationId,
    recipients.map((p) => p.id),
    kind,
  );
  const emails = recipients.map((person): OutgoingEmail => {
    const { key, reason, entity, ...content } = compose(person);
    const unsubscribePath = paths.get(person.id)!;
    const rendered = renderEmail({
      ...content,
      recipientName: person.name,
      organizationName: org?.name ?? null,
      footer: {
        reason: reason ?? KIND_REASONS[kind],
        preferencesUrl: appLink(PREFERENCES_PATH),
        unsubscribeUrl: appLink(unsubscribePath),
      },
    });
    return {
      kind,
      organizationId,
      userId: person.id,
      to: person.email,
      ...rendered,
      key,
      unsubscribePath,
      entity,
    };
  });
  return enqueueEmails(tx, emails, now);
}

/**
 * Takes the body out of e-mails of `kind` whose key (`digest_until`) has passed, such as pulse links
 * once their round closed: one not yet sent is given up with `reason`.
 */
export async function voidEmailsDue(tx: Tx, kind: MailKind, now: Date, removed: string, reason: string) {
  await tx
    .update(outboxEmails)
    .set({
      textBody: removed,
      htmlBody: `<p>${removed}</p>`,
      status: sql`CASE WHEN ${outboxEmails.status} = 'pending' THEN 'cancelled' ELSE ${outboxEmails.status} END`,
      lastError: sql`CASE WHEN ${outboxEmails.status} = 'pending' THEN ${reason} ELSE ${outboxEmails.lastError} END`,
    })
    .where(
      and(
        eq(outboxEmails.kind, kind),
        lte(outboxEmails.digestUntil, now),
        sql`${outboxEmails.textBody} <> ${removed}`,
      ),
    );
}

/**
 * Cancels the e-mails of `kinds` about `entity` that have not been sent, in the caller's transaction (the one
 * that closes what they ask for): none of them goes out after it commits, and the delivery log says why. One
 * the mailer is sending at that moment still goes, and is then logged as sent.
 */
export async function cancelPendingEmails(
  tx: Tx,
  organizationId: string,
  entity: MailEntity,
  kinds: readonly MailKind[],
  reason: string,
): Promise<void> {
  await tx
    .update(outboxEmails)
    .set({ status: 'cancelled', lastError: reason })
    .where(
      and(
        eq(outboxEmails.organizationId, organizationId),
        eq(outboxEmails.entityType, entity.type),
        eq(outboxEmails.entityId, entity.id),
        eq(outboxEmails.status, 'pending'),
        inArray(outboxEmails.kind, [...kinds]),
      ),
    );
}

/** The organization's e-mails, newest first, for the admin delivery log (never a body). */
export async function listOrganizationEmails(
  tx: Tx,
  organizationId: string,
  filter: {
    status?: MailStatus | undefined;
    kind?: MailKind | undefined;
    limit: number;
    before?: string | undefined;
  },
) {
  return tx
    .select({
      id: outboxEmails.id,
      publicId: outboxEmails.publicId,
      kind: outboxEmails.kind,
      userId: outboxEmails.userId,
      name: users.name,
      toAddress: outboxEmails.toAddress,
      subject: outboxEmails.subject,
      status: outboxEmails.status,
      attempts: outboxEmails.attempts,
      nextAttemptAt: outboxEmails.nextAttemptAt,
      lastError: outboxEmails.lastError,
      createdAt: outboxEmails.createdAt,
      sentAt: outboxEmails.sentAt,
      digestUntil: outboxEmails.digestUntil,
    })
    .from(outboxEmails)
    .leftJoin(users, eq(users.id, outboxEmails.userId))
    .where(
      and(
        eq(outboxEmails.organizationId, organizationId),
        filter.status ? eq(outboxEmails.status, filter.status) : undefined,
        filter.kind ? eq(outboxEmails.kind, filter.kind) : undefined,
        filter.before === undefined
          ? undefined
          : beforePublicId(outboxEmails, 'digest_emails', filter.before),
      ),
    )
    .orderBy(desc(outboxEmails.id))
    .limit(filter.limit);
}
