import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import { decodeCursor, page, TimeIdCursor, toPage } from '../../../platform/http/pagination';
import { Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, IdParams, Name } from '../../../platform/http/schemas';
import { monthsFrom, unitAbsorption } from '../services/capacity';
import {
  createOrgUnit,
  deleteOrgUnit,
  getOrgUnit,
  listOrgUnitMembers,
  listOrgUnits,
  orgUnitCapacities,
  removeOrgUnitMember,
  setOrgUnitMember,
  updateOrgUnit,
} from '../services/org-units';
import { Month, OrgUnit, presentOrgUnit, Status, Threshold } from './capacity-schemas';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const Capacity = z.number().min(0).max(1e9).nullable();

const UnitMember = z
  .object({ userId: Id, name: z.string(), email: z.string(), role: z.enum(['member', 'lead']) })
  .meta({ id: 'OrgUnitMember' });

const Absorption = z
  .object({
    month: z.string(),
    load: z.number(),
    capacity: z.number(),
    ratio: z.number().nullable(),
    status: Status,
    score: z.number().int().describe('0–100: how well the unit can take in more change'),
    pulseRoundId: Id.nullable(),
    factors: z.array(
      z.object({
        factor: z.enum(['headroom', 'pulse']),
        value: z.number(),
        weight: z.number(),
        detail: z.string(),
      }),
    ),
  })
  .meta({ id: 'AbsorptionScore' });

export const orgUnitRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/org-units',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['capacity'],
        summary: 'Org units, oldest first (any member)',
        querystring: z.strictObject({
          limit: z.coerce.number().int().min(1).max(500).default(50),
          cursor: z.string().max(500).optional(),
        }),
        response: { 200: page(OrgUnit), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const { limit, cursor } = request.query;
      const after = decodeCursor(cursor, TimeIdCursor);
      const { rows, capacities } = await db.tenant(ctx.organizationId, async (tx) => ({
        rows: await listOrgUnits(tx, ctx, { limit: limit + 1, after }),
        capacities: await orgUnitCapacities(tx, ctx),
      }));
      return toPage(
        rows,
        limit,
        (u) => presentOrgUnit(u, capacities),
        (u) => [u.createdAt.toISOString(), u.id],
      );
    },
  );

  app.post(
    '/api/v1/org-units',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['capacity'],
        summary: 'Create an org unit (lead): division → department → team',
        body: z.strictObject({
          name: Name,
          kind: z.enum(['division', 'department', 'team']),
          parentId: Id.nullable().optional(),
          headcount: z.number().int().min(0).max(1_000_000).optional(),
          monthlyCapacity: Capacity.optional(),
          amberThreshold: Threshold.optional(),
          redThreshold: Threshold.optional(),
        }),
        response: { 201: OrgUnit, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      const unit = await db.tenant(ctx.organizationId, async (tx) =>
        presentOrgUnit(await createOrgUnit(tx, ctx, request.body), await orgUnitCapacities(tx, ctx)),
      );
      return reply.status(201).send(unit);
    },
  );

  app.get(
    '/api/v1/org-units/:id',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['capacity'],
        summary: 'An org unit',
        params: IdParams,
        response: { 200: OrgUnit, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return db.tenant(ctx.organizationId, async (tx) =>
        presentOrgUnit(await getOrgUnit(tx, ctx, request.params.id), await orgUnitCapacities(tx, ctx)),
      );
    },
  );

  app.patch(
    '/api/v1/org-units/:id',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['capacity'],
        summary:
          'Edit a unit’s name, kind, headcount, capacity (null = default), thresholds or parent (lead)',
        params: IdParams,
        body: z.strictObject({
          name: Name.optional(),
          kind: z
            .enum(['division', 'department', 'team'])
            .optional()
            .describe(
              'Must stay below its parent’s kind and above its sub-units’ (division → department → team)',
            ),
          parentId: Id.nullable()
            .optional()
            .meta({ description: 'Move the unit under another one; null = top level' }),
          headcount: z.number().int().min(0).max(1_000_000).optional(),
          monthlyCapacity: Capacity.optional(),
          amberThreshold: Threshold.optional(),
          redThreshold: Threshold.optional(),
        }),
        response: { 200: OrgUnit, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'lead');
      return db.tenant(ctx.organizationId, async (tx) =>
        presentOrgUnit(
          await updateOrgUnit(tx, ctx, request.params.id, request.body),
          await orgUnitCapacities(tx, ctx),
        ),
      );
    },
  );

  app.delete(
    '/api/v1/org-units/:id',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['capacity'],
        summary: 'Delete a unit nothing refers to (lead); 409 names what still does',
        params: IdParams,
        response: { 204: z.null(), ...errors, 409: Problem },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      await db.tenant(ctx.organizationId, (tx) => deleteOrgUnit(tx, ctx, request.params.id));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/org-units/:id/members',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['capacity'],
        summary: 'The people of a unit',
        params: IdParams,
        response: { 200: z.object({ items: z.array(UnitMember) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const items = await db.tenant(ctx.organizationId, (tx) =>
        listOrgUnitMembers(tx, ctx, request.params.id),
      );
      return { items };
    },
  );

  app.put(
    '/api/v1/org-units/:id/members/:userId',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['capacity'],
        summary: 'Put a member of the organization in the unit, as member or lead (lead)',
        params: z.strictObject({ id: Id, userId: Id }),
        body: z.strictObject({ role: z.enum(['member', 'lead']).default('member') }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      const { id, userId } = request.params;
      await db.tenant(ctx.organizationId, (tx) =>
        setOrgUnitMember(tx, ctx, id, { userId, role: request.body.role }),
      );
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/v1/org-units/:id/members/:userId',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['capacity'],
        summary: 'Take someone out of the unit (lead)',
        params: z.strictObject({ id: Id, userId: Id }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      const { id, userId } = request.params;
      await db.tenant(ctx.organizationId, (tx) => removeOrgUnitMember(tx, ctx, id, userId));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/org-units/:id/absorption',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['capacity'],
        summary: 'Absorption score per month, from load against capacity and the latest pulse, explained',
        params: IdParams,
        querystring: z.strictObject({
          from: Month,
          months: z.coerce.number().int().min(1).max(36).default(6),
        }),
        response: { 200: z.object({ items: z.array(Absorption) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const months = monthsFrom(request.query.from, request.query.months);
      const items = await db.tenant(ctx.organizationId, (tx) =>
        unitAbsorption(tx, ctx, request.params.id, months),
      );
      return { items };
    },
  );
};
