import { z } from 'zod';
import {
  ACTIONS,
  builtInPermissions,
  CAPABILITIES,
  PERMISSIONS,
  type Permission,
} from '../../../platform/auth/permissions';
import { requireOrganization } from '../../../platform/auth/request-auth';
import { roles } from '../../../platform/auth/roles';
import { Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, IdParams, RoleSchema, Timestamp } from '../../../platform/http/schemas';
import {
  assignCustomRole,
  type CustomRoleRow,
  createCustomRole,
  deleteCustomRole,
  listCustomRoles,
  updateCustomRole,
} from '../services/custom-roles';

const PermissionSchema = z.enum(PERMISSIONS as [Permission, ...Permission[]]).meta({ id: 'Permission' });
const RoleName = z
  .string()
  .trim()
  .min(1)
  .max(60)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u, 'letters, digits, spaces, dots, dashes and underscores');

export const CustomRole = z
  .object({
    id: Id,
    name: z.string(),
    description: z.string(),
    permissions: z.array(z.string()),
    memberCount: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'CustomRole' });
const CustomRoleInput = z.strictObject({
  name: RoleName,
  description: z.string().trim().max(500).default(''),
  permissions: z.array(PermissionSchema).min(1).max(PERMISSIONS.length),
});
const CustomRolePatch = z.strictObject({
  name: RoleName.optional(),
  description: z.string().trim().max(500).optional(),
  permissions: z.array(PermissionSchema).min(1).max(PERMISSIONS.length).optional(),
});
export const RoleCatalog = z
  .object({
    capabilities: z.array(z.string()),
    actions: z.array(z.string()),
    builtIn: z.array(z.object({ role: RoleSchema, permissions: z.array(z.string()) })),
    custom: z.array(CustomRole),
  })
  .meta({ id: 'RoleCatalog' });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

const present = (r: CustomRoleRow): z.infer<typeof CustomRole> => ({
  id: r.id,
  name: r.name,
  description: r.description,
  permissions: r.permissions,
  memberCount: r.memberCount,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

export const roleRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/roles',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['roles'],
        summary: 'Built-in roles as permission sets, and the organization’s custom roles',
        response: { 200: RoleCatalog, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'admin');
      const custom = await db.tenant(ctx.organizationId, (tx) => listCustomRoles(tx, ctx));
      return {
        capabilities: [...CAPABILITIES],
        actions: [...ACTIONS],
        builtIn: roles.map((role) => ({ role, permissions: builtInPermissions(role) })),
        custom: custom.map(present),
      };
    },
  );

  app.post(
    '/api/v1/roles',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['roles'],
        summary: 'Create a custom role: a name and a set of `<capability>.<action>` permissions',
        body: CustomRoleInput,
        response: { 201: CustomRole, ...errors, 409: Problem },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'admin');
      const role = await db.tenant(ctx.organizationId, (tx) => createCustomRole(tx, ctx, request.body));
      return reply.status(201).send(present(role));
    },
  );

  app.patch(
    '/api/v1/roles/:id',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['roles'],
        summary: 'Rename a custom role or change its permissions (members who hold it are affected at once)',
        params: IdParams,
        body: CustomRolePatch,
        response: { 200: CustomRole, ...errors, 409: Problem },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'admin');
      const role = await db.tenant(ctx.organizationId, (tx) =>
        updateCustomRole(tx, ctx, request.params.id, request.body),
      );
      return present(role);
    },
  );

  app.delete(
    '/api/v1/roles/:id',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['roles'],
        summary: 'Delete a custom role; refused (409) while members hold it',
        params: IdParams,
        response: { 204: z.null(), ...errors, 409: Problem },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'admin');
      await db.tenant(ctx.organizationId, (tx) => deleteCustomRole(tx, ctx, request.params.id));
      return reply.status(204).send(null);
    },
  );

  app.put(
    '/api/v1/members/:userId/custom-role',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['roles'],
        summary:
          'Give a member a custom role instead of their built-in one, or take it away (null: they stay viewer)',
        params: z.strictObject({ userId: Id }),
        body: z.strictObject({ customRoleId: Id.nullable() }),
        response: {
          200: z.object({
            userId: Id,
            role: RoleSchema,
            customRole: z.object({ id: Id, name: z.string() }).nullable(),
          }),
          ...errors,
          409: Problem,
        },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'admin');
      const result = await db.tenant(ctx.organizationId, (tx) =>
        assignCustomRole(tx, ctx, request.params.userId, request.body.customRoleId),
      );
      return { userId: request.params.userId, ...result };
    },
  );
};
