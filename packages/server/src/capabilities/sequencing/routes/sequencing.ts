import { z } from 'zod';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { requireOrganization } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, IdParams } from '../../../platform/http/schemas';
import { stageValueDefault } from '../../planning/index';
import { gateOutcomes } from '../sequencing-schema';
import { createPlan, getPlan, listPlanIds, updatePlan } from '../services/expansion-plans';
import {
  createTemplate,
  deleteTemplate,
  ensureStarterTemplate,
  getTemplate,
  listTemplates,
  updateTemplate,
} from '../services/expansion-templates';
import { decideGate, getGateDecision, listGateDecisions } from '../services/gate-decisions';
import { evaluateGate } from '../services/gates';
import { applyPlanChange, proposePlanChange } from '../services/plan-changes';
import { reportAdoption, startNextStage } from '../services/stage-runs';
import {
  GateDecision,
  GateEvaluationSchema,
  Plan,
  PlanEdit,
  PlanSummary,
  presentDecision,
  presentPlan,
  presentTemplate,
  StageInput,
  Template,
  TemplateInput,
} from './sequencing-schemas';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const tags = ['sequencing'];
const StageParams = z.strictObject({ id: Id, stageId: Id });

async function planOut(tx: Tx, ctx: OrgContext, id: string) {
  const detail = await getPlan(tx, ctx, id);
  const gate = await evaluateGate(tx, ctx, detail);
  return presentPlan(detail, gate, await listGateDecisions(tx, ctx, id));
}

export const sequencingRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/expansion-templates',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'Expansion plan templates',
        response: { 200: z.object({ items: z.array(Template) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return db.tenant(ctx.organizationId, async (tx) => ({
        items: (await listTemplates(tx, ctx)).map(presentTemplate),
      }));
    },
  );

  app.post(
    '/api/v1/expansion-templates',
    {
      config: { permission: 'approve' },
      schema: {
        tags,
        summary: 'Create a template',
        body: TemplateInput,
        response: { 201: Template, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      const row = await db.tenant(ctx.organizationId, (tx) => createTemplate(tx, ctx, request.body));
      return reply.status(201).send(presentTemplate(row));
    },
  );

  app.post(
    '/api/v1/expansion-templates/starter',
    {
      config: { permission: 'approve' },
      schema: {
        tags,
        summary: 'The starter template (pilot team → second team → department → organization), created once',
        response: { 200: Template, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'lead');
      return presentTemplate(await db.tenant(ctx.organizationId, (tx) => ensureStarterTemplate(tx, ctx)));
    },
  );

  app.get(
    '/api/v1/expansion-templates/:id',
    {
      config: { permission: 'read' },
      schema: { tags, summary: 'A template', params: IdParams, response: { 200: Template, ...errors } },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return presentTemplate(
        await db.tenant(ctx.organizationId, (tx) => getTemplate(tx, ctx, request.params.id)),
      );
    },
  );

  app.put(
    '/api/v1/expansion-templates/:id',
    {
      config: { permission: 'approve' },
      schema: {
        tags,
        summary: 'Edit a template (plans made from it keep their stages)',
        params: IdParams,
        body: TemplateInput.extend({ version: z.number().int().min(1) }),
        response: { 200: Template, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'lead');
      return presentTemplate(
        await db.tenant(ctx.organizationId, (tx) => updateTemplate(tx, ctx, request.params.id, request.body)),
      );
    },
  );

  app.delete(
    '/api/v1/expansion-templates/:id',
    {
      config: { permission: 'approve' },
      schema: {
        tags,
        summary: 'Delete a template',
        params: IdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      await db.tenant(ctx.organizationId, (tx) => deleteTemplate(tx, ctx, request.params.id));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/expansion-plans',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'Every expansion plan (one per application) with its current stage and gate',
        response: { 200: z.object({ items: z.array(PlanSummary) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return db.tenant(ctx.organizationId, async (tx) => {
        const items = [];
        for (const id of await listPlanIds(tx, ctx)) {
          const detail = await getPlan(tx, ctx, id);
          const gate = await evaluateGate(tx, ctx, detail);
          items.push({
            id,
            application: {
              id: detail.application.id,
              name: detail.application.name,
              stage: detail.application.stage,
            },
            status: detail.plan.status,
            version: detail.plan.version,
            stageCount: detail.stages.length,
            currentStage: detail.running
              ? { id: detail.running.id, name: detail.running.name, position: detail.running.position }
              : null,
            gate: gate && { recommendation: gate.recommendation, status: gate.status, reason: gate.reason },
          });
        }
        return { items };
      });
    },
  );

  app.post(
    '/api/v1/expansion-plans',
    {
      config: { permission: 'approve' },
      schema: {
        tags,
        summary: 'Create an application’s plan from a template (the starter template when none is named)',
        body: z.strictObject({
          applicationId: Id,
          templateId: Id.optional(),
          stageUnits: z
            .array(
              z.strictObject({
                orgUnitIds: z.array(Id).max(200),
                expectedValue: z
                  .number()
                  .min(0)
                  .max(1e9)
                  .optional()
                  .describe(
                    'Hours the stage saves a month, what the optimizer weighs; left out: the default from the application’s evidence (GET …/stage-value-default), else 0',
                  ),
              }),
            )
            .max(12)
            .optional()
            .describe('The org units and expected value of each template stage, in order'),
        }),
        response: { 201: Plan, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      const plan = await db.tenant(ctx.organizationId, async (tx) => {
        const created = await createPlan(tx, ctx, request.body);
        return planOut(tx, ctx, created.plan.id);
      });
      return reply.status(201).send(plan);
    },
  );

  app.get(
    '/api/v1/applications/:id/stage-value-default',
    {
      config: { permission: 'portfolio.read' },
      schema: {
        tags,
        summary:
          'The default expected value of a new plan’s stages (hours saved a month) from the application’s evidence, with its basis',
        params: IdParams,
        response: {
          200: z
            .object({ hoursPerMonth: z.number().nullable(), basis: z.string() })
            .meta({ id: 'StageValueDefault' }),
          ...errors,
        },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return db.tenant(ctx.organizationId, (tx) => stageValueDefault(tx, ctx, request.params.id));
    },
  );

  app.get(
    '/api/v1/expansion-plans/:id',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'A plan with its stages, the running gate and the decisions',
        params: IdParams,
        response: { 200: Plan, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return db.tenant(ctx.organizationId, (tx) => planOut(tx, ctx, request.params.id));
    },
  );

  app.put(
    '/api/v1/expansion-plans/:id',
    {
      config: { permission: 'approve' },
      schema: {
        tags,
        summary:
          'Edit the stages (add, remove, reorder, units, criteria, dependencies); 409 while a stage runs',
        params: IdParams,
        body: PlanEdit,
        response: { 200: Plan, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'lead');
      return db.tenant(ctx.organizationId, async (tx) => {
        await updatePlan(tx, ctx, request.params.id, request.body);
        return planOut(tx, ctx, request.params.id);
      });
    },
  );

  const ChangeResult = z
    .object({
      request: z.object({ id: Id, status: z.string(), tier: z.string(), title: z.string() }),
      applied: z.boolean(),
      plan: Plan,
    })
    .meta({ id: 'PlanChangeResult' });

  app.post(
    '/api/v1/expansion-plans/:id/change-requests',
    {
      config: { permission: 'approve' },
      schema: {
        tags,
        summary:
          'Propose an edit of a locked plan: a change_expansion_plan decision request (applied at once if approved at once)',
        params: IdParams,
        body: PlanEdit.extend({
          reason: z.string().trim().min(1).max(2000),
          stages: z.array(StageInput).min(1).max(12),
        }),
        response: { 201: ChangeResult, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      const out = await db.tenant(ctx.organizationId, async (tx) => {
        const result = await proposePlanChange(tx, ctx, request.params.id, request.body);
        const r = result.request;
        return {
          request: { id: r.id, status: r.status, tier: r.tier, title: r.title },
          applied: result.applied,
          plan: await planOut(tx, ctx, request.params.id),
        };
      });
      return reply.status(201).send(out);
    },
  );

  app.post(
    '/api/v1/expansion-plans/:id/change-requests/:requestId/apply',
    {
      config: { permission: 'approve' },
      schema: {
        tags,
        summary: 'Apply an approved change request to the plan',
        params: z.strictObject({ id: Id, requestId: Id }),
        response: { 200: Plan, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'lead');
      return db.tenant(ctx.organizationId, async (tx) => {
        await applyPlanChange(tx, ctx, request.params.id, request.params.requestId);
        return planOut(tx, ctx, request.params.id);
      });
    },
  );

  app.post(
    '/api/v1/expansion-plans/:id/start',
    {
      config: { permission: 'approve' },
      schema: {
        tags,
        summary: 'Start the next planned stage (the pilot stage of a new plan, or again after a roll back)',
        params: IdParams,
        body: z.strictObject({
          version: z.number().int().min(1),
          startedOn: z.iso
            .date()
            .optional()
            .describe('When the stage started (today by default; not in the future)'),
        }),
        response: { 200: Plan, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'lead');
      return db.tenant(ctx.organizationId, async (tx) => {
        await startNextStage(tx, ctx, request.params.id, request.body);
        return planOut(tx, ctx, request.params.id);
      });
    },
  );

  app.get(
    '/api/v1/expansion-plans/:id/gate',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'The running stage’s gate, evaluated now (null when no stage runs)',
        params: IdParams,
        response: { 200: z.object({ gate: GateEvaluationSchema.nullable() }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return db.tenant(ctx.organizationId, async (tx) => ({
        gate: await evaluateGate(tx, ctx, await getPlan(tx, ctx, request.params.id)),
      }));
    },
  );

  app.put(
    '/api/v1/expansion-plans/:id/stages/:stageId/units/:orgUnitId/adoption',
    {
      config: { permission: 'approve' },
      schema: {
        tags,
        summary: 'Report how many people of a unit use the application (the adoption criterion)',
        params: z.strictObject({ id: Id, stageId: Id, orgUnitId: Id }),
        body: z.strictObject({ activeUsers: z.number().int().min(0).max(1_000_000) }),
        response: { 200: Plan, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'lead');
      const { id, stageId, orgUnitId } = request.params;
      return db.tenant(ctx.organizationId, async (tx) => {
        await reportAdoption(tx, ctx, id, stageId, orgUnitId, request.body.activeUsers);
        return planOut(tx, ctx, id);
      });
    },
  );

  app.post(
    '/api/v1/expansion-plans/:id/stages/:stageId/gate-decisions',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary:
          'Decide the running stage’s gate (lead, admin, or the RACI’s Accountable); 409 with the new evaluation when the evidence changed',
        params: StageParams,
        body: z.strictObject({
          outcome: z.enum(gateOutcomes),
          rationale: z.string().trim().min(1).max(4000),
          planVersion: z.number().int().min(1),
          fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'the evaluation’s fingerprint'),
        }),
        response: { 201: z.object({ decision: GateDecision, plan: Plan }), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request);
      const { id, stageId } = request.params;
      const out = await db.tenant(ctx.organizationId, async (tx) => {
        const { decision } = await decideGate(tx, ctx, id, stageId, request.body);
        return { decision: presentDecision(decision), plan: await planOut(tx, ctx, id) };
      });
      return reply.status(201).send(out);
    },
  );

  app.get(
    '/api/v1/gate-decisions/:id',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'A gate decision with its frozen evidence',
        params: IdParams,
        response: { 200: GateDecision, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return presentDecision(
        await db.tenant(ctx.organizationId, (tx) => getGateDecision(tx, ctx, request.params.id)),
      );
    },
  );
};
