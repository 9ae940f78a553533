import { z } from 'zod';
import { listMemberships } from '../../../platform/auth/sessions';
import { Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Email, Name, Password } from '../../../platform/http/schemas';
import { completeSetup, isSetupNeeded } from '../services/setup';
import { presentSession, Session, setSessionCookie } from './session-presenter';

const SetupInput = z.strictObject({
  token: z.string().min(1).max(200),
  organizationName: Name,
  name: Name,
  email: Email,
  password: Password,
});

export const setupRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/setup',
    {
      config: { permission: 'none' },
      schema: {
        tags: ['auth'],
        summary: 'Whether this instance still needs its first organization and owner',
        response: { 200: z.object({ needed: z.boolean() }) },
      },
    },
    async () => ({ needed: await db.system(isSetupNeeded) }),
  );

  app.post(
    '/api/v1/setup',
    {
      config: { permission: 'none' },
      schema: {
        tags: ['auth'],
        summary: 'Create the first organization and its owner from the one-time setup link',
        body: SetupInput,
        response: { 201: Session, 400: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      const result = await db.system(async (tx) => {
        const done = await completeSetup(tx, request.body, request.id);
        return { ...done, memberships: await listMemberships(tx, done.user.id) };
      });
      setSessionCookie(request, reply, result.session.token, result.session.expiresAt);
      return reply
        .status(201)
        .send(presentSession(result.user, result.memberships, result.session.csrfToken));
    },
  );
};
