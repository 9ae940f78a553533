import { evidenceGrades, metricKinds, verdicts } from '@trellis/core';
import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import { Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, IdParams, Name, Timestamp } from '../../../platform/http/schemas';
import { betterDirections } from '../evidence-schema';
import { getMetricEvidence, listApplicationEvidence, type MetricEvidence } from '../services/evidence';
import { createMetric, type MetricRow, setMetricWindows, windowsOf } from '../services/evidence-metrics';

export const IsoDate = z.iso.date().meta({ format: 'date' });
const DateRange = z.strictObject({ start: IsoDate, end: IsoDate }).meta({ id: 'DateRange' });
const Windows = z.strictObject({ baseline: DateRange, pilot: DateRange }).meta({ id: 'EvidenceWindows' });
export const Unit = z.string().trim().max(30);
const MetricInput = z
  .strictObject({
    name: Name,
    unit: Unit.optional().describe('e.g. "h" or "min"; leave empty for proportions'),
    kind: z
      .enum(metricKinds)
      .describe('mean, duration (positive time), median, or proportion (0/1 or count/total)'),
    better: z.enum(betterDirections).describe('Which direction is an improvement'),
    howMeasured: z.string().max(2000).optional(),
    windows: Windows.optional(),
  })
  .meta({ id: 'NewEvidenceMetric' });
const Metric = z
  .object({
    id: Id,
    applicationId: Id,
    name: z.string(),
    unit: z.string(),
    kind: z.enum(metricKinds),
    better: z.enum(betterDirections),
    howMeasured: z.string(),
    windows: z.object({ baseline: DateRange.nullable(), pilot: DateRange.nullable() }),
    createdAt: Timestamp,
  })
  .meta({ id: 'EvidenceMetric' });
const Interval = z
  .object({ estimate: z.number(), lower: z.number(), upper: z.number() })
  .meta({ id: 'EffectInterval' });
const WindowSummary = z.object({
  n: z.number().int().describe('Measurements (trials for a proportion)'),
  estimate: z.number(),
  sd: z.number().nullable(),
});
const Comparison = z
  .object({
    statistic: z.enum(['mean', 'median', 'proportion']),
    method: z.enum(['welch', 'newcombe', 'bootstrap-bca']),
    methodReason: z.string(),
    caution: z.string().nullable(),
    confidence: z.number(),
    baseline: WindowSummary,
    pilot: WindowSummary,
    difference: Interval.describe('pilot − reference'),
    ratio: Interval.nullable().describe('pilot / reference; null when no ratio exists'),
    ratioMethod: z.enum(['delta-log', 'miettinen-nurminen', 'bootstrap-bca']).nullable(),
  })
  .meta({ id: 'EvidenceComparison' });
const Evidence = z
  .object({
    metric: Metric,
    counts: z.object({
      baseline: z.number().int(),
      pilot: z.number().int(),
      comparison: z.number().int(),
      comparisonBaseline: z
        .number()
        .int()
        .describe('Stored, not used: the comparison group before the pilot'),
    }),
    grade: z.object({
      grade: z.enum(evidenceGrades),
      reason: z.string(),
      contrast: z.enum(['concurrent', 'before-after']).nullable(),
    }),
    reference: z.enum(['pilot group, baseline window', 'comparison group, pilot window']).nullable(),
    comparison: Comparison.nullable(),
    claim: z.string().nullable(),
    verdict: z
      .enum(verdicts)
      .nullable()
      .describe('The effect’s direction, or not-enough-evidence for an anecdote whatever its interval says'),
    direction: z
      .enum(['improved', 'worsened', 'inconclusive'])
      .nullable()
      .describe('Which side of no effect the interval of the difference lies on, whatever the grade'),
    verdictLabel: z
      .string()
      .nullable()
      .describe('The verdict in words with its grade, e.g. “improved — before-after comparison”'),
  })
  .meta({ id: 'MetricEvidence' });
const ApplicationEvidence = z
  .object({
    application: z.object({ id: Id, name: z.string(), stage: z.string() }),
    items: z.array(Evidence),
  })
  .meta({ id: 'ApplicationEvidence' });
export const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

export const presentMetric = (m: MetricRow): z.infer<typeof Metric> => {
  const w = windowsOf(m);
  return {
    id: m.id,
    applicationId: m.applicationId,
    name: m.name,
    unit: m.unit,
    kind: m.kind,
    better: m.better,
    howMeasured: m.howMeasured,
    windows: { baseline: w.baseline ?? null, pilot: w.pilot ?? null },
    createdAt: m.createdAt.toISOString(),
  };
};

const presentEvidence = (e: MetricEvidence): z.infer<typeof Evidence> => ({
  metric: presentMetric(e.metric),
  counts: e.counts,
  grade: e.grading,
  reference: e.reference,
  comparison: e.comparison,
  claim: e.claim,
  verdict: e.verdict,
  direction: e.direction,
  verdictLabel: e.verdictLabel,
});

export const evidenceRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/applications/:id/evidence',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['evidence'],
        summary: 'Every metric of an application with its effect, intervals, sample sizes and evidence grade',
        params: IdParams,
        response: { 200: ApplicationEvidence, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const { application, items } = await db.tenant(ctx.organizationId, (tx) =>
        listApplicationEvidence(tx, ctx, request.params.id),
      );
      return {
        application: { id: application.id, name: application.name, stage: application.stage },
        items: items.map(presentEvidence),
      };
    },
  );

  app.post(
    '/api/v1/applications/:id/metrics',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['evidence'],
        summary: 'Define a metric of the application’s pilot, optionally with its windows (lead)',
        params: IdParams,
        body: MetricInput,
        response: { 201: Metric, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      const metric = await db.tenant(ctx.organizationId, (tx) =>
        createMetric(tx, ctx, request.params.id, request.body),
      );
      return reply.status(201).send(presentMetric(metric));
    },
  );

  app.get(
    '/api/v1/metrics/:id',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['evidence'],
        summary: 'A metric with its effect, intervals, sample sizes and evidence grade',
        params: IdParams,
        response: { 200: Evidence, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return presentEvidence(
        await db.tenant(ctx.organizationId, (tx) => getMetricEvidence(tx, ctx, request.params.id)),
      );
    },
  );

  app.put(
    '/api/v1/metrics/:id/windows',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['evidence'],
        summary: 'Set the baseline and pilot windows (lead); refused if a measurement would fall outside',
        params: IdParams,
        body: Windows,
        response: { 200: Metric, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'lead');
      const metric = await db.tenant(ctx.organizationId, (tx) =>
        setMetricWindows(tx, ctx, request.params.id, request.body),
      );
      return presentMetric(metric);
    },
  );
};
