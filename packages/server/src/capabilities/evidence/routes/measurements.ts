import { z } from 'zod';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { requireOrganization } from '../../../platform/auth/request-auth';
import type { Database } from '../../../platform/db/types';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, IdParams, Timestamp } from '../../../platform/http/schemas';
import { evidenceWindows, measurementGroups, measurementSources } from '../evidence-schema';
import { importMeasurementsCsv, MAX_IMPORT_ROWS } from '../services/measurement-import';
import {
  ConcurrentMeasurementError,
  deleteMeasurement,
  listMeasurements,
  type MeasurementSource,
  type MeasurementInput as NewMeasurement,
  presentMeasurement,
  recordMeasurements,
} from '../services/measurements';
import { errors, IsoDate, Unit } from './evidence';

export const MAX_MEASUREMENT_BATCH = 1000;

const MeasurementFields = {
  window: z.enum(evidenceWindows),
  group: z
    .enum(measurementGroups)
    .optional()
    .describe('pilot (default) or a concurrent comparison group working without the pilot'),
  measuredOn: IsoDate.describe('The day measured; must lie in the window'),
  value: z.number().describe('The measurement; for a proportion 0/1, or a success count with total'),
  total: z.number().int().optional().describe('Proportions only: the count out of which value succeeded'),
  unit: Unit.optional().describe('If given, must be the metric’s unit'),
  note: z.string().max(2000).optional(),
};
const MeasurementInput = z
  .strictObject({
    ...MeasurementFields,
    clientId: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe('Your id for it; a retry with the same id is idempotent'),
  })
  .meta({ id: 'NewMeasurement' });
const BatchMeasurementInput = z
  .strictObject({ ...MeasurementFields, clientId: z.string().min(1).max(200) })
  .meta({ id: 'NewBatchMeasurement' });
const Measurement = z
  .object({
    id: Id,
    metricId: Id,
    window: z.enum(evidenceWindows),
    group: z.enum(measurementGroups),
    measuredOn: IsoDate,
    value: z.number(),
    total: z.number().int().nullable(),
    note: z.string(),
    clientId: z.string().nullable(),
    source: z.enum(measurementSources),
    createdAt: Timestamp,
  })
  .meta({ id: 'Measurement' });
const Recorded = Measurement.extend({
  duplicate: z.boolean().describe('True when this client id was recorded before; the stored one is returned'),
}).meta({ id: 'RecordedMeasurement' });
const ImportResult = z
  .object({
    rows: z.number().int(),
    baseline: z.number().int(),
    pilot: z.number().int(),
    comparison: z.number().int(),
    imported: z.number().int().describe('0 on a dry run'),
    duplicates: z.number().int(),
  })
  .meta({ id: 'MeasurementImport' });

/** One transaction per attempt; a concurrent retry of the same client id is retried once more. */
async function record(
  db: Database,
  ctx: OrgContext,
  metricId: string,
  inputs: NewMeasurement[],
  source: MeasurementSource,
  pathOf: (i: number) => string,
) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.tenant(ctx.organizationId, (tx) =>
        recordMeasurements(tx, ctx, metricId, inputs, { source, pathOf }),
      );
    } catch (error) {
      if (!(error instanceof ConcurrentMeasurementError) || attempt >= 3) throw error;
    }
  }
}

export const measurementRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/metrics/:id/measurements',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['evidence'],
        summary: 'A metric’s measurements, by day',
        params: IdParams,
        response: { 200: z.object({ items: z.array(Measurement) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const rows = await db.tenant(ctx.organizationId, (tx) => listMeasurements(tx, ctx, request.params.id));
      return { items: rows.map(presentMeasurement) };
    },
  );

  app.post(
    '/api/v1/metrics/:id/measurements',
    {
      config: { permission: 'write' },
      schema: {
        tags: ['evidence'],
        summary: 'Record one measurement (contributor)',
        params: IdParams,
        body: MeasurementInput,
        response: { 200: Recorded, 201: Recorded, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'contributor');
      const [stored] = await record(db, ctx, request.params.id, [request.body], 'entered', () => 'body');
      return reply.status(stored!.duplicate ? 200 : 201).send(stored!);
    },
  );

  app.post(
    '/api/v1/metrics/:id/measurements/batch',
    {
      config: { permission: 'write' },
      schema: {
        tags: ['evidence'],
        summary: `Record up to ${MAX_MEASUREMENT_BATCH} measurements with client ids (contributor); all or nothing`,
        params: IdParams,
        body: z.strictObject({
          measurements: z.array(BatchMeasurementInput).min(1).max(MAX_MEASUREMENT_BATCH),
        }),
        response: { 200: z.object({ items: z.array(Recorded) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'contributor');
      const items = await record(
        db,
        ctx,
        request.params.id,
        request.body.measurements,
        'api',
        (i) => `body.measurements.${i}`,
      );
      return { items };
    },
  );

  app.post(
    '/api/v1/metrics/:id/measurements/import',
    {
      config: { permission: 'write' },
      bodyLimit: 8 * 1024 * 1024,
      schema: {
        tags: ['evidence'],
        summary: `Import up to ${MAX_IMPORT_ROWS} measurements from CSV (contributor); every row checked first, nothing half-imported`,
        description:
          'Columns: window, measured_on, value; optional group, total, unit, note, client_id. Errors name `csv.line.<n>.<column>` (the header is line 1). `dryRun` checks and counts without storing.',
        params: IdParams,
        body: z.strictObject({ csv: z.string().min(1).max(8_000_000), dryRun: z.boolean().optional() }),
        response: { 200: ImportResult, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'contributor');
      return db.tenant(ctx.organizationId, (tx) =>
        importMeasurementsCsv(tx, ctx, request.params.id, request.body),
      );
    },
  );

  app.delete(
    '/api/v1/measurements/:id',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['evidence'],
        summary: 'Delete a measurement recorded by mistake (lead); the audit log keeps it',
        params: IdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      await db.tenant(ctx.organizationId, (tx) => deleteMeasurement(tx, ctx, request.params.id));
      return reply.status(204).send(null);
    },
  );
};
