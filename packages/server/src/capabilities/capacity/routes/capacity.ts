import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import { Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, IdParams } from '../../../platform/http/schemas';
import { checkUnitSaturation, computeUnitHeatmap, heatmapCell, monthsFrom } from '../services/capacity';
import {
  createChangeImpact,
  createChangeImpacts,
  deleteChangeImpact,
  listChangeImpacts,
} from '../services/change-impacts';
import {
  ChangeImpact,
  ImpactShapeInput,
  Month,
  NewChangeImpact,
  OrgUnit,
  presentImpact,
  presentOrgUnit,
  Status,
} from './capacity-schemas';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

const HeatmapCell = z.object({
  month: z.string(),
  ownLoad: z.number().describe('Change points of the unit’s own impacts'),
  load: z.number().describe('Own plus every unit below'),
  capacity: z.number(),
  ratio: z.number().nullable(),
  status: Status,
});
const Heatmap = z
  .object({
    months: z.array(z.string()),
    rows: z.array(z.object({ unit: OrgUnit, capacity: z.number(), cells: z.array(HeatmapCell) })),
  })
  .meta({ id: 'CapacityHeatmap' });

const SaturationCheck = z
  .object({
    orgUnitId: Id,
    fits: z.boolean().describe('False when some month goes above the red threshold'),
    worstStatus: Status,
    maxOvershoot: z.number().describe('Change points above the red line in the worst month'),
    worstMonth: z.string().nullable(),
    months: z.array(
      z.object({
        month: z.string(),
        existingLoad: z.number(),
        addedLoad: z.number(),
        projectedLoad: z.number(),
        capacity: z.number(),
        ratio: z.number().nullable(),
        status: Status,
        overshoot: z.number(),
      }),
    ),
  })
  .meta({ id: 'SaturationCheck' });

export const capacityRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/capacity/heatmap',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['capacity'],
        summary: 'Load against capacity for every unit × month, rolled up the hierarchy',
        querystring: z.strictObject({
          from: Month,
          months: z.coerce.number().int().min(1).max(36).default(12),
        }),
        response: { 200: Heatmap, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const months = monthsFrom(request.query.from, request.query.months);
      const heatmap = await db.tenant(ctx.organizationId, (tx) => computeUnitHeatmap(tx, ctx, months));
      const capacities = new Map(heatmap.rows.map((row) => [row.unitId, row.capacity]));
      return {
        months,
        rows: heatmap.rows.map((row, i) => ({
          unit: presentOrgUnit(heatmap.units[i]!, capacities),
          capacity: row.capacity,
          cells: row.cells,
        })),
      };
    },
  );

  app.get(
    '/api/v1/capacity/heatmap/cell',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['capacity'],
        summary: 'The changes behind one heatmap cell (the unit and the units below it)',
        querystring: z.strictObject({ orgUnitId: Id, month: Month }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: Id,
                title: z.string(),
                orgUnitId: Id,
                unitName: z.string(),
                source: z.string(),
                aspects: z.record(z.string(), z.number()),
                peopleAffected: z.number().int(),
                startDate: z.string(),
                endDate: z.string(),
                load: z.number(),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const { orgUnitId, month } = request.query;
      const rows = await db.tenant(ctx.organizationId, (tx) => heatmapCell(tx, ctx, orgUnitId, month));
      return {
        items: rows.map((r) => ({
          id: r.id,
          title: r.title,
          orgUnitId: r.orgUnitId,
          unitName: r.unitName,
          source: r.source,
          aspects: r.aspects,
          peopleAffected: r.peopleAffected,
          startDate: r.startDate,
          endDate: r.endDate,
          load: r.load,
        })),
      };
    },
  );

  app.post(
    '/api/v1/capacity/saturation-check',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['capacity'],
        summary: 'Would this change push the unit over its tolerance, and by how much? (changes nothing)',
        body: z.strictObject({ orgUnitId: Id, ...ImpactShapeInput }),
        response: { 200: SaturationCheck, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const { orgUnitId, ...proposed } = request.body;
      const { check } = await db.tenant(ctx.organizationId, (tx) =>
        checkUnitSaturation(tx, ctx, orgUnitId, proposed),
      );
      return { orgUnitId, ...check };
    },
  );

  app.get(
    '/api/v1/change-impacts',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['capacity'],
        summary: 'Change impacts, latest start first (of one unit and the units below it)',
        querystring: z.strictObject({
          orgUnitId: Id.optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: { 200: z.object({ items: z.array(ChangeImpact) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const rows = await db.tenant(ctx.organizationId, (tx) => listChangeImpacts(tx, ctx, request.query));
      return { items: rows.map(presentImpact) };
    },
  );

  app.post(
    '/api/v1/change-impacts',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['capacity'],
        summary: 'Record the load a change puts on a unit (lead)',
        body: NewChangeImpact,
        response: { 201: ChangeImpact, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      const row = await db.tenant(ctx.organizationId, (tx) => createChangeImpact(tx, ctx, request.body));
      return reply.status(201).send(presentImpact(row));
    },
  );

  app.post(
    '/api/v1/change-impacts/import',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['capacity'],
        summary: 'Import change impacts, all or none (lead)',
        body: z.strictObject({ items: z.array(NewChangeImpact).min(1).max(1000) }),
        response: { 201: z.object({ items: z.array(ChangeImpact) }), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      const rows = await db.tenant(ctx.organizationId, (tx) =>
        createChangeImpacts(tx, ctx, request.body.items, 'import'),
      );
      return reply.status(201).send({ items: rows.map(presentImpact) });
    },
  );

  app.delete(
    '/api/v1/change-impacts/:id',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['capacity'],
        summary: 'Remove a change impact (lead)',
        params: IdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      await db.tenant(ctx.organizationId, (tx) => deleteChangeImpact(tx, ctx, request.params.id));
      return reply.status(204).send(null);
    },
  );
};
