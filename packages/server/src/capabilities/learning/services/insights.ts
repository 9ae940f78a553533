import {
  canTransition,
  describeRefusedTransition,
  type EvidenceStance,
  type InsightStatus,
  insightTransitions,
} from '@trellis/core';
import { and, arrayContains, asc, desc, eq, inArray, lt, or, type SQL } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { conflict, fieldError, notFound } from '../../../platform/http/problem';
import { enqueueWebhookEvent } from '../../../platform/webhooks/webhooks';
import { orgUnits } from '../../capacity/capacity-schema';
import { type EvidenceKindName, type EvidenceSummary, evidenceKinds } from '../../evidence/index';
import { changeProposals, insightEvidence, insights, insightUnits } from '../learning-schema';
import { actingPerson } from './learning-actor';
import { indexSearchDocument } from './search';

export type InsightRow = typeof insights.$inferSelect;
export type EvidenceRow = typeof insightEvidence.$inferSelect;

export interface EvidenceInput {
  kind: EvidenceKindName;
  entityId: string;
  stance: EvidenceStance;
  note?: string | undefined;
}

export interface NewInsight {
  statement: string;
  detail?: string | undefined;
  tags?: string[] | undefined;
  workflowKinds?: string[] | undefined;
  unitIds?: string[] | undefined;
  evidence?: EvidenceInput[] | undefined;
}

async function checkUnits(tx: Tx, ctx: OrgContext, ids: string[]) {
  if (!ids.length) return;
  const found = await tx
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(and(eq(orgUnits.organizationId, ctx.organizationId), inArray(orgUnits.id, ids)));
  const known = new Set(found.map((u) => u.id));
  const missing = ids.findIndex((id) => !known.has(id));
  if (missing >= 0)
    throw fieldError(`body.unitIds.${missing}`, 'No org unit with this id in the organization.');
}

async function checkEvidence(tx: Tx, ctx: OrgContext, items: EvidenceInput[], path: (i: number) => string) {
  for (const [i, item] of items.entries()) {
    const found = await evidenceKinds[item.kind].resolve(tx, ctx, [item.entityId]);
    if (!found.has(item.entityId))
      throw fieldError(
        path(i),
        `No ${evidenceKinds[item.kind].label.toLowerCase()} with this id in the organization.`,
      );
  }
}

async function index(tx: Tx, insight: InsightRow) {
  await indexSearchDocument(tx, insight.organizationId, {
    kind: 'insight',
    entityId: insight.id,
    title: insight.statement,
    body: [insight.detail, insight.tags.join(' '), insight.workflowKinds.join(', ')]
      .filter(Boolean)
      .join('\n'),
    tags: insight.tags,
    link: `/learning/insights/${insight.id}`,
  });
}

export async function createInsight(tx: Tx, ctx: OrgContext, input: NewInsight) {
  const unitIds = [...new Set(input.unitIds ?? [])];
  await checkUnits(tx, ctx, unitIds);
  const evidence = input.evidence ?? [];
  await checkEvidence(tx, ctx, evidence, (i) => `body.evidence.${i}.entityId`);
  const [row] = await tx
    .insert(insights)
    .values({
      organizationId: ctx.organizationId,
      statement: input.statement,
      detail: input.detail ?? '',
      tags: [...new Set(input.tags ?? [])],
      workflowKinds: [...new Set(input.workflowKinds ?? [])],
      createdBy: actingPerson(ctx),
    })
    .returning();
  const insight = row!;
  if (unitIds.length)
    await tx.insert(insightUnits).values(
      unitIds.map((orgUnitId) => ({
        organizationId: ctx.organizationId,
        insightId: insight.id,
        orgUnitId,
      })),
    );
  for (const item of dedupe(evidence)) await insertEvidence(tx, ctx, insight.id, item);
  await index(tx, insight);
  await recordAudit(tx, ctx, {
    action: 'insight.created',
    entityType: 'insight',
    entityId: insight.id,
    after: { statement: insight.statement, tags: insight.tags, unitIds, evidence },
  });
  return insight;
}

const dedupe = (items: EvidenceInput[]) => [
  ...new Map(items.map((e) => [`${e.kind}:${e.entityId}`, e])).values(),
];

async function insertEvidence(tx: Tx, ctx: OrgContext, insightId: string, item: EvidenceInput) {
  const [row] = await tx
    .insert(insightEvidence)
    .values({
      organizationId: ctx.organizationId,
      insightId,
      kind: item.kind,
      entityId: item.entityId,
      stance: item.stance,
      note: item.note ?? '',
      addedBy: actingPerson(ctx),
    })
    .onConflictDoNothing()
    .returning();
  return row;
}

export async function getInsight(tx: Tx, ctx: OrgContext, id: string): Promise<InsightRow> {
  const [row] = await tx
    .select()
    .from(insights)
    .where(and(eq(insights.organizationId, ctx.organizationId), eq(insights.id, id)));
  if (!row) throw notFound('The insight');
  return row;
}

export async function addEvidence(tx: Tx, ctx: OrgContext, insightId: string, item: EvidenceInput) {
  const insight = await getInsight(tx, ctx, insightId);
  if (insight.status === 'rejected') throw conflict('The insight is rejected; its evidence trail is closed.');
  await checkEvidence(tx, ctx, [item], () => 'body.entityId');
  const row = await insertEvidence(tx, ctx, insightId, item);
  if (!row) throw conflict('This object is already on the insight’s evidence trail.');
  await recordAudit(tx, ctx, {
    action: 'insight.evidence_added',
    entityType: 'insight',
    entityId: insightId,
    after: { kind: item.kind, entityId: item.entityId, stance: item.stance },
  });
  return row;
}

/** Moves an insight along emerging → confirmed → rejected; confirming needs supporting evidence. */
export async function decideInsight(
  tx: Tx,
  ctx: OrgContext,
  id: string,
  input: { status: InsightStatus; note?: string | undefined },
) {
  const before = await getInsight(tx, ctx, id);
  if (!canTransition(insightTransitions, before.status, input.status))
    throw conflict(
      `The insight cannot become ${input.status}. ${describeRefusedTransition(insightTransitions, before.status, input.status)}`,
    );
  if (input.status === 'confirmed') {
    const support = await tx
      .select({ id: insightEvidence.id })
      .from(insightEvidence)
      .where(and(eq(insightEvidence.insightId, id), eq(insightEvidence.stance, 'supporting')))
      .limit(1);
    if (!support.length) throw conflict('Add supporting evidence before confirming the insight.');
  }
  const now = new Date();
  const [row] = await tx
    .update(insights)
    .set({
      status: input.status,
      decidedBy: actingPerson(ctx),
      decidedAt: now,
      decisionNote: input.note ?? '',
      updatedAt: now,
    })
    .where(eq(insights.id, id))
    .returning();
  const insight = row!;
  await recordAudit(tx, ctx, {
    action: `insight.${input.status}`,
    entityType: 'insight',
    entityId: id,
    before: { status: before.status },
    after: { status: input.status, note: insight.decisionNote },
  });
  if (input.status === 'confirmed')
    await enqueueWebhookEvent(tx, ctx.organizationId, 'insight.confirmed', {
      insightId: id,
      statement: insight.statement,
      tags: insight.tags,
      decidedBy: ctx.actor.name,
    });
  return insight;
}

export async function listInsights(
  tx: Tx,
  ctx: OrgContext,
  filter: { status?: InsightStatus | undefined; tag?: string | undefined },
  page: { limit: number; before?: [string, string] | undefined },
) {
  const conditions: (SQL | undefined)[] = [eq(insights.organizationId, ctx.organizationId)];
  if (filter.status) conditions.push(eq(insights.status, filter.status));
  if (filter.tag) conditions.push(arrayContains(insights.tags, [filter.tag]));
  if (page.before) {
    const at = new Date(page.before[0]);
    conditions.push(
      or(lt(insights.createdAt, at), and(eq(insights.createdAt, at), lt(insights.id, page.before[1]))),
    );
  }
  return tx
    .select()
    .from(insights)
    .where(and(...conditions))
    .orderBy(desc(insights.createdAt), desc(insights.id))
    .limit(page.limit);
}

export interface TrailItem {
  evidence: EvidenceRow;
  /** null when the cited object has since been deleted. */
  summary: EvidenceSummary | null;
}

/** An insight with its scope, its evidence (resolved by kind, oldest first) and its change proposals. */
export async function getInsightTrail(tx: Tx, ctx: OrgContext, id: string) {
  const insight = await getInsight(tx, ctx, id);
  const units = await tx
    .select({ id: orgUnits.id, name: orgUnits.name })
    .from(insightUnits)
    .innerJoin(orgUnits, eq(orgUnits.id, insightUnits.orgUnitId))
    .where(eq(insightUnits.insightId, id))
    .orderBy(asc(orgUnits.name));
  const evidence = await tx
    .select()
    .from(insightEvidence)
    .where(eq(insightEvidence.insightId, id))
    .orderBy(asc(insightEvidence.createdAt));
  const resolved = new Map<string, EvidenceSummary>();
  for (const kind of Object.keys(evidenceKinds) as EvidenceKindName[]) {
    const ids = evidence.filter((e) => e.kind === kind).map((e) => e.entityId);
    if (!ids.length) continue;
    for (const [entityId, summary] of await evidenceKinds[kind].resolve(tx, ctx, ids))
      resolved.set(`${kind}:${entityId}`, summary);
  }
  const proposals = await tx
    .select()
    .from(changeProposals)
    .where(eq(changeProposals.insightId, id))
    .orderBy(asc(changeProposals.createdAt));
  const trail: TrailItem[] = evidence.map((e) => ({
    evidence: e,
    summary: resolved.get(`${e.kind}:${e.entityId}`) ?? null,
  }));
  return { insight, units, trail, proposals };
}
