import { readinessLabels } from '@trellis/core';
import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import { Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { getReadiness, type DimensionReadiness as Readiness, rateReadiness } from '../services/readiness';
import {
  ApplicationParams,
  DimensionReadiness,
  RatingInput,
  ReadinessDimension,
} from './core-review-schemas';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const present = (r: Readiness): z.infer<typeof DimensionReadiness> => ({
  ...r,
  label: readinessLabels[r.dimension],
});

export const readinessRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/applications/:applicationId/readiness',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['core review'],
        summary:
          'Scaling readiness on the five things that don’t scale by themselves: computed, rated or missing',
        params: ApplicationParams,
        response: { 200: z.object({ items: z.array(DimensionReadiness) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const items = await db.tenant(ctx.organizationId, (tx) =>
        getReadiness(tx, ctx, request.params.applicationId),
      );
      return { items: items.map(present) };
    },
  );

  app.put(
    '/api/v1/applications/:applicationId/readiness/:dimension',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['core review'],
        summary: 'Rate a readiness dimension 1–5 with a note (lead); refused where Trellis computes it',
        params: ApplicationParams.extend({ dimension: ReadinessDimension }),
        body: RatingInput,
        response: { 200: DimensionReadiness, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'lead');
      const { applicationId, dimension } = request.params;
      const result = await db.tenant(ctx.organizationId, (tx) =>
        rateReadiness(tx, ctx, applicationId, dimension, request.body),
      );
      return present(result);
    },
  );
};
