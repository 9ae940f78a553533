import { countNoun } from '@trellis/core';
import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { notify } from '../../../platform/notifications/notifications';
import { enqueueWebhookEvent } from '../../../platform/webhooks/webhooks';
import { experiments, follows, insightEvidence, insights, insightUnits } from '../learning-schema';
import { type DigestEmailOptions, enqueueDigestEmails } from './digest-email';

export interface DigestWindow {
  since: Date;
  until: Date;
}

interface DigestItem {
  kind: 'insight' | 'experiment';
  id: string;
  title: string;
  link: string;
  /** What a follow has to name for this item to reach its follower. */
  tags: string[];
  units: string[];
  applications: string[];
}

/** Confirmed insights and recorded experiment results of the window, with what they can be followed by. */
async function itemsOf(tx: Tx, organizationId: string, w: DigestWindow): Promise<DigestItem[]> {
  const confirmed = await tx
    .select()
    .from(insights)
    .where(
      and(
        eq(insights.organizationId, organizationId),
        eq(insights.status, 'confirmed'),
        gte(insights.decidedAt, w.since),
        lt(insights.decidedAt, w.until),
      ),
    );
  const ids = confirmed.map((i) => i.id);
  const units = ids.length
    ? await tx.select().from(insightUnits).where(inArray(insightUnits.insightId, ids))
    : [];
  const cited = ids.length
    ? await tx
        .select({ insightId: insightEvidence.insightId, applicationId: experiments.applicationId })
        .from(insightEvidence)
        .innerJoin(experiments, sql`${experiments.id}::text = ${insightEvidence.entityId}`)
        .where(and(inArray(insightEvidence.insightId, ids), eq(insightEvidence.kind, 'experiment')))
    : [];
  const results = await tx
    .select()
    .from(experiments)
    .where(
      and(
        eq(experiments.organizationId, organizationId),
        gte(experiments.resultRecordedAt, w.since),
        lt(experiments.resultRecordedAt, w.until),
      ),
    );
  return [
    ...confirmed.map((i) => ({
      kind: 'insight' as const,
      id: i.id,
      title: i.statement,
      link: `/learning/insights/${i.id}`,
      tags: i.tags,
      units: units.filter((u) => u.insightId === i.id).map((u) => u.orgUnitId),
      applications: cited.filter((c) => c.insightId === i.id).map((c) => c.applicationId),
    })),
    ...results.map((e) => ({
      kind: 'experiment' as const,
      id: e.id,
      title: `${e.title}: ${e.result}`,
      link: `/learning/experiments/${e.id}`,
      tags: [],
      units: [],
      applications: [e.applicationId],
    })),
  ];
}

/** Each follower's items: those whose tags, units or applications they follow. */
export async function composeDigests(tx: Tx, organizationId: string, w: DigestWindow) {
  const items = await itemsOf(tx, organizationId, w);
  const rows = await tx.select().from(follows).where(eq(follows.organizationId, organizationId));
  const byUser = new Map<string, DigestItem[]>();
  for (const item of items) {
    const keys = new Set([
      ...item.tags.map((t) => `tag:${t}`),
      ...item.units.map((u) => `unit:${u}`),
      ...item.applications.map((a) => `application:${a}`),
    ]);
    for (const f of rows) {
      if (!keys.has(`${f.kind}:${f.target}`)) continue;
      const list = byUser.get(f.userId) ?? [];
      if (!list.some((x) => x.id === item.id)) list.push(item);
      byUser.set(f.userId, list);
    }
  }
  return { items, byUser };
}

/**
 * Sends the window's digest: one inbox notification per follower with something to read, a
 * `digest.weekly` webhook event, an audit event and — when e-mail is configured — one outbox row per
 * follower who keeps the e-mail on (sent later by digest-mailer.ts), all in the caller's transaction.
 */
export async function sendDigest(
  tx: Tx,
  ctx: OrgContext,
  w: DigestWindow,
  email: DigestEmailOptions | null = null,
) {
  const { items, byUser } = await composeDigests(tx, ctx.organizationId, w);
  const mails: { userId: string; subject: string; items: DigestItem[] }[] = [];
  for (const [userId, list] of byUser) {
    const insightsN = list.filter((i) => i.kind === 'insight').length;
    const experimentsN = list.length - insightsN;
    const title = `Your learning digest: ${plural(insightsN, 'confirmed insight')}, ${plural(experimentsN, 'experiment result')}`;
    mails.push({ userId, subject: title, items: list });
    await notify(
      tx,
      ctx.organizationId,
      { userIds: [userId] },
      {
        kind: 'digest.weekly',
        title,
        body: list.map((i) => `${i.kind === 'insight' ? 'Insight' : 'Experiment'}: ${i.title}`).join('\n'),
        link: '/learning/month',
        entityType: 'digest',
        entityId: w.until.toISOString(),
      },
    );
  }
  const emails = email ? await enqueueDigestEmails(tx, ctx, mails, w, email) : 0;
  const summary = {
    since: w.since.toISOString(),
    until: w.until.toISOString(),
    recipients: byUser.size,
    insights: items.filter((i) => i.kind === 'insight').map((i) => ({ id: i.id, statement: i.title })),
    experiments: items.filter((i) => i.kind === 'experiment').map((i) => ({ id: i.id, title: i.title })),
  };
  await enqueueWebhookEvent(tx, ctx.organizationId, 'digest.weekly', summary);
  await recordAudit(tx, ctx, {
    action: 'digest.sent',
    entityType: 'digest',
    entityId: w.until.toISOString(),
    after: { since: summary.since, recipients: summary.recipients, emails, items: items.length },
  });
  return { ...summary, emails };
}

const plural = (n: number, word: string) => countNoun(n, word);
