import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import { Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, IdParams, Name, Timestamp } from '../../../platform/http/schemas';
import { publicOrigin } from '../../identity';
import {
  createGroupMapping,
  deleteGroupMapping,
  directoryCounts,
  type GroupMappingRow,
  listDirectoryGroups,
  listGroupMappings,
} from '../services/mappings';
import { createScimToken, listScimTokens, revokeScimToken, type ScimTokenRow } from '../services/scim-tokens';
import { SCIM_BASE_PATH } from './scim';

export const ScimToken = z
  .object({
    id: Id,
    name: z.string(),
    prefix: z.string(),
    createdAt: Timestamp,
    lastUsedAt: Timestamp.nullable(),
    revokedAt: Timestamp.nullable(),
  })
  .meta({ id: 'ScimToken' });
export const GroupMapping = z
  .object({
    id: Id,
    groupName: z.string().describe("The directory group's displayName"),
    role: z.enum(['admin', 'lead', 'reviewer', 'contributor', 'viewer']),
    orgUnit: z.object({ id: Id, name: z.string() }).nullable(),
  })
  .meta({ id: 'GroupMapping' });
export const Directory = z
  .object({
    scimBaseUrl: z.string().describe('The base URL to paste into the identity provider'),
    tokens: z.array(ScimToken),
    mappings: z.array(GroupMapping),
    groups: z.array(z.object({ id: Id, displayName: z.string(), members: z.number().int() })),
    users: z.number().int().describe('People the directory provisioned'),
    activeUsers: z.number().int(),
  })
  .meta({ id: 'Directory' });
const MappingInput = z.strictObject({
  groupName: Name,
  role: z.enum(['admin', 'lead', 'reviewer', 'contributor', 'viewer']),
  orgUnitId: Id.nullable().optional(),
});
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

const iso = (d: Date | null) => d?.toISOString() ?? null;
const presentToken = (t: ScimTokenRow) => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  createdAt: t.createdAt.toISOString(),
  lastUsedAt: iso(t.lastUsedAt),
  revokedAt: iso(t.revokedAt),
});
const presentMapping = (m: GroupMappingRow) => ({
  id: m.id,
  groupName: m.groupName,
  role: m.role as z.infer<typeof GroupMapping>['role'],
  orgUnit: m.orgUnitId ? { id: m.orgUnitId, name: m.orgUnitName ?? '' } : null,
});

/** The admin's side of directory provisioning: SCIM tokens (secret shown once) and group → role mappings. */
export const directoryRoutes: RoutePlugin = async (app, { db, config, now }) => {
  app.get(
    '/api/v1/directory',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['directory'],
        summary: 'Directory provisioning (SCIM): base URL, tokens, group mappings and groups (admin)',
        response: { 200: Directory, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'admin');
      const found = await db.tenant(ctx.organizationId, async (tx) => ({
        tokens: await listScimTokens(tx, ctx),
        mappings: await listGroupMappings(tx, ctx.organizationId),
        groups: await listDirectoryGroups(tx, ctx.organizationId),
        counts: await directoryCounts(tx, ctx.organizationId),
      }));
      return {
        scimBaseUrl: `${publicOrigin(config, request)}${SCIM_BASE_PATH}`,
        tokens: found.tokens.map(presentToken),
        mappings: found.mappings.map(presentMapping),
        groups: found.groups.map((g) => ({ ...g, members: Number(g.members) })),
        users: found.counts.users,
        activeUsers: found.counts.active,
      };
    },
  );

  app.post(
    '/api/v1/directory/tokens',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['directory'],
        summary: 'Create a SCIM token (admin); the secret is in this response only',
        body: z.strictObject({ name: Name }),
        response: { 201: z.object({ token: ScimToken, secret: z.string() }), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'admin');
      const created = await db.tenant(ctx.organizationId, (tx) =>
        createScimToken(tx, ctx, request.body.name),
      );
      return reply.status(201).send({ token: presentToken(created.token), secret: created.secret });
    },
  );

  app.delete(
    '/api/v1/directory/tokens/:id',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['directory'],
        summary: 'Revoke a SCIM token (admin): the identity provider can no longer provision',
        params: IdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'admin');
      await db.tenant(ctx.organizationId, (tx) =>
        revokeScimToken(tx, ctx, request.params.id, new Date(now())),
      );
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/directory/mappings',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['directory'],
        summary: 'Map a directory group to a role and, optionally, an org unit (admin); applied at once',
        body: MappingInput,
        response: { 201: GroupMapping, 409: Problem, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'admin');
      const { groupName, role, orgUnitId } = request.body;
      const row = await db.tenant(ctx.organizationId, (tx) =>
        createGroupMapping(tx, ctx, { groupName, role, orgUnitId: orgUnitId ?? null }, new Date(now())),
      );
      return reply.status(201).send(presentMapping(row));
    },
  );

  app.delete(
    '/api/v1/directory/mappings/:id',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['directory'],
        summary: 'Remove a group mapping (admin); members fall back to the roles their other groups give',
        params: IdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'admin');
      await db.tenant(ctx.organizationId, (tx) =>
        deleteGroupMapping(tx, ctx, request.params.id, new Date(now())),
      );
      return reply.status(204).send(null);
    },
  );
};
