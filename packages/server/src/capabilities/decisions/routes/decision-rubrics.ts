import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { IdParams } from '../../../platform/http/schemas';
import {
  createRubric,
  createStarterRubric,
  getRubric,
  listRubrics,
  type RubricRow,
  type RubricVersionRow,
  saveRubricVersion,
} from '../services/decision-rubrics';
import { errors, Rubric, RubricInput, RubricVersion } from './decision-schemas';

const presentVersion = (v: RubricVersionRow) => ({
  id: v.id,
  version: v.version,
  criteria: v.criteria,
  knockOuts: v.knockOuts,
  createdAt: v.createdAt.toISOString(),
});
const present = (rubric: RubricRow, current: RubricVersionRow) => ({
  id: rubric.id,
  name: rubric.name,
  currentVersion: rubric.currentVersion,
  current: presentVersion(current),
  createdAt: rubric.createdAt.toISOString(),
});

export const decisionRubricRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/decisions/rubrics',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['decisions'],
        summary: 'Criteria rubrics with their current version',
        response: { 200: z.object({ items: z.array(Rubric) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const rows = await db.tenant(ctx.organizationId, (tx) => listRubrics(tx, ctx));
      return { items: rows.map((r) => present(r.rubric, r.version)) };
    },
  );

  app.post(
    '/api/v1/decisions/rubrics',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['decisions'],
        summary: 'Create a rubric (admin)',
        body: RubricInput,
        response: { 201: Rubric, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'admin');
      const { rubric, version } = await db.tenant(ctx.organizationId, (tx) =>
        createRubric(tx, ctx, request.body),
      );
      return reply.status(201).send(present(rubric, version));
    },
  );

  app.post(
    '/api/v1/decisions/rubrics/starter',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['decisions'],
        summary: 'Create the starter L&D rubric (value, feasibility, risk, readiness) to edit (admin)',
        response: { 201: Rubric, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'admin');
      const { rubric, version } = await db.tenant(ctx.organizationId, (tx) => createStarterRubric(tx, ctx));
      return reply.status(201).send(present(rubric, version));
    },
  );

  app.get(
    '/api/v1/decisions/rubrics/:id',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['decisions'],
        summary: 'A rubric with every version, newest first',
        params: IdParams,
        response: { 200: Rubric.extend({ versions: z.array(RubricVersion) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const { rubric, versions } = await db.tenant(ctx.organizationId, (tx) =>
        getRubric(tx, ctx, request.params.id),
      );
      return { ...present(rubric, versions[0]!), versions: versions.map(presentVersion) };
    },
  );

  app.put(
    '/api/v1/decisions/rubrics/:id',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['decisions'],
        summary:
          'Save an edit as a new version (admin); refused with 409 when baseVersion is not the current one',
        params: IdParams,
        body: RubricInput.extend({ baseVersion: z.number().int().min(1) }),
        response: { 200: Rubric, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'admin');
      const { rubric, version } = await db.tenant(ctx.organizationId, (tx) =>
        saveRubricVersion(tx, ctx, request.params.id, request.body),
      );
      return present(rubric, version);
    },
  );
};
