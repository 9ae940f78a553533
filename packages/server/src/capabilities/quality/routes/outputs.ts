import { z } from 'zod';
import { type OrgContext, requireOrganization } from '../../../platform/auth/request-auth';
import type { Database } from '../../../platform/db/types';
import { decodeCursor, PageQuery, page, TimeIdCursor, toPage } from '../../../platform/http/pagination';
import { HttpProblem, Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, IdParams, Timestamp } from '../../../platform/http/schemas';
import { countDecisions } from '../../../platform/observability/metrics';
import { createRateLimiter } from '../../../platform/rate-limits/rate-limits';
import { postFeedback } from '../services/feedback';
import { createOutputCoalescer } from '../services/output-coalescer';
import {
  ConcurrentOutputError,
  describeDecision,
  getOutputDetail,
  getOutputDetailByClientId,
  ingestOutputs,
  listOutputs,
  type OutputInput as NewOutput,
} from '../services/outputs';
import { ContentRemoved, presentContentRemoved } from './output-retention';

/** Largest content accepted per output, in characters. */
export const MAX_CONTENT_CHARS = 100_000;
export const MAX_BATCH = 1000;
const BATCH_BODY_LIMIT = 16 * 1024 * 1024;

const MetadataValue = z.union([z.string().max(500), z.number(), z.boolean(), z.null()]);
const OutputInput = z
  .strictObject({
    clientId: z
      .string()
      .min(1)
      .max(200)
      .describe('Your id for the output; a retry with the same id is idempotent'),
    content: z.string().max(MAX_CONTENT_CHARS).optional(),
    link: z.url().max(2000).optional(),
    metadata: z
      .record(z.string().min(1).max(64), MetadataValue)
      .refine((m) => Object.keys(m).length <= 30, 'at most 30 keys')
      .optional(),
    judgeScore: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe(
        'An automated judge’s score in [0, 1], higher meaning a defect is more likely: at or above the standard’s judge threshold the output is sampled as flagged; the dashboard measures the judge against the reviews',
      ),
  })
  .refine((o) => o.content !== undefined || o.link !== undefined, {
    message: 'give content or a link',
    path: ['content'],
  })
  .meta({ id: 'NewOutput' });
const Decision = z
  .object({
    id: Id,
    clientId: z.string(),
    review: z
      .boolean()
      .describe('Whether a person reviews this output: hold it in gate mode, or release and audit'),
    pi: z.number().describe('Inclusion probability π the decision was drawn with'),
    segment: z.string(),
    status: z.enum(['queued', 'second_review', 'reviewed', 'released']),
    standardVersion: z.number().int(),
    createdAt: Timestamp,
    duplicate: z
      .boolean()
      .describe('True when this client id was logged before; the stored decision is returned'),
  })
  .meta({ id: 'OutputDecision' });
const OutputDetail = Decision.omit({ duplicate: true })
  .extend({
    workflowId: Id,
    content: z.string().nullable(),
    link: z.string().nullable(),
    metadata: z.record(z.string(), z.unknown()),
    contentRemoved: ContentRemoved,
    judgeScore: z.number().nullable(),
    flagged: z.boolean(),
    defect: z
      .boolean()
      .nullable()
      .describe('The verdict of its sampled or flagged review; null when not reviewed'),
    gold: z.boolean().describe('Promoted to a gold item for calibration'),
    reviewCount: z.number().int(),
    reviews: z
      .array(
        z.object({
          kind: z.enum(['sampled', 'second', 'flagged']),
          defect: z.boolean(),
          comment: z.string(),
          standardVersion: z.number().int(),
          reviewer: z.string().nullable(),
          createdAt: Timestamp,
        }),
      )
      .describe(
        'Its reviews: all of them for leads and above, your own for others (second reviews are blind)',
      ),
  })
  .meta({ id: 'Output' });
const FeedbackInput = z
  .strictObject({
    rating: z.number().int().min(1).max(5).optional(),
    flag: z.boolean().default(false),
    comment: z.string().max(2000).optional(),
    pullIntoQueue: z.boolean().optional(),
  })
  .refine((f) => f.rating !== undefined || f.flag, { message: 'give a rating or a flag', path: ['rating'] });
const OutputSummary = z
  .object({
    id: Id,
    clientId: z.string(),
    segment: z.string(),
    status: z.enum(['queued', 'second_review', 'reviewed', 'released']),
    pi: z.number(),
    review: z.boolean(),
    flagged: z.boolean(),
    createdAt: Timestamp,
    defect: z
      .boolean()
      .nullable()
      .describe('The verdict of its sampled or flagged review; null when not reviewed'),
    reviews: z.number().int(),
    gold: z.boolean(),
    excerpt: z.string().nullable(),
  })
  .meta({ id: 'OutputSummary' });
const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');
const OutputListQuery = PageQuery.extend({
  status: z.enum(['queued', 'second_review', 'reviewed', 'released']).optional(),
  segment: z.string().max(500).optional(),
  flagged: booleanQuery.optional(),
  defect: booleanQuery.optional(),
});
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

/** One transaction per attempt; a race with a concurrent retry of the same client id is retried at once. */
async function ingest(db: Database, ctx: OrgContext, workflowId: string, outputs: NewOutput[]) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.tenant(
        ctx.organizationId,
        (tx) => ingestOutputs(tx, ctx, workflowId, outputs, { last: true }),
        { sortsOff: true },
      );
    } catch (error) {
      if (!(error instanceof ConcurrentOutputError) || attempt >= 3) throw error;
    }
  }
}

/** The API shape of an output with its reviews (GET by id or by client id). */
function presentDetail(detail: Awaited<ReturnType<typeof getOutputDetail>>) {
  const { row } = detail;
  return {
    ...describeDecision(row),
    workflowId: row.workflowId,
    content: row.content,
    link: row.link,
    metadata: row.metadata,
    contentRemoved: presentContentRemoved(row),
    judgeScore: row.judgeScore,
    flagged: row.flagged,
    defect: detail.defect,
    gold: detail.gold,
    reviewCount: detail.reviewCount,
    reviews: detail.reviews.map((r) => ({
      kind: r.kind,
      defect: r.defect,
      comment: r.comment,
      standardVersion: r.standardVersion,
      reviewer: r.reviewerName,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}

export const outputRoutes: RoutePlugin = async (app, { db, config, metrics, now }) => {
  const limiter = createRateLimiter(db, { now });
  /** Ingestion limits per API token (or person) and per organization, in outputs per minute. */
  const admit = async (ctx: OrgContext, outputs: number) => {
    const result = await limiter.take(
      [
        { key: `${ctx.actor.type}:${ctx.organizationId}:${ctx.actor.id}`, limit: config.ingestRateLimit },
        { key: `org:${ctx.organizationId}`, limit: config.ingestOrgRateLimit },
      ],
      outputs,
    );
    if (result.ok) return;
    const who = result.key.startsWith('org:')
      ? `Your organization has logged its ${config.ingestOrgRateLimit} outputs`
      : `This ${ctx.actor.type === 'token' ? 'API token' : 'account'} has logged its ${config.ingestRateLimit} outputs`;
    throw new HttpProblem(
      429,
      'rate-limited',
      `${who} for this minute; try again in ${result.retryAfterSeconds} s. Nothing was stored.`,
      undefined,
      { 'retry-after': String(result.retryAfterSeconds) },
    );
  };
  const store = async (ctx: OrgContext, workflowId: string, inputs: NewOutput[]) => {
    const decisions = await ingest(db, ctx, workflowId, inputs);
    countDecisions(metrics, decisions);
    return decisions;
  };
  const singles = createOutputCoalescer(store);

  app.post(
    '/api/v1/workflows/:id/outputs',
    {
      config: { permission: 'write' },
      schema: {
        tags: ['quality'],
        summary:
          'Log one AI output and get its review decision at once (contributor); 429 with Retry-After over the rate limit',
        params: IdParams,
        body: OutputInput,
        // 200: the client id was logged before; the answer is the decision made then (nothing is stored).
        response: { 200: Decision, 201: Decision, ...errors, 413: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'contributor');
      await admit(ctx, 1);
      const decision = await singles.submit(ctx, request.params.id, request.body);
      return reply.status(decision.duplicate ? 200 : 201).send(decision);
    },
  );

  app.post(
    '/api/v1/workflows/:id/outputs/batch',
    {
      config: { permission: 'write' },
      bodyLimit: BATCH_BODY_LIMIT,
      schema: {
        tags: ['quality'],
        summary: `Log up to ${MAX_BATCH} outputs in one transaction (contributor); all or nothing`,
        params: IdParams,
        body: z.strictObject({ outputs: z.array(OutputInput).min(1).max(MAX_BATCH) }),
        response: { 200: z.object({ items: z.array(Decision) }), ...errors, 413: Problem, 429: Problem },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'contributor');
      await admit(ctx, request.body.outputs.length);
      const items = await store(ctx, request.params.id, request.body.outputs);
      return { items };
    },
  );

  app.get(
    '/api/v1/workflows/:id/outputs',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['quality'],
        summary:
          'A workflow’s outputs, newest first, with their review verdict and gold mark (filters: status, segment, flagged, defect)',
        params: IdParams,
        querystring: OutputListQuery,
        response: { 200: page(OutputSummary), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const { limit, cursor, ...filter } = request.query;
      const before = decodeCursor(cursor, TimeIdCursor);
      const rows = await db.tenant(ctx.organizationId, (tx) =>
        listOutputs(tx, ctx, request.params.id, filter, { limit: limit + 1, before }),
      );
      return toPage(
        rows,
        limit,
        (o) => ({
          id: o.id,
          clientId: o.client_id,
          segment: o.segment,
          status: o.status,
          pi: o.pi,
          review: o.selected,
          flagged: o.flagged,
          createdAt: new Date(o.created_at).toISOString(),
          defect: o.defect,
          reviews: o.reviews,
          gold: o.gold,
          excerpt: o.excerpt,
        }),
        (o) => [o.cursor_at, o.id],
      );
    },
  );

  app.get(
    '/api/v1/outputs/:id',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['quality'],
        summary: 'An output with its review decision, status, verdict and reviews',
        params: IdParams,
        response: { 200: OutputDetail, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const detail = await db.tenant(ctx.organizationId, (tx) => getOutputDetail(tx, ctx, request.params.id));
      return presentDetail(detail);
    },
  );

  app.get(
    '/api/v1/workflows/:id/outputs/by-client-id/:clientId',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['quality'],
        summary:
          'An output found by the client id it was logged with: its decision, status, verdict and reviews',
        params: z.strictObject({ id: Id, clientId: z.string().min(1).max(200) }),
        response: { 200: OutputDetail, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const detail = await db.tenant(ctx.organizationId, (tx) =>
        getOutputDetailByClientId(tx, ctx, request.params.id, request.params.clientId),
      );
      return presentDetail(detail);
    },
  );

  app.post(
    '/api/v1/outputs/:id/feedback',
    {
      config: { permission: 'write' },
      schema: {
        tags: ['quality'],
        summary:
          'End-user feedback on an output: a rating and/or a flag (contributor); a flag can pull it into review',
        params: IdParams,
        body: FeedbackInput,
        response: { 201: z.object({ id: Id, pulledIntoQueue: z.boolean() }), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'contributor');
      const result = await db.tenant(ctx.organizationId, (tx) =>
        postFeedback(tx, ctx, request.params.id, request.body),
      );
      return reply.status(201).send({ id: result.feedback.id, pulledIntoQueue: result.pulledIntoQueue });
    },
  );
};
