import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import { PageQuery } from '../../../platform/http/pagination';
import { Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id } from '../../../platform/http/schemas';
import { applicationsCsv, collectApplications, federalInventoryCsv } from '../services/application-export';
import { checkApplicationImport, IMPORT_MAX_ROWS, importApplications } from '../services/application-import';
import { Application, FilterFields, presentApplication } from './application-schemas';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const tags = ['portfolio'];
const IMPORT_BODY_LIMIT = 12 * 1024 * 1024;
const ImportBody = z.strictObject({
  csv: z
    .string()
    .min(1)
    .max(10 * 1024 * 1024)
    .describe(`A CSV of applications (header row first, at most ${IMPORT_MAX_ROWS} rows)`),
});
const CellError = z.object({ column: z.string(), message: z.string() });
const ImportPreview = z
  .object({
    columns: z.array(z.string()),
    rows: z.array(
      z.object({ row: z.number().int(), name: z.string(), stage: z.string(), errors: z.array(CellError) }),
    ),
    fileErrors: z.array(CellError),
    valid: z.number().int(),
    invalid: z.number().int(),
  })
  .meta({ id: 'ApplicationImportPreview' });
const ExportQuery = PageQuery.omit({ limit: true, cursor: true })
  .extend(FilterFields)
  .extend({ format: z.enum(['csv', 'json', 'federal-inventory']).default('csv') });

/** CSV import with a preview, and CSV / JSON / federal AI use-case inventory export. */
export const applicationTransferRoutes: RoutePlugin = async (app, { db }) => {
  app.post(
    '/api/v1/applications/import/preview',
    {
      config: { permission: 'approve' },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Check a CSV of applications without storing anything: per-row errors (lead)',
        body: ImportBody,
        response: { 200: ImportPreview, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'lead');
      const { inputs: _inputs, ...preview } = await db.tenant(ctx.organizationId, (tx) =>
        checkApplicationImport(tx, ctx, request.body.csv),
      );
      return preview;
    },
  );

  app.post(
    '/api/v1/applications/import',
    {
      config: { permission: 'approve' },
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary:
          'Import a CSV of applications: all rows in one transaction, or none with a 400 naming each row and column (lead)',
        body: ImportBody,
        response: { 201: z.object({ created: z.number().int(), ids: z.array(Id) }), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      const { created } = await db.tenant(ctx.organizationId, (tx) =>
        importApplications(tx, ctx, request.body.csv),
      );
      return reply.status(201).send({ created: created.length, ids: created });
    },
  );

  app.get(
    '/api/v1/applications/export',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary:
          'Download the applications matching the filters: CSV (importable), JSON, or the US federal AI use-case inventory columns (CSV)',
        querystring: ExportQuery,
        produces: ['text/csv', 'application/json'],
        response: { 200: z.union([z.string(), z.object({ items: z.array(Application) })]), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request);
      const { format, ...filters } = request.query;
      const stamp = new Date().toISOString().slice(0, 10);
      const body = await db.tenant(ctx.organizationId, async (tx) => {
        const collected = await collectApplications(tx, ctx, filters);
        if (format === 'json')
          return { items: collected.rows.map((a) => presentApplication(a, collected.refs)) };
        return format === 'csv' ? applicationsCsv(collected) : federalInventoryCsv(tx, ctx, collected);
      });
      const name = format === 'federal-inventory' ? 'ai-use-case-inventory' : 'applications';
      reply.header(
        'content-disposition',
        `attachment; filename="trellis-${name}-${stamp}.${format === 'json' ? 'json' : 'csv'}"`,
      );
      if (typeof body === 'string') return reply.type('text/csv; charset=utf-8').send(body);
      return body;
    },
  );
};
