import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import { decodeCursor, PageQuery, PublicIdCursor, page, toPage } from '../../../platform/http/pagination';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, IdParams, Timestamp } from '../../../platform/http/schemas';
import { decisionMetrics, listDecisionLog } from '../services/decision-log';
import { createPattern, deletePattern, listPatterns, type PatternRow } from '../services/decision-patterns';
import { getDecisionRights, listOrgUnitOptions, saveDecisionRights } from '../services/decision-rights';
import { DecisionType, errors, RightsCell, TierSchema } from './decision-schemas';

const Rights = z
  .object({ cells: z.array(RightsCell), isDefault: z.boolean() })
  .meta({ id: 'DecisionRights' });
const Pattern = z
  .object({
    id: Id,
    name: z.string(),
    decisionType: DecisionType,
    applicationId: Id.nullable(),
    orgUnitId: Id.nullable(),
    maxTier: TierSchema,
    payload: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
    createdAt: Timestamp,
  })
  .meta({ id: 'PreapprovedPattern' });
const presentPattern = (p: PatternRow) => ({
  id: p.id,
  name: p.name,
  decisionType: p.decisionType,
  applicationId: p.applicationId,
  orgUnitId: p.orgUnitId,
  maxTier: p.maxTier,
  payload: p.payload,
  createdAt: p.createdAt.toISOString(),
});
const LogEntry = z
  .object({
    id: Id,
    kind: z.enum(['request', 'automation_boundary']),
    decisionType: DecisionType,
    outcome: z.enum(['approved', 'rejected']),
    title: z.string(),
    requestId: Id.nullable(),
    applicationId: Id.nullable(),
    workflowId: Id.nullable(),
    evidence: z.record(z.string(), z.unknown()).describe('Frozen at decision time'),
    rationale: z.string(),
    decidedBy: z.string(),
    decidedAt: Timestamp,
  })
  .meta({ id: 'DecisionLogEntry' });
const Durations = z.object({
  count: z.number().int(),
  median: z.number().nullable(),
  mean: z.number().nullable(),
  p90: z.number().nullable(),
});

export const decisionGovernanceRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/decisions/rights',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['decisions'],
        summary: 'The decision-rights grid (RACI by decision type, role and org unit)',
        response: { 200: Rights, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return db.tenant(ctx.organizationId, (tx) => getDecisionRights(tx, ctx));
    },
  );

  app.put(
    '/api/v1/decisions/rights',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['decisions'],
        summary: 'Replace the grid (admin): exactly one Accountable per decision type and scope',
        body: z.strictObject({ cells: z.array(RightsCell).max(2000) }),
        response: { 200: Rights, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'admin');
      return db.tenant(ctx.organizationId, (tx) => saveDecisionRights(tx, ctx, request.body.cells));
    },
  );

  app.get(
    '/api/v1/decisions/org-units',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['decisions'],
        summary: 'Org units to scope decision rights and requests to',
        response: {
          200: z.object({ items: z.array(z.object({ id: Id, name: z.string(), kind: z.string() })) }),
          ...errors,
        },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return { items: await db.tenant(ctx.organizationId, (tx) => listOrgUnitOptions(tx, ctx)) };
    },
  );

  app.get(
    '/api/v1/decisions/patterns',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['decisions'],
        summary: 'Pre-approved patterns: a matching request is approved at once',
        response: { 200: z.object({ items: z.array(Pattern) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const rows = await db.tenant(ctx.organizationId, (tx) => listPatterns(tx, ctx));
      return { items: rows.map(presentPattern) };
    },
  );

  app.post(
    '/api/v1/decisions/patterns',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['decisions'],
        summary: 'Add a pre-approved pattern (admin); high risk cannot be pre-approved',
        body: z.strictObject({
          name: z.string().trim().min(1).max(200),
          decisionType: DecisionType,
          applicationId: Id.nullable().default(null),
          orgUnitId: Id.nullable().default(null),
          maxTier: TierSchema,
          payload: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
        }),
        response: { 201: Pattern, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'admin');
      const row = await db.tenant(ctx.organizationId, (tx) => createPattern(tx, ctx, request.body));
      return reply.status(201).send(presentPattern(row));
    },
  );

  app.delete(
    '/api/v1/decisions/patterns/:id',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['decisions'],
        summary: 'Remove a pre-approved pattern (admin)',
        params: IdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'admin');
      await db.tenant(ctx.organizationId, (tx) => deletePattern(tx, ctx, request.params.id));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/decisions/log',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['decisions'],
        summary: 'The decision log, newest first: each decision with its evidence frozen at decision time',
        querystring: PageQuery.extend({ applicationId: Id.optional() }),
        response: { 200: page(LogEntry), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const { limit, cursor, applicationId } = request.query;
      const before = decodeCursor(cursor, PublicIdCursor)?.[0];
      const rows = await db.tenant(ctx.organizationId, (tx) =>
        listDecisionLog(tx, ctx, { limit: limit + 1, before, applicationId }),
      );
      return toPage(
        rows,
        limit,
        (r) => ({
          id: r.publicId,
          kind: r.kind,
          decisionType: r.decisionType,
          outcome: r.outcome,
          title: r.title,
          requestId: r.requestId,
          applicationId: r.applicationId,
          workflowId: r.workflowId,
          evidence: r.evidence,
          rationale: r.rationale,
          decidedBy: r.decidedByName,
          decidedAt: r.decidedAt.toISOString(),
        }),
        (r) => [r.publicId],
      );
    },
  );

  app.get(
    '/api/v1/decisions/metrics',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['decisions'],
        summary: 'Decision lead time and open-request age in a window (lead)',
        querystring: z.strictObject({ from: z.iso.datetime(), to: z.iso.datetime() }),
        response: {
          200: z.object({
            from: Timestamp,
            to: Timestamp,
            decided: z.number().int(),
            approved: z.number().int(),
            rejected: z.number().int(),
            selfServeShare: z.number().nullable(),
            leadTimeHours: Durations,
            approverLeadTimeHours: Durations,
            open: z.number().int(),
            openAgeHours: Durations,
            overdue: z.number().int(),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'lead');
      const m = await db.tenant(ctx.organizationId, (tx) =>
        decisionMetrics(tx, ctx, { from: new Date(request.query.from), to: new Date(request.query.to) }),
      );
      return { ...m, from: m.from.toISOString(), to: m.to.toISOString() };
    },
  );
};
