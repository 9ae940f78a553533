import { changeTargets, evidenceStances, insightStatuses, proposalStatuses } from '@trellis/core';
import { z } from 'zod';
import { type OrgContext, requireOrganization } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { decodeCursor, PageQuery, page, TimeIdCursor, toPage } from '../../../platform/http/pagination';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, IdParams, Timestamp } from '../../../platform/http/schemas';
import { evidenceKindNames, evidenceKinds } from '../../evidence/index';
import { listProposals, type ProposalRow, proposeChange } from '../services/change-proposals';
import {
  addEvidence,
  createInsight,
  decideInsight,
  getInsightTrail,
  type InsightRow,
  listInsights,
} from '../services/insights';
import { namesOf } from '../services/learning-actor';
import { LongText, learningErrors, PersonRef, ShortText, Tag, Tags } from './learning-schemas';

const Statement = ShortText(500).describe('One sentence: what was learned');
const EvidenceInput = z
  .strictObject({
    kind: z.enum(evidenceKindNames),
    entityId: z.string().trim().min(1).max(100),
    stance: z.enum(evidenceStances),
    note: LongText(1000).optional(),
  })
  .meta({ id: 'NewEvidence' });
const NewInsight = z
  .strictObject({
    statement: Statement,
    detail: LongText(8000).optional(),
    tags: Tags.optional(),
    workflowKinds: z.array(ShortText(80)).max(10).optional(),
    unitIds: z.array(Id).max(50).optional(),
    evidence: z.array(EvidenceInput).max(50).optional(),
  })
  .meta({ id: 'NewInsight' });
export const Insight = z
  .object({
    id: Id,
    statement: z.string(),
    detail: z.string(),
    status: z.enum(insightStatuses),
    tags: z.array(z.string()),
    workflowKinds: z.array(z.string()),
    decidedBy: PersonRef,
    decidedAt: Timestamp.nullable(),
    decisionNote: z.string(),
    createdAt: Timestamp,
  })
  .meta({ id: 'Insight' });
const Proposal = z
  .object({
    id: Id,
    insightId: Id,
    target: z.enum(changeTargets),
    targetId: z.string().describe('The changed object’s id in its own area; empty when not given'),
    subject: z.string(),
    change: z.string(),
    status: z.enum(proposalStatuses).describe('Follows the decision request'),
    decisionRequestId: Id.nullable().describe('The decision request that decides the proposal'),
    proposedBy: PersonRef,
    decidedBy: PersonRef,
    decidedAt: Timestamp.nullable(),
    decisionNote: z.string(),
    createdAt: Timestamp,
  })
  .meta({ id: 'ChangeProposal' });
const TrailItem = z
  .object({
    id: Id,
    kind: z.string(),
    entityId: z.string(),
    stance: z.enum(evidenceStances),
    note: z.string(),
    addedBy: PersonRef,
    createdAt: Timestamp,
    title: z.string().nullable().describe('null when the cited object no longer exists'),
    detail: z.string().nullable(),
    link: z.string().nullable(),
    occurredAt: Timestamp.nullable(),
  })
  .meta({ id: 'EvidenceTrailItem' });
const InsightDetail = Insight.extend({
  units: z.array(z.object({ id: Id, name: z.string() })),
  evidence: z.array(TrailItem),
  proposals: z.array(Proposal),
}).meta({ id: 'InsightDetail' });

type Names = Map<string, string>;
const person = (names: Names, id: string | null) =>
  id ? { id, name: names.get(id) ?? 'Former member' } : null;

const presentInsight = (i: InsightRow, names: Names): z.infer<typeof Insight> => ({
  id: i.id,
  statement: i.statement,
  detail: i.detail,
  status: i.status,
  tags: i.tags,
  workflowKinds: i.workflowKinds,
  decidedBy: person(names, i.decidedBy),
  decidedAt: i.decidedAt?.toISOString() ?? null,
  decisionNote: i.decisionNote,
  createdAt: i.createdAt.toISOString(),
});
const presentProposal = (p: ProposalRow, names: Names): z.infer<typeof Proposal> => ({
  id: p.id,
  insightId: p.insightId,
  target: p.target,
  targetId: p.targetId,
  subject: p.subject,
  change: p.change,
  status: p.status,
  decisionRequestId: p.decisionRequestId,
  proposedBy: person(names, p.proposedBy),
  decidedBy: person(names, p.decidedBy),
  decidedAt: p.decidedAt?.toISOString() ?? null,
  decisionNote: p.decisionNote,
  createdAt: p.createdAt.toISOString(),
});

export const insightRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/insights',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['learning'],
        summary: 'Insights, newest first',
        querystring: PageQuery.extend({ status: z.enum(insightStatuses).optional(), tag: Tag.optional() }),
        response: { 200: page(Insight), ...learningErrors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const { limit, cursor, ...filter } = request.query;
      const before = decodeCursor(cursor, TimeIdCursor);
      return db.tenant(ctx.organizationId, async (tx) => {
        const rows = await listInsights(tx, ctx, filter, { limit: limit + 1, before });
        const names = await namesOf(
          tx,
          rows.map((r) => r.decidedBy),
        );
        return toPage(
          rows,
          limit,
          (i) => presentInsight(i, names),
          (i) => [i.createdAt.toISOString(), i.id],
        );
      });
    },
  );

  const detail = async (tx: Tx, ctx: OrgContext, id: string) => {
    const { insight, units, trail, proposals } = await getInsightTrail(tx, ctx, id);
    const names = await namesOf(tx, [
      insight.decidedBy,
      ...trail.map((t) => t.evidence.addedBy),
      ...proposals.flatMap((p) => [p.proposedBy, p.decidedBy]),
    ]);
    return {
      ...presentInsight(insight, names),
      units,
      evidence: trail.map(({ evidence: e, summary }) => ({
        id: e.id,
        kind: e.kind,
        entityId: e.entityId,
        stance: e.stance,
        note: e.note,
        addedBy: person(names, e.addedBy),
        createdAt: e.createdAt.toISOString(),
        title: summary?.title ?? null,
        detail: summary?.detail ?? null,
        link: summary?.link ?? null,
        occurredAt: summary?.occurredAt.toISOString() ?? null,
      })),
      proposals: proposals.map((p) => presentProposal(p, names)),
    };
  };

  app.post(
    '/api/v1/insights',
    {
      config: { permission: 'write' },
      schema: {
        tags: ['learning'],
        summary: 'Record an emerging insight, with its scope and evidence (contributor)',
        body: NewInsight,
        response: { 201: InsightDetail, ...learningErrors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'contributor');
      const body = await db.tenant(ctx.organizationId, async (tx) => {
        const insight = await createInsight(tx, ctx, request.body);
        return detail(tx, ctx, insight.id);
      });
      return reply.status(201).send(body);
    },
  );

  app.get(
    '/api/v1/insights/:id',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['learning'],
        summary: 'An insight with its evidence trail and change proposals',
        params: IdParams,
        response: { 200: InsightDetail, ...learningErrors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return db.tenant(ctx.organizationId, (tx) => detail(tx, ctx, request.params.id));
    },
  );

  app.get(
    '/api/v1/learning/evidence-options',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['learning'],
        summary: 'What an insight can cite: each evidence kind with recent objects of it, newest first',
        response: {
          200: z.object({
            kinds: z.array(
              z.object({
                kind: z.enum(evidenceKindNames),
                label: z.string(),
                options: z.array(z.object({ id: z.string(), label: z.string() })),
              }),
            ),
          }),
          ...learningErrors,
        },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return db.tenant(ctx.organizationId, async (tx) => ({
        kinds: await Promise.all(
          evidenceKindNames.map(async (kind) => ({
            kind,
            label: evidenceKinds[kind].label,
            options: await evidenceKinds[kind].options(tx, ctx),
          })),
        ),
      }));
    },
  );

  app.post(
    '/api/v1/insights/:id/evidence',
    {
      config: { permission: 'write' },
      schema: {
        tags: ['learning'],
        summary: 'Cite supporting or contradicting evidence (contributor)',
        params: IdParams,
        body: EvidenceInput,
        response: { 201: InsightDetail, ...learningErrors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'contributor');
      const body = await db.tenant(ctx.organizationId, async (tx) => {
        await addEvidence(tx, ctx, request.params.id, request.body);
        return detail(tx, ctx, request.params.id);
      });
      return reply.status(201).send(body);
    },
  );

  app.post(
    '/api/v1/insights/:id/status',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['learning'],
        summary: 'Confirm or reject an insight (lead): emerging → confirmed → rejected',
        params: IdParams,
        body: z.strictObject({ status: z.enum(['confirmed', 'rejected']), note: LongText(2000).optional() }),
        response: { 200: InsightDetail, ...learningErrors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'lead');
      return db.tenant(ctx.organizationId, async (tx) => {
        await decideInsight(tx, ctx, request.params.id, request.body);
        return detail(tx, ctx, request.params.id);
      });
    },
  );

  app.post(
    '/api/v1/insights/:id/proposals',
    {
      config: { permission: 'write' },
      schema: {
        tags: ['learning'],
        summary:
          'Propose a change to a rubric, gate threshold, plan template or quality standard (contributor): opens a “change_rule” decision request the proposal follows',
        params: IdParams,
        body: z.strictObject({
          target: z.enum(changeTargets),
          targetId: ShortText(200).optional().describe('The changed object’s id in its own area, if any'),
          subject: ShortText(200),
          change: ShortText(4000),
          applicationId: Id.nullable()
            .optional()
            .describe('The application the change concerns, if one (its risk raises the tier)'),
        }),
        response: { 201: Proposal, ...learningErrors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'contributor');
      const body = await db.tenant(ctx.organizationId, async (tx) => {
        const proposal = await proposeChange(tx, ctx, request.params.id, request.body);
        return presentProposal(proposal, await namesOf(tx, [proposal.proposedBy]));
      });
      return reply.status(201).send(body);
    },
  );

  app.get(
    '/api/v1/change-proposals',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['learning'],
        summary: 'Change proposals from confirmed insights, newest first',
        querystring: z.strictObject({ status: z.enum(proposalStatuses).optional() }),
        response: { 200: z.object({ items: z.array(Proposal) }), ...learningErrors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return db.tenant(ctx.organizationId, async (tx) => {
        const rows = await listProposals(tx, ctx, request.query);
        const names = await namesOf(
          tx,
          rows.flatMap((p) => [p.proposedBy, p.decidedBy]),
        );
        return { items: rows.map((p) => presentProposal(p, names)) };
      });
    },
  );
};
