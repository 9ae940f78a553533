import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import { Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, IdParams } from '../../../platform/http/schemas';
import { judgeAgreementOf } from '../services/judge-agreement';

const Rate = z.object({
  estimate: z.number(),
  lower: z.number(),
  upper: z.number(),
  effectiveN: z.number().describe('The reviews the weighted figure is worth: p(1 − p) ÷ its variance'),
});
const JudgeAgreement = z
  .object({
    workflowId: Id,
    standardVersion: z.number().int().nullable(),
    judgeThreshold: z
      .number()
      .nullable()
      .describe('The current standard’s threshold: a score at or above it is the judge flagging a defect'),
    judged: z
      .boolean()
      .describe('Whether any output logged under the current standard carries a judge score'),
    reason: z
      .string()
      .nullable()
      .describe('Why there are no figures at all (no standard, no judged output, no threshold)'),
    reviewed: z.number().int().describe('Sampled reviews of outputs with a judge score'),
    reviewedDefects: z.number().int(),
    reviewedOk: z.number().int(),
    counts: z
      .object({
        flaggedDefect: z.number().int(),
        unflaggedDefect: z.number().int(),
        flaggedOk: z.number().int(),
        unflaggedOk: z.number().int(),
      })
      .describe('Reviewed outputs per cell, unweighted'),
    minimum: z
      .number()
      .int()
      .describe('Reviewed defects (and reviewed outputs without one) each figure needs before it is shown'),
    sensitivity: Rate.nullable().describe(
      'P(flag | defect) over the output stream: each review weighted by 1/π (Hájek), Fay–Feuer 95% interval; null below the minimum',
    ),
    sensitivityReason: z.string().nullable().describe('“not enough evidence yet: N of 10 reviewed defects”'),
    specificity: Rate.nullable().describe(
      'P(no flag | no defect), weighted the same way; null below the minimum',
    ),
    specificityReason: z.string().nullable(),
    confidence: z.number(),
  })
  .meta({ id: 'JudgeAgreement' });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

export const judgeAgreementRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/workflows/:id/judge-agreement',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['quality'],
        summary:
          'How well the automated judge’s flag predicts reviewers’ defect verdicts: π-weighted sensitivity and specificity with intervals',
        params: IdParams,
        response: { 200: JudgeAgreement, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const result = await db.tenant(ctx.organizationId, (tx) =>
        judgeAgreementOf(tx, ctx, request.params.id),
      );
      const { agreement, ...rest } = result;
      return {
        ...rest,
        reviewed: agreement.reviewed,
        reviewedDefects: agreement.reviewedDefects,
        reviewedOk: agreement.reviewedOk,
        counts: agreement.counts,
        minimum: agreement.minimum,
        sensitivity: agreement.sensitivity,
        sensitivityReason: agreement.sensitivityReason,
        specificity: agreement.specificity,
        specificityReason: agreement.specificityReason,
        confidence: agreement.confidence,
      };
    },
  );
};
