import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import { mapInOrder } from '../../../platform/db/in-order';
import { decodeCursor, PageQuery, page, TimeIdCursor, toPage } from '../../../platform/http/pagination';
import { Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, IdParams, Name, Timestamp } from '../../../platform/http/schemas';
import {
  createStandardVersion,
  createWorkflow,
  getStandard,
  getWorkflow,
  listStandards,
  listWorkflows,
  type StandardRow,
  type WorkflowRow,
} from '../services/workflows';

export const Criterion = z
  .strictObject({
    key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'use 1–40 lowercase letters, digits or _'),
    label: z.string().trim().min(1).max(200),
    kind: z.enum(['pass_fail', 'scale']),
    severity: z.enum(['critical', 'minor']),
    levels: z.array(z.string().max(300)).length(5).optional(),
    passLevel: z.number().int().min(1).max(5).optional(),
  })
  .meta({ id: 'Criterion' });
const DefectRule = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('any_critical_fail') }),
    z.strictObject({ kind: z.literal('score_below'), threshold: z.number().gt(1).max(5) }),
  ])
  .meta({ id: 'DefectRule' });
const Monitor = z.strictObject({
  p0: z.number().gt(0).lt(1),
  p1: z.number().gt(0).lt(1),
  falseAlarmsPer100k: z.number().positive().max(1000),
});
const StandardInput = z
  .strictObject({
    criteria: z.array(Criterion).min(1).max(30),
    defectRule: DefectRule,
    outgoingLimit: z.number().gt(0).lt(1).describe('Escaped defects per output the standard allows (AOQL)'),
    limitScope: z.enum(['segment', 'workflow']).default('segment'),
    policy: z.enum(['adaptive', 'csp1', 'fixed-rate', 'full']).default('adaptive'),
    fraction: z
      .number()
      .gt(0)
      .max(1)
      .optional()
      .describe('Sampling fraction for csp1 and fixed-rate (default 0.1)'),
    floor: z.number().gt(0).max(1).optional().describe('Adaptive policy floor π_min (default 0.02)'),
    segmentKeys: z.array(z.string().min(1).max(64)).max(5).default([]),
    segmentCapacity: z.number().int().min(1).max(64).default(8),
    judgeThreshold: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .optional()
      .describe('Judge score at or above which an output is stratified as flagged'),
    monitor: Monitor.optional(),
    doubleReviewFraction: z.number().min(0).max(1).default(0.1),
  })
  .meta({ id: 'NewQualityStandard' });
const QualityStandard = z
  .object({
    version: z.number().int(),
    criteria: z.array(Criterion),
    defectRule: DefectRule,
    outgoingLimit: z.number(),
    limitScope: z.enum(['segment', 'workflow']),
    policy: z.enum(['adaptive', 'csp1', 'fixed-rate', 'full']),
    fraction: z.number().nullable(),
    floor: z.number().nullable(),
    segmentKeys: z.array(z.string()),
    segmentCapacity: z.number().int(),
    judgeThreshold: z.number().nullable(),
    monitor: Monitor,
    doubleReviewFraction: z.number(),
    createdAt: Timestamp,
  })
  .meta({ id: 'QualityStandard' });
const Workflow = z
  .object({
    id: Id,
    name: z.string(),
    description: z.string(),
    createdAt: Timestamp,
    standard: QualityStandard.nullable(),
  })
  .meta({ id: 'Workflow' });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

export const presentStandard = (s: StandardRow): z.infer<typeof QualityStandard> => ({
  version: s.version,
  criteria: s.criteria as z.infer<typeof Criterion>[],
  defectRule: s.defectRule as z.infer<typeof DefectRule>,
  outgoingLimit: s.outgoingLimit,
  limitScope: s.limitScope,
  policy: s.policy,
  fraction: s.fraction,
  floor: s.floor,
  segmentKeys: s.segmentKeys,
  segmentCapacity: s.segmentCapacity,
  judgeThreshold: s.judgeThreshold,
  monitor: s.monitor as z.infer<typeof Monitor>,
  doubleReviewFraction: s.doubleReviewFraction,
  createdAt: s.createdAt.toISOString(),
});
const present = (w: WorkflowRow, standard: StandardRow | undefined) => ({
  id: w.id,
  name: w.name,
  description: w.description,
  createdAt: w.createdAt.toISOString(),
  standard: standard ? presentStandard(standard) : null,
});

export const workflowRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/workflows',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['quality'],
        summary: 'Workflows whose AI outputs Trellis samples',
        querystring: PageQuery,
        response: { 200: page(Workflow), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const { limit, cursor } = request.query;
      const before = decodeCursor(cursor, TimeIdCursor);
      return db.tenant(ctx.organizationId, async (tx) => {
        const rows = await listWorkflows(tx, ctx, { limit: limit + 1, before });
        const standards = await mapInOrder(rows.slice(0, limit), (w) => getStandard(tx, w.id));
        return toPage(
          rows,
          limit,
          (w) => present(w, standards[rows.indexOf(w)]),
          (w) => [w.createdAt.toISOString(), w.id],
        );
      });
    },
  );

  app.post(
    '/api/v1/workflows',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['quality'],
        summary: 'Create a workflow (lead)',
        body: z.strictObject({ name: Name, description: z.string().max(2000).optional() }),
        response: { 201: Workflow, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      const workflow = await db.tenant(ctx.organizationId, (tx) => createWorkflow(tx, ctx, request.body));
      return reply.status(201).send(present(workflow, undefined));
    },
  );

  app.get(
    '/api/v1/workflows/:id',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['quality'],
        summary: 'A workflow with its current quality standard',
        params: IdParams,
        response: { 200: Workflow, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return db.tenant(ctx.organizationId, async (tx) => {
        const workflow = await getWorkflow(tx, ctx, request.params.id);
        return present(workflow, await getStandard(tx, workflow.id));
      });
    },
  );

  app.get(
    '/api/v1/workflows/:id/standards',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['quality'],
        summary: 'Every version of the workflow’s quality standard, newest first',
        params: IdParams,
        response: { 200: z.object({ items: z.array(QualityStandard) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return db.tenant(ctx.organizationId, async (tx) => {
        const workflow = await getWorkflow(tx, ctx, request.params.id);
        return { items: (await listStandards(tx, workflow.id)).map(presentStandard) };
      });
    },
  );

  app.post(
    '/api/v1/workflows/:id/standards',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['quality'],
        summary: 'Set the quality standard: a new version (lead); earlier outputs and reviews keep theirs',
        params: IdParams,
        body: StandardInput,
        response: { 201: QualityStandard, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      const standard = await db.tenant(ctx.organizationId, (tx) =>
        createStandardVersion(tx, ctx, request.params.id, request.body),
      );
      return reply.status(201).send(presentStandard(standard));
    },
  );
};
