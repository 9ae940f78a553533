import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, IdParams, Timestamp } from '../../../platform/http/schemas';
import { createEvaluation, getEvaluation, listEvaluations, submitScores } from '../services/evaluations';
import { errors, RubricVersion } from './decision-schemas';

const Sheet = z.object({
  assessorId: Id,
  applicationId: Id,
  levels: z.record(z.string(), z.number()),
  knockOuts: z.array(z.string()),
  comment: z.string(),
});
const CandidateResult = z.object({
  candidateId: Id,
  assessors: z.number().int(),
  scores: z.array(z.object({ assessorId: Id, score: z.number() })),
  mean: z.number(),
  sd: z.number().nullable(),
  min: z.number(),
  max: z.number(),
  criteria: z.array(
    z.object({
      key: z.string(),
      levels: z.array(z.number()),
      mean: z.number(),
      range: z.number(),
      sd: z.number().nullable(),
      disagreement: z.boolean(),
    }),
  ),
  knockedOut: z.array(z.object({ key: z.string(), label: z.string(), by: z.array(Id) })),
  rank: z.number().int(),
  probabilityFirst: z.number().nullable(),
  rankInterval: z.tuple([z.number(), z.number()]).nullable(),
});
const EvaluationSummary = z
  .object({ id: Id, title: z.string(), createdAt: Timestamp })
  .meta({ id: 'EvaluationSummary' });
const Evaluation = z
  .object({
    id: Id,
    title: z.string(),
    createdAt: Timestamp,
    rubric: z.object({ id: Id, name: z.string(), version: RubricVersion }),
    candidates: z.array(z.object({ id: Id, name: z.string() })),
    assessors: z.array(z.object({ userId: Id, name: z.string(), submitted: z.boolean() })),
    me: z.object({ submitted: z.boolean() }).nullable().describe('Your part, when you are an assessor'),
    canSeeResults: z.boolean(),
    sheets: z.array(Sheet).describe('The sheets you may see: only yours until you have submitted'),
    results: z
      .object({
        candidates: z.array(CandidateResult),
        sensitivity: z.array(
          z.object({
            criterion: z.string(),
            upper: Id,
            lower: Id,
            currentWeight: z.number(),
            flipWeight: z.number().nullable(),
          }),
        ),
      })
      .nullable(),
  })
  .meta({ id: 'Evaluation' });

export const evaluationRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/decisions/evaluations',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['decisions'],
        summary: 'Evaluations, newest first',
        response: { 200: z.object({ items: z.array(EvaluationSummary) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const rows = await db.tenant(ctx.organizationId, (tx) => listEvaluations(tx, ctx));
      return { items: rows.map((e) => ({ id: e.id, title: e.title, createdAt: e.createdAt.toISOString() })) };
    },
  );

  app.post(
    '/api/v1/decisions/evaluations',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['decisions'],
        summary: 'Open an evaluation of candidate applications by named assessors (lead)',
        body: z.strictObject({
          title: z.string().trim().min(1).max(200),
          rubricId: Id,
          applicationIds: z.array(Id).min(1).max(30),
          assessorIds: z.array(Id).min(1).max(30),
        }),
        response: { 201: EvaluationSummary, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      const e = await db.tenant(ctx.organizationId, (tx) => createEvaluation(tx, ctx, request.body));
      return reply.status(201).send({ id: e.id, title: e.title, createdAt: e.createdAt.toISOString() });
    },
  );

  app.get(
    '/api/v1/decisions/evaluations/:id',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['decisions'],
        summary:
          'An evaluation: others’ scores, spread, ranking and sensitivity only once you have submitted yours',
        params: IdParams,
        response: { 200: Evaluation, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const v = await db.tenant(ctx.organizationId, (tx) => getEvaluation(tx, ctx, request.params.id));
      return {
        id: v.evaluation.id,
        title: v.evaluation.title,
        createdAt: v.evaluation.createdAt.toISOString(),
        rubric: {
          id: v.version.rubricId,
          name: v.rubricName,
          version: {
            id: v.version.id,
            version: v.version.version,
            criteria: v.version.criteria,
            knockOuts: v.version.knockOuts,
            createdAt: v.version.createdAt.toISOString(),
          },
        },
        candidates: v.candidates,
        assessors: v.assessors.map((a) => ({
          userId: a.userId,
          name: a.name,
          submitted: a.submittedAt !== null,
        })),
        me: v.me,
        canSeeResults: v.canSeeResults,
        sheets: v.sheets.map((s) => ({
          assessorId: s.assessorId,
          applicationId: s.applicationId,
          levels: s.levels,
          knockOuts: s.knockOuts,
          comment: s.comment,
        })),
        results: v.results,
      };
    },
  );

  app.post(
    '/api/v1/decisions/evaluations/:id/scores',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['decisions'],
        summary: 'Submit your scores for every candidate (assessors only; final)',
        params: IdParams,
        body: z.strictObject({
          sheets: z
            .array(
              z.strictObject({
                applicationId: Id,
                levels: z.record(z.string(), z.number()),
                knockOuts: z.array(z.string()).max(20).default([]),
                comment: z.string().max(2000).optional(),
              }),
            )
            .min(1)
            .max(30),
        }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request);
      await db.tenant(ctx.organizationId, (tx) =>
        submitScores(tx, ctx, request.params.id, request.body.sheets),
      );
      return reply.status(204).send(null);
    },
  );
};
