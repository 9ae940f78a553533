import { z } from 'zod';
import { requireSession } from '../../../platform/auth/request-auth';
import { listMemberships, revokeOtherSessions, revokeSession } from '../../../platform/auth/sessions';
import { mailSettings } from '../../../platform/config';
import { fieldError, HttpProblem, Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Email, Password } from '../../../platform/http/schemas';
import { attemptLogin, checkPassword, passwordCheckProblem } from '../services/login';
import { confirmPasswordReset, requestPasswordReset } from '../services/password-reset';
import { findUserById, setPassword } from '../services/users';
import { publicOrigin } from './invitations';
import { clearSessionCookie, presentSession, Session, setSessionCookie } from './session-presenter';

const LoginInput = z.strictObject({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(256),
});
const PasswordInput = z.strictObject({ currentPassword: z.string().min(1).max(256), newPassword: Password });

export const authRoutes: RoutePlugin = async (app, { db, config }) => {
  app.post(
    '/api/v1/auth/login',
    {
      config: { permission: 'none' },
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
      config: { permission: 'none' },
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
      config: { permission: 'none' },
      schema: {
        tags: ['auth'],
        summary: 'Who is signed in, their organizations and CSRF token',
        description:
          'No session (no cookie, or one that has ended) is an expected state, not an error: 204 with no ' +
          'body. An API token or a malformed Authorization header is a 401.',
        response: { 200: Session, 204: z.null(), 401: Problem },
      },
    },
    async (request, reply) => {
      if (!request.auth) return reply.code(204).send(null);
      const auth = requireSession(request);
      return presentSession(auth.session.user, auth.memberships, auth.session.csrfToken);
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: { permission: 'none' },
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
        await setPassword(tx, checked.user.id, request.body.newPassword);
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

  app.post(
    '/api/v1/auth/password-reset',
    {
      config: { permission: 'none' },
      schema: {
        tags: ['auth'],
        summary:
          'E-mail a one-time link to choose a new password; the same answer whether or not the address has an account',
        body: z.strictObject({ email: Email }),
        response: { 202: z.null(), 400: Problem, 429: Problem, 503: Problem },
      },
    },
    async (request, reply) => {
      if (!mailSettings(config)) {
        throw new HttpProblem(
          503,
          'mail-not-configured',
          'This Trellis does not send e-mail, so it cannot send a reset link. Ask its administrator to set your password with `trellis user reset-password`.',
        );
      }
      const origin = publicOrigin(config, request);
      const result = await db.system((tx) =>
        requestPasswordReset(tx, { email: request.body.email, ip: request.ip, origin }),
      );
      if (!result.ok) {
        throw new HttpProblem(
          429,
          'rate-limited',
          `Too many reset requests; wait ${result.retryAfterSeconds} seconds and try again.`,
          undefined,
          { 'retry-after': String(result.retryAfterSeconds) },
        );
      }
      return reply.status(202).send(null);
    },
  );

  app.post(
    '/api/v1/auth/password-reset/confirm',
    {
      config: { permission: 'none' },
      schema: {
        tags: ['auth'],
        summary: "Choose a new password with a reset link's token; every session of the person ends",
        body: z.strictObject({ token: z.string().min(1).max(200), newPassword: Password }),
        response: { 204: z.null(), 400: Problem, 403: Problem },
      },
    },
    async (request, reply) => {
      await db.system((tx) => confirmPasswordReset(tx, request.body));
      return reply.status(204).send(null);
    },
  );
};
