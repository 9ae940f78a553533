import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { hashPassword } from '../auth/passwords';
import { requireSession } from '../auth/request-auth';
import { listMemberships, revokeOtherSessions, revokeSession } from '../auth/sessions';
import { users } from '../db/schema';
import { fieldError, Problem } from '../http/problem';
import { Password } from '../http/schemas';
import { attemptLogin, checkPassword, passwordCheckProblem } from '../services/login';
import { findUserById } from '../services/users';
import { clearSessionCookie, presentSession, Session, setSessionCookie } from './session-presenter';
import type { RoutePlugin } from './types';

const LoginInput = z.strictObject({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(256),
});
const PasswordInput = z.strictObject({ currentPassword: z.string().min(1).max(256), newPassword: Password });

export const authRoutes: RoutePlugin = async (app, { db }) => {
  app.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password',
        body: LoginInput,
        response: { 200: Session, 401: Problem, 403: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      // The attempt is recorded even when refused, so the transaction returns the refusal instead of throwing.
      const result = await db.system(async (tx) => {
        const attempt = await attemptLogin(tx, { ...request.body, ip: request.ip });
        if (!attempt.ok) return attempt;
        const user = (await findUserById(tx, attempt.userId))!;
        return { ...attempt, user, memberships: await listMemberships(tx, user.id) };
      });
      // One message for an unknown email and a wrong password, so accounts cannot be enumerated.
      if (!result.ok) throw passwordCheckProblem(result);
      setSessionCookie(request, reply, result.session.token, result.session.expiresAt);
      return presentSession(result.user, result.memberships, result.session.csrfToken);
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign out (revokes this session)',
        response: { 204: z.null(), 401: Problem },
      },
    },
    async (request, reply) => {
      const auth = requireSession(request);
      await db.system((tx) => revokeSession(tx, auth.session.id));
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'Who is signed in, their organizations and CSRF token',
        response: { 200: Session, 401: Problem },
      },
    },
    async (request) => {
      const auth = requireSession(request);
      return presentSession(auth.session.user, auth.memberships, auth.session.csrfToken);
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: "Change the signed-in person's password; their other sessions are revoked",
        body: PasswordInput,
        response: { 204: z.null(), 400: Problem, 401: Problem, 403: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      const auth = requireSession(request);
      const check = await db.system(async (tx) => {
        const checked = await checkPassword(tx, {
          email: auth.session.user.email,
          password: request.body.currentPassword,
          ip: request.ip,
        });
        if (!checked.ok) return checked;
        await tx
          .update(users)
          .set({ passwordHash: await hashPassword(request.body.newPassword) })
          .where(eq(users.id, checked.user.id));
        await revokeOtherSessions(tx, checked.user.id, auth.session.id);
        return checked;
      });
      if (!check.ok) {
        throw passwordCheckProblem(check, () =>
          fieldError('body.currentPassword', 'The current password is not correct.'),
        );
      }
      return reply.status(204).send(null);
    },
  );
};
