import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import { decodeCursor, PageQuery, page, TimeIdCursor, toPage } from '../../../platform/http/pagination';
import { Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, RoleSchema, Timestamp } from '../../../platform/http/schemas';
import { changeMemberRole, listMembers, type MemberRow, removeMember } from '../services/members';

export const Member = z
  .object({
    userId: Id,
    email: z.string(),
    name: z.string(),
    role: RoleSchema,
    createdAt: Timestamp,
    /** Present when the member holds a custom role instead of the built-in one. */
    customRole: z.object({ id: Id, name: z.string() }).optional(),
  })
  .meta({ id: 'Member' });
const UserParams = z.strictObject({ userId: Id });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

export const presentMember = (m: MemberRow) => ({
  userId: m.userId,
  email: m.email,
  name: m.name,
  role: m.role,
  createdAt: m.createdAt.toISOString(),
  ...(m.customRoleId ? { customRole: { id: m.customRoleId, name: m.customRoleName ?? '' } } : {}),
});
const present = presentMember;

export const memberRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/members',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['members'],
        summary: 'Members of the organization and their roles',
        querystring: PageQuery,
        response: { 200: page(Member), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const { limit, cursor } = request.query;
      const after = decodeCursor(cursor, TimeIdCursor);
      const rows = await db.tenant(ctx.organizationId, (tx) =>
        listMembers(tx, ctx, { limit: limit + 1, after }),
      );
      return toPage(rows, limit, present, (m) => [m.createdAt.toISOString(), m.userId]);
    },
  );

  app.patch(
    '/api/v1/members/:userId',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['members'],
        summary: "Change a member's role (admin; owner role only by an owner)",
        params: UserParams,
        body: z.strictObject({ role: RoleSchema }),
        response: { 200: Member, ...errors, 409: Problem },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'admin');
      const member = await db.tenant(ctx.organizationId, (tx) =>
        changeMemberRole(tx, ctx, request.params.userId, request.body.role),
      );
      return present(member);
    },
  );

  app.delete(
    '/api/v1/members/:userId',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['members'],
        summary: 'Remove a member from the organization (admin)',
        params: UserParams,
        response: { 204: z.null(), ...errors, 409: Problem },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'admin');
      await db.tenant(ctx.organizationId, (tx) => removeMember(tx, ctx, request.params.userId));
      return reply.status(204).send(null);
    },
  );
};
