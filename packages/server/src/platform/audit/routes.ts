import { Readable } from 'node:stream';
import { z } from 'zod';
import { type OrgContext, requireOrganization } from '../auth/request-auth';
import type { Database } from '../db/types';
import { csvHeaderLine, csvRowLine } from '../http/csv';
import { decodeCursor, PageQuery, PublicIdCursor, page, toPage } from '../http/pagination';
import { Problem } from '../http/problem';
import type { RoutePlugin } from '../http/route-types';
import { Id, Timestamp } from '../http/schemas';
import { type AuditEventRow, type AuditFilter, listAuditEvents } from './audit';

export const AuditEvent = z
  .object({
    id: Id,
    occurredAt: Timestamp,
    actor: z.object({ type: z.enum(['user', 'token', 'system']), id: Id.nullable(), name: z.string() }),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
    requestId: z.string().nullable(),
  })
  .meta({ id: 'AuditEvent' });

const Filters = {
  action: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(200).optional(),
  actorId: Id.optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
};
const ListQuery = PageQuery.extend(Filters);
const ExportQuery = z.strictObject({ format: z.enum(['csv', 'jsonl']).default('jsonl'), ...Filters });
const errors = { 400: Problem, 401: Problem, 403: Problem };

type AuditEvent = z.infer<typeof AuditEvent>;

const present = (e: AuditEventRow): AuditEvent => ({
  id: e.publicId,
  occurredAt: e.occurredAt.toISOString(),
  actor: { type: e.actorType, id: e.actorId, name: e.actorName },
  action: e.action,
  entityType: e.entityType,
  entityId: e.entityId,
  before: (e.before as Record<string, unknown> | null) ?? null,
  after: (e.after as Record<string, unknown> | null) ?? null,
  requestId: e.requestId,
});

function toFilter(q: { [K in keyof typeof Filters]?: string | undefined }): AuditFilter {
  return { ...q, from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined };
}

const CSV_COLUMNS = [
  'id',
  'occurredAt',
  'actorType',
  'actorId',
  'actorName',
  'action',
  'entityType',
  'entityId',
  'before',
  'after',
  'requestId',
];

function toCsvLine(e: AuditEvent): string {
  const cells = [
    e.id,
    e.occurredAt,
    e.actor.type,
    e.actor.id,
    e.actor.name,
    e.action,
    e.entityType,
    e.entityId,
    e.before,
    e.after,
    e.requestId,
  ];
  return csvRowLine(cells, true);
}

/** Streams every matching event, newest first, a page per short transaction (the log only grows). */
async function* exportLines(db: Database, ctx: OrgContext, filter: AuditFilter, format: 'csv' | 'jsonl') {
  if (format === 'csv') yield csvHeaderLine(CSV_COLUMNS, true);
  let before: string | undefined;
  for (;;) {
    const rows = await db.tenant(ctx.organizationId, (tx) =>
      listAuditEvents(tx, ctx.organizationId, filter, { limit: 1000, before }),
    );
    for (const row of rows) {
      const event = present(row);
      yield format === 'csv' ? toCsvLine(event) : `${JSON.stringify(event)}\n`;
    }
    if (rows.length < 1000) return;
    before = rows[rows.length - 1]!.publicId;
  }
}

export const auditEventRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/audit-events',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['audit'],
        summary: 'The append-only audit log, newest first (admin)',
        querystring: ListQuery,
        response: { 200: page(AuditEvent), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'admin');
      const { limit, cursor, ...filters } = request.query;
      const before = decodeCursor(cursor, PublicIdCursor)?.[0];
      const rows = await db.tenant(ctx.organizationId, (tx) =>
        listAuditEvents(tx, ctx.organizationId, toFilter(filters), { limit: limit + 1, before }),
      );
      return toPage(rows, limit, present, (e) => [e.publicId]);
    },
  );

  app.get(
    '/api/v1/audit-events/export',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['audit'],
        summary: 'Download the audit log as CSV or JSON Lines (admin)',
        querystring: ExportQuery,
        produces: ['text/csv', 'application/x-ndjson'],
        response: { 200: z.string(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'admin');
      const { format, ...filters } = request.query;
      const stamp = new Date().toISOString().slice(0, 10);
      reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8')
        .header('content-disposition', `attachment; filename="trellis-audit-${stamp}.${format}"`);
      // A stream bypasses the response serializer; the schema above only documents the body.
      return reply.send(Readable.from(exportLines(db, ctx, toFilter(filters), format)) as never);
    },
  );
};
