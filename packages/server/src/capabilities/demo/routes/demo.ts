import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import { Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { DemoStatus } from '../../diagnostic/routes/diagnostic-schemas';
import {
  DEMO_REMOVE_COMMAND,
  isDemoOrganization,
  removeDemoOrganization,
  requireDemoOrganization,
} from '../services/demo';

const tags = ['demo'];
const errors = { 401: Problem, 403: Problem, 404: Problem };

export const demoRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/demo',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'Whether this is the demo organization, and the command that removes it',
        response: { 200: DemoStatus, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const demo = await db.tenant(ctx.organizationId, (tx) => isDemoOrganization(tx, ctx));
      return { demo, removeCommand: DEMO_REMOVE_COMMAND };
    },
  );

  app.delete(
    '/api/v1/demo',
    {
      config: { permission: 'admin' },
      schema: {
        tags,
        summary:
          'Remove the demo organization and everything in it (admin, from inside it); its people go unless they belong elsewhere',
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'admin');
      await db.tenant(ctx.organizationId, (tx) => requireDemoOrganization(tx, ctx));
      await removeDemoOrganization(db);
      return reply.code(204).send(null);
    },
  );
};
