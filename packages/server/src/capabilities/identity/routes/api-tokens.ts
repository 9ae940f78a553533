import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import { decodeCursor, PageQuery, page, TimeIdCursor, toPage } from '../../../platform/http/pagination';
import { Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, IdParams, Name, RoleSchema, Timestamp } from '../../../platform/http/schemas';
import { type ApiTokenRow, createApiToken, listApiTokens, revokeApiToken } from '../services/api-tokens';

export const ApiToken = z
  .object({
    id: Id,
    name: z.string(),
    role: RoleSchema,
    customRole: z
      .object({ id: Id, name: z.string() })
      .nullable()
      .describe('The custom role the token acts with instead of its built-in role (then `viewer`)'),
    prefix: z.string(),
    createdAt: Timestamp,
    expiresAt: Timestamp.nullable(),
    lastUsedAt: Timestamp.nullable(),
    revokedAt: Timestamp.nullable(),
    createdBy: Id.nullable(),
  })
  .meta({ id: 'ApiToken' });
const ApiTokenInput = z
  .strictObject({
    name: Name,
    role: RoleSchema.optional().describe('A built-in role; give this or customRoleId'),
    customRoleId: Id.optional().describe(
      "One of the organization's custom roles instead (e.g. quality.write alone for an ingestion token)",
    ),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((t) => (t.role === undefined) !== (t.customRoleId === undefined), {
    message: 'give a built-in role or a customRoleId (one of them)',
    path: ['role'],
  });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

const iso = (d: Date | null) => d?.toISOString() ?? null;
const present = (t: ApiTokenRow) => ({
  id: t.id,
  name: t.name,
  role: t.role,
  customRole: t.customRole,
  prefix: t.prefix,
  createdAt: t.createdAt.toISOString(),
  expiresAt: iso(t.expiresAt),
  lastUsedAt: iso(t.lastUsedAt),
  revokedAt: iso(t.revokedAt),
  createdBy: t.createdBy,
});

export const apiTokenRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/tokens',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['api tokens'],
        summary: "The organization's API tokens (admin); secrets are never shown again",
        querystring: PageQuery,
        response: { 200: page(ApiToken), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'admin');
      const { limit, cursor } = request.query;
      const before = decodeCursor(cursor, TimeIdCursor);
      const rows = await db.tenant(ctx.organizationId, (tx) =>
        listApiTokens(tx, ctx, { limit: limit + 1, before }),
      );
      return toPage(rows, limit, present, (t) => [t.createdAt.toISOString(), t.id]);
    },
  );

  app.post(
    '/api/v1/tokens',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['api tokens'],
        summary: 'Create an API token (admin); the secret is in this response only',
        body: ApiTokenInput,
        response: { 201: z.object({ token: ApiToken, secret: z.string() }), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'admin');
      const { expiresAt, ...rest } = request.body;
      const created = await db.tenant(ctx.organizationId, (tx) =>
        createApiToken(tx, ctx, { ...rest, expiresAt: expiresAt ? new Date(expiresAt) : undefined }),
      );
      return reply.status(201).send({ token: present(created.token), secret: created.secret });
    },
  );

  app.delete(
    '/api/v1/tokens/:id',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['api tokens'],
        summary: 'Revoke an API token (admin)',
        params: IdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'admin');
      await db.tenant(ctx.organizationId, (tx) => revokeApiToken(tx, ctx, request.params.id));
      return reply.status(204).send(null);
    },
  );
};
