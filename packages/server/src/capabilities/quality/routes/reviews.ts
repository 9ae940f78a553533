import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import { HttpProblem, Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, IdParams, Timestamp } from '../../../platform/http/schemas';
import { claimNext, releaseClaim, submitReview } from '../services/reviews';
import { ContentRemoved, presentContentRemoved } from './output-retention';
import { presentStandard } from './workflows';

const QueueItem = z
  .object({
    output: z.object({
      id: Id,
      clientId: z.string(),
      content: z.string().nullable(),
      link: z.string().nullable(),
      metadata: z.record(z.string(), z.unknown()),
      contentRemoved: ContentRemoved,
      segment: z.string(),
      createdAt: Timestamp,
    }),
    kind: z.enum(['sampled', 'second', 'flagged']),
    claimExpiresAt: Timestamp,
    standard: z.looseObject({ version: z.number().int(), criteria: z.array(z.unknown()) }),
  })
  .meta({ id: 'QueueItem' });
const ReviewInput = z.strictObject({
  answers: z.record(z.string().max(40), z.union([z.boolean(), z.number().int().min(1).max(5)])),
  comment: z.string().max(5000).optional(),
  timeSpentMs: z
    .number()
    .int()
    .min(0)
    .max(24 * 3600 * 1000),
});
const ReviewResult = z
  .object({
    id: Id,
    defect: z.boolean(),
    score: z.number().nullable(),
    failedCritical: z.array(z.string()),
    failedMinor: z.array(z.string()),
    alarmsRaised: z.number().int(),
  })
  .meta({ id: 'ReviewResult' });
/** The answer to a claim while the reviewer's calibration round comes first. */
const CalibrationFirst = z
  .object({
    state: z.literal('calibration-required'),
    detail: z.string(),
  })
  .meta({ id: 'QueueCalibrationFirst' });

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

export const reviewRoutes: RoutePlugin = async (app, { db }) => {
  app.post(
    '/api/v1/workflows/:id/queue/next',
    {
      config: { permission: 'review' },
      schema: {
        tags: ['quality'],
        summary: 'Claim the next output to review (reviewer); 204 when the queue is empty',
        description:
          'A reviewer who has not passed this workflow’s calibration round gets 200 with ' +
          '`state: "calibration-required"` (an expected state, not an error) and claims nothing.',
        params: IdParams,
        response: { 200: z.union([QueueItem, CalibrationFirst]), 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'reviewer');
      let claimed: Awaited<ReturnType<typeof claimNext>>;
      try {
        claimed = await db.tenant(ctx.organizationId, (tx) => claimNext(tx, ctx, request.params.id));
      } catch (error) {
        if (error instanceof HttpProblem && error.type === 'calibration-required')
          return { state: 'calibration-required' as const, detail: error.detail };
        throw error;
      }
      if (!claimed) return reply.status(204).send(null);
      const { output } = claimed;
      return {
        output: {
          id: output.id,
          clientId: output.clientId,
          content: output.content,
          link: output.link,
          metadata: output.metadata,
          contentRemoved: presentContentRemoved(output),
          segment: output.segment,
          createdAt: output.createdAt.toISOString(),
        },
        kind: claimed.kind,
        claimExpiresAt: claimed.expiresAt.toISOString(),
        standard: presentStandard(claimed.standard),
      };
    },
  );

  app.post(
    '/api/v1/outputs/:id/release',
    {
      config: { permission: 'review' },
      schema: {
        tags: ['quality'],
        summary: 'Skip: give a claimed output back to the queue (reviewer)',
        params: IdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'reviewer');
      await db.tenant(ctx.organizationId, (tx) => releaseClaim(tx, ctx, request.params.id));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/outputs/:id/reviews',
    {
      config: { permission: 'review' },
      schema: {
        tags: ['quality'],
        summary: 'Submit a review of a claimed output against its standard’s rubric (reviewer)',
        params: IdParams,
        body: ReviewInput,
        response: { 201: ReviewResult, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'reviewer');
      const result = await db.tenant(ctx.organizationId, (tx) =>
        submitReview(tx, ctx, request.params.id, request.body),
      );
      return reply.status(201).send({
        id: result.review.id,
        defect: result.verdict.defect,
        score: result.verdict.score,
        failedCritical: result.verdict.failedCritical,
        failedMinor: result.verdict.failedMinor,
        alarmsRaised: result.alarmsRaised.length,
      });
    },
  );
};
