import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { decodeCursor, PageQuery, page, toPage } from '../../../platform/http/pagination';
import { Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, IdParams, Name, Timestamp } from '../../../platform/http/schemas';
import { createWorkflow, listApplicationWorkflows } from '../../quality/index';
import { applicationCursorOf, listApplications, loadApplicationRefs } from '../services/application-list';
import { listTransitions, nextStagesOf, transitionApplication } from '../services/application-stages';
import {
  type ApplicationRow,
  createApplication,
  getApplication,
  updateApplication,
} from '../services/applications';
import {
  Application,
  ApplicationChangesBody,
  FilterFields,
  NewApplicationBody,
  presentApplication,
  presentTransition,
  StageSchema,
  StageTransition,
  TransitionBody,
} from './application-schemas';

const ApplicationDetail = Application.extend({
  nextStages: z.array(StageSchema).describe('The stages the transition table allows next'),
}).meta({ id: 'ApplicationDetail' });
const Task = z
  .object({ id: Id, name: z.string(), description: z.string(), createdAt: Timestamp })
  .meta({ id: 'ApplicationTask' });
/** The sort keys of a page's last row and its id (their types depend on the order; the service checks them). */
const ApplicationListCursor = z
  .array(z.union([z.string().max(300), z.number().int()]))
  .min(2)
  .max(3);
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const tags = ['portfolio'];

async function presentOne(tx: Tx, row: ApplicationRow) {
  return presentApplication(row, await loadApplicationRefs(tx, [row]));
}
async function presentDetail(tx: Tx, row: ApplicationRow) {
  return { ...(await presentOne(tx, row)), nextStages: await nextStagesOf(tx, row) };
}

export const applicationRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/applications',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary:
          'The application registry: filter by stage, risk tier, owner, org unit and custom fields; search names and purposes',
        querystring: PageQuery.extend(FilterFields),
        response: { 200: page(Application), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const { limit, cursor, ...filters } = request.query;
      const after = decodeCursor(cursor, ApplicationListCursor);
      return db.tenant(ctx.organizationId, async (tx) => {
        const rows = await listApplications(tx, ctx, filters, { limit: limit + 1, after });
        const refs = await loadApplicationRefs(tx, rows.slice(0, limit));
        return toPage(
          rows,
          limit,
          (a) => presentApplication(a, refs),
          (a) => applicationCursorOf(filters.sort ?? 'newest', a),
        );
      });
    },
  );

  app.post(
    '/api/v1/applications',
    {
      config: { permission: 'approve' },
      schema: {
        tags,
        summary: 'Register an application (lead)',
        body: NewApplicationBody,
        response: { 201: ApplicationDetail, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      const body = await db.tenant(ctx.organizationId, async (tx) =>
        presentDetail(tx, await createApplication(tx, ctx, request.body)),
      );
      return reply.status(201).send(body);
    },
  );

  app.get(
    '/api/v1/applications/:id',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'One application',
        params: IdParams,
        response: { 200: ApplicationDetail, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return db.tenant(ctx.organizationId, async (tx) =>
        presentDetail(tx, await getApplication(tx, ctx, request.params.id)),
      );
    },
  );

  app.patch(
    '/api/v1/applications/:id',
    {
      config: { permission: 'approve' },
      schema: {
        tags,
        summary:
          'Edit an application (lead); made against its version, a stale one is a 409 and changes nothing',
        params: IdParams,
        body: ApplicationChangesBody,
        response: { 200: ApplicationDetail, 409: Problem, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'lead');
      return db.tenant(ctx.organizationId, async (tx) =>
        presentDetail(tx, await updateApplication(tx, ctx, request.params.id, request.body)),
      );
    },
  );

  app.get(
    '/api/v1/applications/:id/transitions',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'The application’s stage history: who moved it, when and why, oldest first',
        params: IdParams,
        response: { 200: z.object({ items: z.array(StageTransition) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const rows = await db.tenant(ctx.organizationId, (tx) => listTransitions(tx, ctx, request.params.id));
      return { items: rows.map(presentTransition) };
    },
  );

  app.post(
    '/api/v1/applications/:id/transitions',
    {
      config: { permission: 'approve' },
      schema: {
        tags,
        summary: 'Move the application to another stage, with a reason (lead); only allowed transitions',
        params: IdParams,
        body: TransitionBody,
        response: {
          201: z.object({ application: ApplicationDetail, transition: StageTransition }),
          409: Problem,
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      const body = await db.tenant(ctx.organizationId, async (tx) => {
        const moved = await transitionApplication(tx, ctx, request.params.id, request.body);
        return {
          application: await presentDetail(tx, moved.application),
          transition: presentTransition(moved.transition),
        };
      });
      return reply.status(201).send(body);
    },
  );

  app.get(
    '/api/v1/applications/:id/tasks',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'The application’s tasks: the workflow steps AI touches (its workflows)',
        params: IdParams,
        response: { 200: z.object({ items: z.array(Task) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const rows = await db.tenant(ctx.organizationId, async (tx) => {
        await getApplication(tx, ctx, request.params.id);
        return listApplicationWorkflows(tx, ctx, request.params.id);
      });
      return {
        items: rows.map((w) => ({
          id: w.id,
          name: w.name,
          description: w.description,
          createdAt: w.createdAt.toISOString(),
        })),
      };
    },
  );

  app.post(
    '/api/v1/applications/:id/tasks',
    {
      config: { permission: 'approve' },
      schema: {
        tags,
        summary: 'Add a task: a workflow of this application, whose outputs Quality can sample (lead)',
        params: IdParams,
        body: z.strictObject({ name: Name, description: z.string().max(2000).optional() }),
        response: { 201: Task, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      const workflow = await db.tenant(ctx.organizationId, async (tx) => {
        await getApplication(tx, ctx, request.params.id);
        return createWorkflow(tx, ctx, { ...request.body, applicationId: request.params.id });
      });
      return reply.status(201).send({
        id: workflow.id,
        name: workflow.name,
        description: workflow.description,
        createdAt: workflow.createdAt.toISOString(),
      });
    },
  );
};
