import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import { Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, IdParams, Timestamp } from '../../../platform/http/schemas';
import { calibrationReport, judgeInRound, promoteToGold, startRound } from '../services/calibration';
import { Criterion } from './workflows';

const Interval = z.object({ estimate: z.number().nullable(), lower: z.number(), upper: z.number() });
const Round = z
  .object({
    id: Id,
    workflowId: Id,
    status: z.enum(['open', 'passed', 'failed']),
    correct: z.number().int().nullable(),
    total: z.number().int(),
    startedAt: Timestamp,
    completedAt: Timestamp.nullable(),
    items: z.array(
      z.object({
        goldItemId: Id,
        output: z.object({
          id: Id,
          content: z.string().nullable(),
          link: z.string().nullable(),
          metadata: z.record(z.string(), z.unknown()),
          segment: z.string(),
        }),
        standard: z
          .object({ version: z.number().int(), criteria: z.array(Criterion) })
          .describe('The standard version the item was reviewed under, whose rubric it is judged with'),
        judged: z.boolean(),
        yourVerdict: z.boolean().nullable().describe('true = you judged it a defect'),
        goldVerdict: z.boolean().nullable().describe('The consensus label, shown once the round is complete'),
      }),
    ),
  })
  .meta({ id: 'CalibrationRound' });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

type Described = Awaited<ReturnType<typeof startRound>>;
const presentRound = ({ round, items }: Described) => ({
  id: round.id,
  workflowId: round.workflowId,
  status: round.status,
  correct: round.correct,
  total: round.goldItemIds.length,
  startedAt: round.startedAt.toISOString(),
  completedAt: round.completedAt?.toISOString() ?? null,
  items: items.map((i) => ({
    goldItemId: i.goldItemId,
    output: {
      id: i.output.id,
      content: i.output.content,
      link: i.output.link,
      metadata: i.output.metadata,
      segment: i.output.segment,
    },
    standard: i.standard,
    judged: i.judged,
    yourVerdict: i.yourVerdict,
    goldVerdict: i.goldVerdict,
  })),
});
const finite = (i: { estimate: number; lower: number; upper: number }) => ({
  ...i,
  estimate: Number.isNaN(i.estimate) ? null : i.estimate,
});

export const calibrationRoutes: RoutePlugin = async (app, { db }) => {
  app.post(
    '/api/v1/outputs/:id/gold',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['quality'],
        summary: 'Promote a reviewed output whose reviewers agree to a gold item for calibration (lead)',
        params: IdParams,
        body: z.strictObject({ note: z.string().max(2000).default('') }),
        response: { 201: z.object({ id: Id, outputId: Id, defect: z.boolean() }), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      const gold = await db.tenant(ctx.organizationId, (tx) =>
        promoteToGold(tx, ctx, request.params.id, request.body.note),
      );
      return reply.status(201).send({ id: gold.id, outputId: gold.outputId, defect: gold.defect });
    },
  );

  app.post(
    '/api/v1/workflows/:id/calibration',
    {
      config: { permission: 'review' },
      schema: {
        tags: ['quality'],
        summary: 'Start (or resume) your calibration round on a workflow’s gold items (reviewer)',
        params: IdParams,
        response: { 200: Round, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'reviewer');
      return presentRound(
        await db.tenant(ctx.organizationId, (tx) => startRound(tx, ctx, request.params.id)),
      );
    },
  );

  app.post(
    '/api/v1/calibration-rounds/:id/judgments',
    {
      config: { permission: 'review' },
      schema: {
        tags: ['quality'],
        summary: 'Judge one gold item of your open round; the last judgment scores the round (reviewer)',
        params: IdParams,
        body: z.strictObject({
          goldItemId: Id,
          answers: z.record(z.string().max(40), z.union([z.boolean(), z.number().int().min(1).max(5)])),
        }),
        response: { 200: Round, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'reviewer');
      return presentRound(
        await db.tenant(ctx.organizationId, (tx) => judgeInRound(tx, ctx, request.params.id, request.body)),
      );
    },
  );

  app.get(
    '/api/v1/workflows/:id/calibration',
    {
      config: { permission: 'review' },
      schema: {
        tags: ['quality'],
        summary:
          'Reviewers’ calibration: latest round, sensitivity and specificity on gold items (leads see all, others themselves)',
        params: IdParams,
        response: {
          200: z.object({
            goldItems: z.number().int(),
            required: z.number().int(),
            reviewers: z.array(
              z.object({
                reviewerId: Id,
                name: z.string(),
                latestStatus: z.enum(['not_started', 'open', 'passed', 'failed']),
                latestCorrect: z.number().int().nullable(),
                latestTotal: z.number().int(),
                sensitivity: Interval,
                specificity: Interval,
                judged: z.number().int(),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'reviewer');
      const report = await db.tenant(ctx.organizationId, (tx) =>
        calibrationReport(tx, ctx, request.params.id),
      );
      return {
        goldItems: report.goldItems,
        required: report.required,
        reviewers: report.reviewers.map((r) => ({
          reviewerId: r.reviewerId,
          name: r.name,
          latestStatus: r.latestRound?.status ?? ('not_started' as const),
          latestCorrect: r.latestRound?.correct ?? null,
          latestTotal: r.latestRound?.goldItemIds.length ?? 0,
          sensitivity: finite(r.sensitivity),
          specificity: finite(r.specificity),
          judged: r.n,
        })),
      };
    },
  );
};
