import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import { listMemberships } from '../../../platform/auth/sessions';
import { type Config, mailSettings } from '../../../platform/config';
import { decodeCursor, PageQuery, page, TimeIdCursor, toPage } from '../../../platform/http/pagination';
import { Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Email, Id, IdParams, Name, Password, RoleSchema, Timestamp } from '../../../platform/http/schemas';
import {
  acceptInvitation,
  createInvitation,
  findOpenInvitation,
  type InvitationRow,
  invitationNotice,
  listInvitations,
  registerFromInvitation,
  revokeInvitation,
} from '../services/invitations';
import { presentSession, Session, setSessionCookie } from './session-presenter';

export const Invitation = z
  .object({
    id: Id,
    email: z.string(),
    role: RoleSchema,
    expiresAt: Timestamp,
    createdAt: Timestamp,
    acceptedAt: Timestamp.nullable(),
  })
  .meta({ id: 'Invitation' });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

const present = (i: InvitationRow) => ({
  id: i.id,
  email: i.email,
  role: i.role,
  expiresAt: i.expiresAt.toISOString(),
  createdAt: i.createdAt.toISOString(),
  acceptedAt: i.acceptedAt?.toISOString() ?? null,
});

/** Where people reach this server: the configured public URL, else the address this request used. */
export function publicOrigin(config: Config, request: FastifyRequest): string {
  return (config.publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/$/, '');
}

export const invitationRoutes: RoutePlugin = async (app, { db, config }) => {
  app.get(
    '/api/v1/invitations',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['members'],
        summary: 'Pending and accepted invitations (admin)',
        querystring: PageQuery,
        response: { 200: page(Invitation), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'admin');
      const { limit, cursor } = request.query;
      const before = decodeCursor(cursor, TimeIdCursor);
      const rows = await db.tenant(ctx.organizationId, (tx) =>
        listInvitations(tx, ctx, { limit: limit + 1, before }),
      );
      return toPage(rows, limit, present, (i) => [i.createdAt.toISOString(), i.id]);
    },
  );

  app.post(
    '/api/v1/invitations',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['members'],
        summary:
          'Invite someone by email (admin); the one-time link is in this response only, and in an e-mail to the invitee when the server sends e-mail',
        body: z.strictObject({ email: Email, role: RoleSchema }),
        response: {
          201: z.object({
            invitation: Invitation,
            url: z.string(),
            emailed: z
              .boolean()
              .describe('Whether the link also went to the invitee by e-mail (SMTP configured)'),
          }),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'admin');
      const { invitation, token, emailed } = await db.tenant(ctx.organizationId, (tx) =>
        createInvitation(tx, ctx, request.body),
      );
      const url = `${publicOrigin(config, request)}/invite?token=${encodeURIComponent(token)}`;
      return reply.status(201).send({ invitation: present(invitation), url, emailed });
    },
  );

  app.delete(
    '/api/v1/invitations/:id',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['members'],
        summary: 'Revoke an invitation (admin)',
        params: IdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'admin');
      await db.tenant(ctx.organizationId, (tx) => revokeInvitation(tx, ctx, request.params.id));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/invitations/lookup',
    {
      config: { permission: 'none' },
      schema: {
        tags: ['members'],
        summary: 'What an invitation link invites to (no sign-in needed)',
        querystring: z.strictObject({ token: z.string().min(1).max(200) }),
        response: {
          200: z.object({
            email: z.string(),
            organizationName: z.string(),
            role: RoleSchema,
          }),
          400: Problem,
        },
      },
    },
    async (request) =>
      db.system(async (tx) => {
        const { invitation, organizationName } = await findOpenInvitation(
          tx,
          request.query.token,
          'query.token',
        );
        // Nothing about whether the e-mail has an account: the page offers both ways in.
        return { email: invitation.email, organizationName, role: invitation.role };
      }),
  );

  app.post(
    '/api/v1/invitations/accept',
    {
      config: { permission: 'none' },
      schema: {
        tags: ['members'],
        summary: 'Accept an invitation as the signed-in person it invites (sign in first)',
        body: z.strictObject({ token: z.string().min(1).max(200) }),
        response: { 200: Session, 400: Problem, 401: Problem, 403: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const signedIn = request.auth?.kind === 'session' ? request.auth.session.user.id : undefined;
      const result = await db.system(async (tx) => {
        const accepted = await acceptInvitation(
          tx,
          { token: request.body.token, signedInUserId: signedIn },
          request.id,
        );
        return { ...accepted, memberships: await listMemberships(tx, accepted.user.id) };
      });
      setSessionCookie(request, reply, result.session.token, result.session.expiresAt);
      return presentSession(result.user, result.memberships, result.session.csrfToken);
    },
  );

  app.post(
    '/api/v1/invitations/register',
    {
      config: { permission: 'none' },
      schema: {
        tags: ['members'],
        summary:
          'Create your account from an invitation; the same answer whether or not the e-mail has an account — then sign in',
        body: z.strictObject({ token: z.string().min(1).max(200), name: Name, password: Password }),
        response: { 202: z.object({ email: z.string() }), 400: Problem },
      },
    },
    async (request, reply) => {
      // Someone who already has an account is told by e-mail (when this server sends e-mail), never here.
      const notify = mailSettings(config) ? invitationNotice(publicOrigin(config, request)) : undefined;
      const result = await db.system((tx) => registerFromInvitation(tx, request.body, request.id, notify));
      return reply.status(202).send(result);
    },
  );
};
