import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/types';
import { badRequest, forbidden, HttpProblem, notFound, unauthenticated } from '../http/problem';
import { findApiToken } from './api-tokens';
import { actionForRole, type RoutePermission } from './permissions';
import { hasRole, type Role } from './roles';
import { safeEqual } from './secrets';
import {
  type ActiveSession,
  findSession,
  type HeldCustomRole,
  listMemberships,
  type Membership,
  SESSION_COOKIE,
} from './sessions';

export const ORG_HEADER = 'x-trellis-organization';
export const CSRF_HEADER = 'x-csrf-token';

export interface Actor {
  type: 'user' | 'token' | 'system';
  id: string | null;
  name: string;
}

export type RequestAuth =
  | { kind: 'session'; actor: Actor; session: ActiveSession; memberships: Membership[] }
  | { kind: 'token'; actor: Actor; organizationId: string; role: Role; customRole?: HeldCustomRole };

/** What a service needs to know about who acts, where. */
export interface OrgContext {
  organizationId: string;
  role: Role;
  actor: Actor;
  requestId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: RequestAuth | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Reads the caller from `Authorization: Bearer` (API token) or the session cookie. Cookie-authenticated
 * writes must carry the session's CSRF token in a header, which a cross-site form cannot set.
 */
export function registerRequestAuth(app: FastifyInstance, db: Database, now: () => number = Date.now): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    // Static assets of the web app need no identity: spare them the session lookup. The OTLP receiver
    // (/v1/traces) sits where OpenTelemetry exporters send, outside /api/.
    if (!request.url.startsWith('/api/') && !request.url.startsWith('/v1/')) return;
    const header = request.headers.authorization;
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
      const token = await db.systemAutocommit((tx) => findApiToken(tx, match[1]!));
      if (!token) throw unauthenticated('The API token is unknown, revoked or expired.');
      request.auth = {
        kind: 'token',
        actor: { type: 'token', id: token.id, name: token.name },
        organizationId: token.organizationId,
        role: token.role,
        ...(token.customRole ? { customRole: token.customRole } : {}),
      };
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const found = await db.systemAutocommit(async (tx) => {
      const session = await findSession(tx, cookie, new Date(now()));
      return session ? { session, memberships: await listMemberships(tx, session.user.id) } : null;
    });
    if (!found) return;
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !safeEqual(sent, found.session.csrfToken)) {
        throw new HttpProblem(
          403,
          'csrf-failed',
          `Send the session's CSRF token in the X-CSRF-Token header.`,
        );
      }
    }
    request.auth = {
      kind: 'session',
      actor: { type: 'user', id: found.session.user.id, name: found.session.user.name },
      ...found,
    };
  });
}

export function requireSession(request: FastifyRequest) {
  const auth = request.auth;
  if (!auth) throw unauthenticated();
  if (auth.kind !== 'session')
    throw unauthenticated('This route needs a signed-in person, not an API token.');
  return auth;
}

/**
 * The organization the request acts in, and the caller's role there. A session names it with the
 * X-Trellis-Organization header (optional with a single membership); a token carries its own.
 * An organization the caller is not a member of answers 404, as if it did not exist.
 */
export function requireOrganization(request: FastifyRequest, atLeast: Role = 'viewer'): OrgContext {
  const auth = request.auth;
  if (!auth) throw unauthenticated();
  let organizationId: string;
  let role: Role;
  let customRole: HeldCustomRole | undefined;
  if (auth.kind === 'token') {
    ({ organizationId, role, customRole } = auth);
  } else {
    const wanted = request.headers[ORG_HEADER];
    const membership =
      typeof wanted === 'string'
        ? auth.memberships.find((m) => m.organization.id === wanted)
        : auth.memberships.length === 1
          ? auth.memberships[0]
          : undefined;
    if (!membership) {
      if (typeof wanted === 'string') throw notFound('The organization');
      throw badRequest('Name the organization in the X-Trellis-Organization header.', [
        {
          path: 'headers.x-trellis-organization',
          message: 'required when you belong to several organizations',
        },
      ]);
    }
    organizationId = membership.organization.id;
    role = membership.role;
    customRole = membership.customRole;
  }
  if (customRole) {
    checkCustomRole(request.routeOptions.config.trellisPermission, customRole, atLeast);
  } else if (!hasRole(role, atLeast)) {
    throw new HttpProblem(403, 'forbidden', `This needs the ${atLeast} role or higher; you are ${role}.`);
  }
  return { organizationId, role, actor: auth.actor, requestId: request.id };
}

/**
 * A member with a custom role may do what the route’s permission names: its capability (as declared)
 * and the action of the minimum role the handler asked for. Without a known permission, refuse.
 */
function checkCustomRole(permission: RoutePermission | undefined, held: HeldCustomRole, atLeast: Role): void {
  if (permission?.kind === 'member') return;
  if (permission?.kind !== 'capability' || atLeast === 'owner') {
    throw new HttpProblem(403, 'forbidden', `This route is not open to the custom role ${held.name}.`);
  }
  const needed = `${permission.capability}.${actionForRole(atLeast)}`;
  if (!held.permissions.includes(needed)) {
    throw new HttpProblem(
      403,
      'forbidden',
      `This needs the permission ${needed}, which your role ${held.name} does not have.`,
    );
  }
}

/** The signed-in person behind an organization context; `what` says what tokens may not do (403). */
export function requirePerson(ctx: OrgContext, what: string): string {
  if (ctx.actor.type !== 'user' || !ctx.actor.id)
    throw forbidden(`${what} are made by people, not API tokens.`);
  return ctx.actor.id;
}
