import { retrospectiveQuestions } from '@trellis/core';
import { z } from 'zod';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { requireOrganization } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { listLinkOptions } from '../../evidence/index';
import {
  getRetrospective,
  getRetrospectiveVersion,
  labelAnswers,
  listRetrospectiveVersions,
  type RetrospectiveRow,
  saveRetrospective,
} from '../services/retrospectives';
import {
  ApplicationParams,
  EvidenceLink,
  Retrospective,
  RetrospectiveInput,
  RetrospectiveState,
} from './core-review-schemas';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

async function present(
  tx: Tx,
  ctx: OrgContext,
  row: RetrospectiveRow,
): Promise<z.infer<typeof Retrospective>> {
  return {
    applicationId: row.applicationId,
    version: row.version,
    answers: await labelAnswers(tx, ctx, row),
    createdByName: row.createdByName,
    createdAt: row.createdAt.toISOString(),
  };
}

export const retrospectiveRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/applications/:applicationId/retrospective',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['core review'],
        summary: 'The pilot retrospective: the four questions, the newest answers and every saved version',
        params: ApplicationParams,
        response: { 200: RetrospectiveState, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return db.tenant(ctx.organizationId, async (tx) => {
        const versions = await listRetrospectiveVersions(tx, ctx, request.params.applicationId);
        const current = await getRetrospective(tx, ctx, request.params.applicationId);
        return {
          questions: retrospectiveQuestions.map((q) => ({ key: q.key, label: q.label })),
          current: current ? await present(tx, ctx, current) : null,
          versions: versions.map((v) => ({
            version: v.version,
            createdByName: v.createdByName,
            createdAt: v.createdAt.toISOString(),
          })),
        };
      });
    },
  );

  app.get(
    '/api/v1/applications/:applicationId/retrospective/versions/:version',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['core review'],
        summary: 'One saved version of the retrospective',
        params: ApplicationParams.extend({ version: z.coerce.number().int().positive() }),
        response: { 200: Retrospective, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const { applicationId, version } = request.params;
      return db.tenant(ctx.organizationId, async (tx) =>
        present(tx, ctx, await getRetrospectiveVersion(tx, ctx, applicationId, version)),
      );
    },
  );

  app.post(
    '/api/v1/applications/:applicationId/retrospective/versions',
    {
      config: { permission: 'write' },
      schema: {
        tags: ['core review'],
        summary: 'Save the retrospective as a new version (contributor); 409 when baseVersion is stale',
        params: ApplicationParams,
        body: RetrospectiveInput,
        response: { 201: Retrospective, 409: Problem, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'contributor');
      const saved = await db.tenant(ctx.organizationId, async (tx) =>
        present(tx, ctx, await saveRetrospective(tx, ctx, request.params.applicationId, request.body)),
      );
      return reply.status(201).send(saved);
    },
  );

  app.get(
    '/api/v1/applications/:applicationId/evidence-link-options',
    {
      config: { permission: 'evidence.read' },
      schema: {
        tags: ['core review'],
        summary: 'Objects a retrospective answer can cite as evidence',
        params: ApplicationParams,
        response: { 200: z.object({ items: z.array(EvidenceLink) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return db.tenant(ctx.organizationId, async (tx) => ({
        items: await listLinkOptions(tx, ctx, request.params.applicationId),
      }));
    },
  );
};
