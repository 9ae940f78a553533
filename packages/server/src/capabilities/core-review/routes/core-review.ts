import { recommendElement, scalingPackageMarkdown } from '@trellis/core';
import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import { Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { IdParams } from '../../../platform/http/schemas';
import { getApplication } from '../../portfolio/index';
import {
  type CoreElementRow,
  createElement,
  deleteElement,
  listElements,
  toReviewElement,
  updateElement,
} from '../services/core-elements';
import {
  generateScalingPackage,
  getLatestScalingPackage,
  getScalingPackage,
  listCoreReviewStatus,
  listScalingPackages,
  type ScalingPackageRow,
} from '../services/scaling-packages';
import {
  ApplicationParams,
  CoreElement,
  CoreReviewStatus,
  ElementChange,
  NewElement,
  ScalingPackage,
} from './core-review-schemas';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

const presentElement = (row: CoreElementRow): z.infer<typeof CoreElement> => {
  const { position } = toReviewElement(row);
  const placed = position ? recommendElement(position) : null;
  return {
    id: row.id,
    applicationId: row.applicationId,
    kind: row.kind,
    name: row.name,
    description: row.description,
    position,
    recommendation: placed?.recommendation ?? null,
    borderline: placed?.borderline ?? false,
    hiddenHoursPerWeek: row.hiddenHoursPerWeek,
    carriedBy: row.carriedBy,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
};

const presentPackage = (row: ScalingPackageRow, current: boolean): z.infer<typeof ScalingPackage> => ({
  id: row.id,
  applicationId: row.applicationId,
  version: row.version,
  current,
  createdAt: row.createdAt.toISOString(),
  content: row.content,
});

export const coreReviewRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/core-review/applications',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['core review'],
        summary: 'Every application with how far its sustainable-core review has come',
        response: { 200: z.object({ items: z.array(CoreReviewStatus) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const rows = await db.tenant(ctx.organizationId, (tx) => listCoreReviewStatus(tx, ctx));
      return {
        items: rows.map(({ id, packageAt, ...rest }) => ({
          applicationId: id,
          ...rest,
          packageAt: packageAt?.toISOString() ?? null,
        })),
      };
    },
  );

  app.get(
    '/api/v1/applications/:applicationId/core-elements',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['core review'],
        summary: 'The pilot elements on the core-review board, with their recommendations',
        params: ApplicationParams,
        response: { 200: z.object({ items: z.array(CoreElement) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const rows = await db.tenant(ctx.organizationId, (tx) =>
        listElements(tx, ctx, request.params.applicationId),
      );
      return { items: rows.map(presentElement) };
    },
  );

  app.post(
    '/api/v1/applications/:applicationId/core-elements',
    {
      config: { permission: 'write' },
      schema: {
        tags: ['core review'],
        summary: 'Add a pilot element (contributor), placed or not',
        params: ApplicationParams,
        body: NewElement,
        response: { 201: CoreElement, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'contributor');
      const row = await db.tenant(ctx.organizationId, (tx) =>
        createElement(tx, ctx, request.params.applicationId, request.body),
      );
      return reply.status(201).send(presentElement(row));
    },
  );

  app.patch(
    '/api/v1/core-elements/:id',
    {
      config: { permission: 'write' },
      schema: {
        tags: ['core review'],
        summary: 'Move or edit a pilot element (contributor)',
        params: IdParams,
        body: ElementChange,
        response: { 200: CoreElement, 409: Problem, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'contributor');
      const row = await db.tenant(ctx.organizationId, (tx) =>
        updateElement(tx, ctx, request.params.id, request.body),
      );
      return presentElement(row);
    },
  );

  app.delete(
    '/api/v1/core-elements/:id',
    {
      config: { permission: 'write' },
      schema: {
        tags: ['core review'],
        summary: 'Remove a pilot element (contributor)',
        params: IdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'contributor');
      await db.tenant(ctx.organizationId, (tx) => deleteElement(tx, ctx, request.params.id));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/applications/:applicationId/scaling-packages',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['core review'],
        summary: 'The application’s scaling packages, newest first',
        params: ApplicationParams,
        response: { 200: z.object({ items: z.array(ScalingPackage) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const { applicationId } = request.params;
      return db.tenant(ctx.organizationId, async (tx) => {
        const rows = await listScalingPackages(tx, ctx, applicationId);
        const latest = await getLatestScalingPackage(tx, ctx, applicationId);
        return { items: rows.map((r) => presentPackage(r, r.id === latest?.package.id && latest.current)) };
      });
    },
  );

  app.post(
    '/api/v1/applications/:applicationId/scaling-packages',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['core review'],
        summary: 'Generate a scaling package from the board (lead): a new immutable version',
        params: ApplicationParams,
        response: { 201: ScalingPackage, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      const row = await db.tenant(ctx.organizationId, (tx) =>
        generateScalingPackage(tx, ctx, request.params.applicationId),
      );
      return reply.status(201).send(presentPackage(row, true));
    },
  );

  app.get(
    '/api/v1/scaling-packages/:id',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['core review'],
        summary: 'A scaling package (JSON, or Markdown with ?format=markdown)',
        params: IdParams,
        querystring: z.strictObject({ format: z.enum(['json', 'markdown']).default('json') }),
        produces: ['application/json', 'text/markdown'],
        response: { 200: z.union([ScalingPackage, z.string()]), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request);
      const { row, current } = await db.tenant(ctx.organizationId, async (tx) => {
        const row = await getScalingPackage(tx, ctx, request.params.id);
        await getApplication(tx, ctx, row.applicationId);
        const latest = await getLatestScalingPackage(tx, ctx, row.applicationId);
        return { row, current: latest?.package.id === row.id && latest.current };
      });
      if (request.query.format === 'json') return presentPackage(row, current);
      const slug = row.content.application.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
      return reply
        .type('text/markdown; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="scaling-package-${slug || 'application'}-v${row.version}.md"`,
        )
        .send(scalingPackageMarkdown(row.content));
    },
  );
};
