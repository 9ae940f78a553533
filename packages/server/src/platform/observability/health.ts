import { z } from 'zod';
import { DatabaseUnavailableError } from '../db/unavailable';
import { databaseUnavailable, HttpProblem } from '../http/problem';
import type { RoutePlugin } from '../http/route-types';

export const Health = z.object({ status: z.literal('ok') });

export const healthRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/healthz',
    { schema: { tags: ['operations'], summary: 'The process is up', response: { 200: Health } } },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/readyz',
    {
      schema: {
        tags: ['operations'],
        summary: 'The database answers and its schema is migrated',
        response: { 200: Health },
      },
    },
    async (request) => {
      try {
        await db.ping();
      } catch (error) {
        request.log.warn({ err: error }, 'readiness check failed');
        if (error instanceof DatabaseUnavailableError) throw databaseUnavailable();
        throw new HttpProblem(503, 'internal-error', 'The database is not reachable or not migrated.');
      }
      return { status: 'ok' as const };
    },
  );
};
