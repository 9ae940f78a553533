import { z } from 'zod';
import { requireOrganization, requireSession } from '../../../platform/auth/request-auth';
import { DEFAULT_SESSION_LIMIT_MINUTES, MIN_SESSION_LIMIT_MINUTES } from '../../../platform/auth/sessions';
import { notFound, Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, Name, RoleSchema, Timestamp } from '../../../platform/http/schemas';
import {
  createOrganization,
  getOrganization,
  type OrganizationRow,
  updateOrganization,
} from '../services/organizations';

export const Organization = z
  .object({
    id: Id,
    name: z.string(),
    slug: z.string(),
    createdAt: Timestamp,
    outputContentRetentionDays: z
      .number()
      .int()
      .nullable()
      .describe(
        "Days an output's content, link and metadata are kept before the retention job drops them (its decision, reviews and aggregates stay); null: kept forever",
      ),
    sessionIdleMinutes: z
      .number()
      .int()
      .nullable()
      .describe('Minutes a session may sit unused before it ends; null: the default, 14 days'),
    sessionMaxMinutes: z
      .number()
      .int()
      .nullable()
      .describe('Minutes a session lasts from sign-in, however busy; null: the default, 14 days'),
  })
  .meta({ id: 'Organization' });
export const CurrentOrganization = Organization.extend({ role: RoleSchema }).meta({
  id: 'CurrentOrganization',
});
const OrganizationInput = z.strictObject({ name: Name });
const SessionLimit = z
  .number()
  .int()
  .min(MIN_SESSION_LIMIT_MINUTES)
  .max(DEFAULT_SESSION_LIMIT_MINUTES)
  .nullable()
  .optional();
/** Longest retention that can be set: a hundred years (anything longer is "forever", null). */
export const MAX_RETENTION_DAYS = 36_500;
const OrganizationChanges = z
  .strictObject({
    name: Name.optional(),
    outputContentRetentionDays: z
      .number()
      .int()
      .min(1)
      .max(MAX_RETENTION_DAYS)
      .nullable()
      .optional()
      .describe("Days an output's content is kept (1 to 36500); null keeps it forever"),
    sessionIdleMinutes: SessionLimit.describe(
      `Minutes a session may sit unused (${MIN_SESSION_LIMIT_MINUTES} to ${DEFAULT_SESSION_LIMIT_MINUTES}); null: the default, 14 days`,
    ),
    sessionMaxMinutes: SessionLimit.describe(
      `Minutes a session lasts from sign-in (${MIN_SESSION_LIMIT_MINUTES} to ${DEFAULT_SESSION_LIMIT_MINUTES}); null: the default, 14 days`,
    ),
  })
  .refine((o) => Object.values(o).some((v) => v !== undefined), {
    message: 'give a name, outputContentRetentionDays, sessionIdleMinutes or sessionMaxMinutes',
    path: ['name'],
  });

const present = (o: OrganizationRow) => ({
  id: o.id,
  name: o.name,
  slug: o.slug,
  createdAt: o.createdAt.toISOString(),
  outputContentRetentionDays: o.outputContentRetentionDays,
  sessionIdleMinutes: o.sessionIdleMinutes,
  sessionMaxMinutes: o.sessionMaxMinutes,
});

export const organizationRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/organizations',
    {
      config: { permission: 'none' },
      schema: {
        tags: ['organizations'],
        summary: 'The organizations the signed-in person belongs to',
        response: { 200: z.object({ items: z.array(CurrentOrganization) }), 401: Problem },
      },
    },
    async (request) => {
      const auth = requireSession(request);
      const items = await Promise.all(
        auth.memberships.map(async (m) => {
          const org = await db.tenant(m.organization.id, (tx) => getOrganization(tx, m.organization.id));
          return { ...present(org!), role: m.role };
        }),
      );
      return { items };
    },
  );

  app.post(
    '/api/v1/organizations',
    {
      config: { permission: 'none' },
      schema: {
        tags: ['organizations'],
        summary: 'Create an organization; the signed-in person becomes its owner',
        body: OrganizationInput,
        response: { 201: CurrentOrganization, 400: Problem, 401: Problem },
      },
    },
    async (request, reply) => {
      const auth = requireSession(request);
      const org = await db.system((tx) =>
        createOrganization(tx, {
          name: request.body.name,
          ownerId: auth.session.user.id,
          actor: auth.actor,
          requestId: request.id,
        }),
      );
      return reply.status(201).send({ ...present(org), role: 'owner' as const });
    },
  );

  app.get(
    '/api/v1/organization',
    {
      config: { permission: 'member' },
      schema: {
        tags: ['organizations'],
        summary: 'The organization this request acts in, with the caller’s role',
        response: { 200: CurrentOrganization, 400: Problem, 401: Problem, 404: Problem },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const org = await db.tenant(ctx.organizationId, (tx) => getOrganization(tx, ctx.organizationId));
      if (!org) throw notFound('The organization');
      return { ...present(org), role: ctx.role };
    },
  );

  app.patch(
    '/api/v1/organization',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['organizations'],
        summary:
          "Rename the organization, set how long outputs' content is kept, or set its session limits (admin)",
        body: OrganizationChanges,
        response: { 200: CurrentOrganization, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'admin');
      const org = await db.tenant(ctx.organizationId, (tx) => updateOrganization(tx, ctx, request.body));
      if (!org) throw notFound('The organization');
      return { ...present(org), role: ctx.role };
    },
  );
};
