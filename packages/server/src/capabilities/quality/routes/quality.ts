import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import { Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, IdParams, Timestamp } from '../../../platform/http/schemas';
import { clearAlarm } from '../services/alarms';
import { summarizeQuality } from '../services/quality-summary';
import { qualificationProgress } from '../services/sampling';
import { standardMonitorPromise } from '../services/workflows';

const Bound = z.object({ estimate: z.number(), lower: z.number(), upper: z.number() });
const SegmentQuality = z
  .object({
    segment: z.string(),
    outputs: z.number().int(),
    selected: z.number().int(),
    pendingReviews: z.number().int(),
    reviewed: z.number().int(),
    defectsFound: z.number().int(),
    effort: z.number().describe('Share of outputs selected for review'),
    defectRate: Bound.nullable().describe('Hájek estimate with a Fay–Feuer 95% interval'),
    escapedDefects: Bound.describe(
      'Horvitz–Thompson estimate with a Fay–Feuer 95% interval, intersected with [0, unreviewed]',
    ),
    outgoingRate: Bound.nullable().describe('Escaped defects ÷ decided outputs, in [0, 1]'),
    budgetUsed: z.number().describe('Estimated escapes ÷ what the outgoing limit allows so far'),
    unreviewed: z
      .number()
      .int()
      .describe('Decided outputs nobody reviewed: the most defects that can have escaped'),
    minimumReviews: z
      .number()
      .int()
      .describe('Sampled reviews needed before the estimates are shown as figures'),
    enoughReviews: z
      .boolean()
      .describe(
        'Whether `reviewed` reaches `minimumReviews`; below it the dashboard says “not enough reviews yet”',
      ),
  })
  .meta({ id: 'SegmentQuality' });
const Alarm = z
  .object({
    id: Id,
    segment: z.string(),
    raisedAt: Timestamp,
    clearedAt: Timestamp.nullable(),
    clearedBy: Id.nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'Alarm' });
const QualitySummary = z
  .object({
    workflowId: Id,
    standardVersion: z.number().int().nullable(),
    outgoingLimit: z.number().nullable(),
    total: SegmentQuality.nullable(),
    segments: z.array(SegmentQuality),
    cusum: z.array(
      z.object({ segment: z.string(), points: z.array(z.object({ at: Timestamp, value: z.number() })) }),
    ),
    threshold: z.number().nullable(),
    alarms: z.array(Alarm),
    agreement: z
      .object({ pairs: z.number().int(), kappa: z.number().nullable(), observed: z.number().nullable() })
      .nullable(),
    qualification: z
      .object({
        run: z.number().int().describe('Clean outputs each segment is reviewed in full for at the start'),
        segments: z.array(
          z.object({
            segment: z.string(),
            remaining: z.number().int().describe('Outputs still reviewed in full before it qualifies'),
            qualified: z.boolean(),
          }),
        ),
      })
      .nullable()
      .describe('The adaptive policy’s qualification start (null for other policies)'),
    monitor: z
      .object({
        promisedPer100k: z.number().describe('The false-alarm budget the standard states, per 100k outputs'),
        expectedPer100k: z
          .number()
          .describe(
            'False alarms per 100k outputs the charts give at the policy’s real in-control review rate',
          ),
        reviewRate: z.number().describe('That review rate (simulated for the adaptive policy)'),
      })
      .nullable()
      .describe(
        'The drift monitor’s promise and what it should deliver, side by side (null without a monitor)',
      ),
  })
  .meta({ id: 'QualitySummary' });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

const presentAlarm = (a: {
  publicId: string;
  segment: string;
  raisedAt: Date;
  clearedAt: Date | null;
  clearedBy: string | null;
  note: string | null;
}) => ({
  id: a.publicId,
  segment: a.segment,
  raisedAt: a.raisedAt.toISOString(),
  clearedAt: a.clearedAt?.toISOString() ?? null,
  clearedBy: a.clearedBy,
  note: a.note,
});

export const qualityRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/workflows/:id/quality',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['quality'],
        summary:
          'Defect rate, escaped defects with intervals, effort, limit use, CUSUM and alarms, per segment',
        params: IdParams,
        response: { 200: QualitySummary, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const { summary, qualification } = await db.tenant(ctx.organizationId, async (tx) => {
        const summary = await summarizeQuality(tx, ctx, request.params.id);
        const qualification = summary.standard
          ? await qualificationProgress(tx, summary.workflow.id, summary.standard)
          : null;
        return { summary, qualification };
      });
      return {
        workflowId: summary.workflow.id,
        standardVersion: summary.standard?.version ?? null,
        outgoingLimit: summary.standard?.outgoingLimit ?? null,
        total: summary.total,
        segments: summary.segments,
        cusum: summary.cusum,
        threshold: summary.threshold ?? null,
        alarms: summary.alarms.map(presentAlarm),
        agreement: summary.agreement,
        qualification,
        monitor: summary.standard ? standardMonitorPromise(summary.standard) : null,
      };
    },
  );

  app.post(
    '/api/v1/alarms/:id/clear',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['quality'],
        summary: 'Clear a drift alarm with a note (lead): the segment leaves 100% review',
        params: IdParams,
        body: z.strictObject({ note: z.string().trim().min(1).max(2000) }),
        response: { 200: Alarm, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'lead');
      const alarm = await db.tenant(ctx.organizationId, (tx) =>
        clearAlarm(tx, ctx, request.params.id, request.body.note),
      );
      return presentAlarm(alarm);
    },
  );
};
