import { experimentDesigns, experimentResults, experimentStatuses } from '@trellis/core';
import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import { decodeCursor, PageQuery, page, TimeIdCursor, toPage } from '../../../platform/http/pagination';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, IdParams, Timestamp } from '../../../platform/http/schemas';
import { lifecycleStages } from '../../portfolio/portfolio-schema';
import {
  changeExperimentStatus,
  createExperiment,
  type ExperimentRow,
  getExperiment,
  listExperiments,
  recordExperimentResult,
} from '../services/experiments';
import { DateTime, LongText, learningErrors, ShortText } from './learning-schemas';

const Metric = z
  .strictObject({
    name: ShortText(80),
    unit: LongText(30).default(''),
    direction: z.enum(['increase', 'decrease']),
  })
  .meta({ id: 'ExperimentMetric' });
const MetricResult = z
  .strictObject({
    metric: ShortText(80),
    baseline: z.number().finite().nullable(),
    observed: z.number().finite().nullable(),
    note: LongText(500).default(''),
  })
  .meta({ id: 'MetricResult' });
const NewExperiment = z
  .strictObject({
    applicationId: Id,
    title: ShortText(200),
    hypothesis: ShortText(2000),
    design: z.enum(experimentDesigns),
    approaches: z.array(ShortText(200)).max(2).optional(),
    metrics: z.array(Metric).min(1).max(10),
    stage: z.enum(lifecycleStages).optional().describe('Defaults to the application’s current stage'),
    startsOn: DateTime,
    endsOn: DateTime.nullable().optional(),
  })
  .meta({ id: 'NewExperiment' });
const ResultInput = z
  .strictObject({
    result: z.enum(experimentResults),
    numbers: z.array(MetricResult).max(10).default([]),
    note: LongText(4000).default(''),
    decision: ShortText(2000).describe('The decision taken on the strength of the result'),
  })
  .meta({ id: 'NewExperimentResult' });
export const Experiment = z
  .object({
    id: Id,
    applicationId: Id,
    stage: z.enum(lifecycleStages),
    title: z.string(),
    hypothesis: z.string(),
    design: z.enum(experimentDesigns),
    approaches: z.array(z.string()),
    metrics: z.array(Metric),
    startsOn: Timestamp,
    endsOn: Timestamp.nullable(),
    status: z.enum(experimentStatuses),
    result: z.enum(experimentResults).nullable(),
    numbers: z.array(MetricResult),
    resultNote: z.string(),
    resultRecordedAt: Timestamp.nullable(),
    decision: z.string(),
    createdAt: Timestamp,
  })
  .meta({ id: 'Experiment' });

export const presentExperiment = (e: ExperimentRow): z.infer<typeof Experiment> => ({
  id: e.id,
  applicationId: e.applicationId,
  stage: e.stage,
  title: e.title,
  hypothesis: e.hypothesis,
  design: e.design,
  approaches: e.approaches,
  metrics: e.metrics,
  startsOn: e.startsOn.toISOString(),
  endsOn: e.endsOn?.toISOString() ?? null,
  status: e.status,
  result: e.result,
  numbers: e.resultNumbers,
  resultNote: e.resultNote,
  resultRecordedAt: e.resultRecordedAt?.toISOString() ?? null,
  decision: e.decision,
  createdAt: e.createdAt.toISOString(),
});

export const experimentRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/experiments',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['learning'],
        summary: 'Experiments, newest first',
        querystring: PageQuery.extend({
          applicationId: Id.optional(),
          status: z.enum(experimentStatuses).optional(),
        }),
        response: { 200: page(Experiment), ...learningErrors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const { limit, cursor, ...filter } = request.query;
      const before = decodeCursor(cursor, TimeIdCursor);
      const rows = await db.tenant(ctx.organizationId, (tx) =>
        listExperiments(tx, ctx, filter, { limit: limit + 1, before }),
      );
      return toPage(rows, limit, presentExperiment, (e) => [e.createdAt.toISOString(), e.id]);
    },
  );

  app.post(
    '/api/v1/experiments',
    {
      config: { permission: 'write' },
      schema: {
        tags: ['learning'],
        summary: 'Log an experiment for an application (contributor)',
        body: NewExperiment,
        response: { 201: Experiment, ...learningErrors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'contributor');
      const { startsOn, endsOn, ...rest } = request.body;
      const experiment = await db.tenant(ctx.organizationId, (tx) =>
        createExperiment(tx, ctx, {
          ...rest,
          startsOn: new Date(startsOn),
          endsOn: endsOn ? new Date(endsOn) : null,
        }),
      );
      return reply.status(201).send(presentExperiment(experiment));
    },
  );

  app.get(
    '/api/v1/experiments/:id',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['learning'],
        summary: 'An experiment',
        params: IdParams,
        response: { 200: Experiment, ...learningErrors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return presentExperiment(
        await db.tenant(ctx.organizationId, (tx) => getExperiment(tx, ctx, request.params.id)),
      );
    },
  );

  app.post(
    '/api/v1/experiments/:id/status',
    {
      config: { permission: 'write' },
      schema: {
        tags: ['learning'],
        summary: 'Start or abandon an experiment (contributor): planned → running → completed, or abandoned',
        params: IdParams,
        body: z.strictObject({ status: z.enum(['running', 'abandoned']) }),
        response: { 200: Experiment, ...learningErrors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'contributor');
      return presentExperiment(
        await db.tenant(ctx.organizationId, (tx) =>
          changeExperimentStatus(tx, ctx, request.params.id, request.body.status),
        ),
      );
    },
  );

  app.post(
    '/api/v1/experiments/:id/result',
    {
      config: { permission: 'write' },
      schema: {
        tags: ['learning'],
        summary:
          'Record the result with its numbers and the decision taken (contributor); completes the experiment',
        params: IdParams,
        body: ResultInput,
        response: { 200: Experiment, ...learningErrors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'contributor');
      return presentExperiment(
        await db.tenant(ctx.organizationId, (tx) =>
          recordExperimentResult(tx, ctx, request.params.id, request.body),
        ),
      );
    },
  );
};
