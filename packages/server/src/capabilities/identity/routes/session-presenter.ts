import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type Membership, SESSION_COOKIE, type SessionUser } from '../../../platform/auth/sessions';
import { Id, RoleSchema } from '../../../platform/http/schemas';

export const OrganizationRef = z
  .object({ id: Id, name: z.string(), slug: z.string() })
  .meta({ id: 'OrganizationRef' });
export const Session = z
  .object({
    user: z.object({ id: Id, email: z.string(), name: z.string() }),
    memberships: z.array(
      z.object({
        organization: OrganizationRef,
        role: RoleSchema,
        /** Present when the member holds a custom role instead of a built-in one. */
        customRole: z.object({ id: Id, name: z.string(), permissions: z.array(z.string()) }).optional(),
      }),
    ),
    csrfToken: z.string(),
  })
  .meta({ id: 'Session' });

export function presentSession(
  user: SessionUser,
  memberships: Membership[],
  csrfToken: string,
): z.infer<typeof Session> {
  return {
    user: { id: user.id, email: user.email, name: user.name },
    memberships: memberships.map((m) => ({
      organization: m.organization,
      role: m.role,
      ...(m.customRole ? { customRole: m.customRole } : {}),
    })),
    csrfToken,
  };
}

/** The session cookie: HttpOnly, SameSite=Lax, and Secure whenever the request came over https. */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expires: Date,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    path: '/',
    expires,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
