import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, IdParams, Timestamp } from '../../../platform/http/schemas';
import {
  type BoundaryRow,
  listApplicationOptions,
  listApplicationTasks,
  recommendBoundary,
  recordBoundary,
} from '../services/automation-boundaries';
import {
  AutomationMode,
  BoundaryAnswers,
  BoundaryReason,
  errors,
  QaDefault,
  QualityEvidence,
} from './decision-schemas';

const ApplicationOption = z
  .object({
    id: Id,
    name: z.string(),
    stage: z.string(),
    riskTier: z.string(),
    dataSensitivity: z.string(),
    audience: z.string(),
  })
  .meta({ id: 'ApplicationOption' });
const Boundary = z
  .object({
    id: Id,
    workflowId: Id,
    mode: AutomationMode,
    recommended: AutomationMode,
    answers: BoundaryAnswers,
    reasons: z.array(BoundaryReason),
    qaDefault: QaDefault,
    rationale: z.string(),
    decidedBy: z.string(),
    reviewOn: z.string(),
    createdAt: Timestamp,
  })
  .meta({ id: 'AutomationBoundary' });
const presentBoundary = (b: BoundaryRow) => ({
  id: b.id,
  workflowId: b.workflowId,
  mode: b.mode,
  recommended: b.recommended,
  answers: b.answers,
  reasons: b.reasons,
  qaDefault: b.qaDefault,
  rationale: b.rationale,
  decidedBy: b.decidedByName,
  reviewOn: b.reviewOn,
  createdAt: b.createdAt.toISOString(),
});

export const automationBoundaryRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/decisions/applications',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['decisions'],
        summary: 'Applications to choose from (candidates, request subjects), by name',
        response: { 200: z.object({ items: z.array(ApplicationOption) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return { items: await db.tenant(ctx.organizationId, (tx) => listApplicationOptions(tx, ctx)) };
    },
  );

  app.get(
    '/api/v1/decisions/applications/:id/tasks',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['decisions'],
        summary: 'An application’s tasks (workflows) with their automation boundary and QA evidence',
        params: IdParams,
        response: {
          200: z.object({
            application: ApplicationOption,
            tasks: z.array(
              z.object({
                workflow: z.object({ id: Id, name: z.string(), description: z.string() }),
                boundary: Boundary.nullable(),
                quality: QualityEvidence,
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const { application: a, tasks } = await db.tenant(ctx.organizationId, (tx) =>
        listApplicationTasks(tx, ctx, request.params.id),
      );
      return {
        application: {
          id: a.id,
          name: a.name,
          stage: a.stage,
          riskTier: a.riskTier,
          dataSensitivity: a.dataSensitivity,
          audience: a.audience,
        },
        tasks: tasks.map((t) => ({
          workflow: { id: t.workflow.id, name: t.workflow.name, description: t.workflow.description },
          boundary: t.boundary ? presentBoundary(t.boundary) : null,
          quality: t.quality,
        })),
      };
    },
  );

  app.post(
    '/api/v1/decisions/workflows/:id/boundary/recommendation',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['decisions'],
        summary: 'The questionnaire’s recommended automation mode for a task, each reason tied to an answer',
        params: IdParams,
        body: BoundaryAnswers,
        response: {
          200: z.object({ mode: AutomationMode, reasons: z.array(BoundaryReason), quality: QualityEvidence }),
          ...errors,
        },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return db.tenant(ctx.organizationId, (tx) =>
        recommendBoundary(tx, ctx, request.params.id, request.body),
      );
    },
  );

  app.post(
    '/api/v1/decisions/workflows/:id/boundary',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['decisions'],
        summary: 'Record the automation mode chosen for a task, with rationale and a review date (lead)',
        params: IdParams,
        body: z.strictObject({
          answers: BoundaryAnswers,
          mode: AutomationMode,
          rationale: z.string().trim().min(1).max(4000),
          reviewOn: z.iso.date(),
        }),
        response: { 201: Boundary, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      const row = await db.tenant(ctx.organizationId, (tx) =>
        recordBoundary(tx, ctx, request.params.id, request.body),
      );
      return reply.status(201).send(presentBoundary(row));
    },
  );
};
