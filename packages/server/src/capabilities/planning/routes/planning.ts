import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import { decodeCursor, PageQuery, page, TimeIdCursor, toPage } from '../../../platform/http/pagination';
import { Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, IdParams, Timestamp } from '../../../platform/http/schemas';
import {
  getPlanningRun,
  latestPlanningRun,
  listPlanningRuns,
  MAX_PLANNING_HORIZON,
  MAX_TIME_LIMIT_SECONDS,
  type RunProblem,
  type RunRow,
  recommendationOf,
  runPlanning,
  type PlanView as StoredPlan,
} from '../services/planning-runs';

const Amount = z.number().finite().min(0);
const RunInput = z
  .strictObject({
    startMonth: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'use YYYY-MM')
      .optional()
      .describe('First month of the horizon (default: the current month)'),
    horizonMonths: z.number().int().min(1).max(MAX_PLANNING_HORIZON).default(12),
    discountRate: z.number().min(0).max(0.2).default(0.01).describe('Discount per month of delay'),
    maxConcurrent: z.number().int().min(1).max(20).default(3).describe('k: steps active at once per unit'),
    timeLimitSeconds: z.number().gt(0).max(MAX_TIME_LIMIT_SECONDS).default(5),
    weights: z
      .strictObject({
        confidence: z
          .number()
          .min(0)
          .max(3)
          .default(1)
          .describe('Confidence counts as confidence^weight: 0 ignores it, 2 penalizes weak evidence more'),
      })
      .default({ confidence: 1 }),
    whatIf: z
      .strictObject({
        capacities: z
          .record(z.uuid(), Amount)
          .optional()
          .describe('Whole monthly change capacity per org unit'),
        maxConcurrent: z.record(z.uuid(), z.number().int().min(1).max(20)).optional(),
        values: z.record(z.uuid(), Amount).optional().describe('Expected value per stage'),
        confidences: z.record(z.uuid(), z.number().min(0).max(1)).optional().describe('Confidence per stage'),
      })
      .default({}),
  })
  .meta({ id: 'NewPlanningRun' });

const PlanView = z
  .object({
    method: z.enum(['optimizer', 'greedy']),
    status: z.enum(['optimal', 'time-limit', 'greedy']),
    value: z.number(),
    bound: z.number().nullable(),
    gap: z.number().nullable().describe('(bound − value) ÷ value; null for greedy'),
    solveMs: z.number().nullable(),
    scheduled: z.array(
      z.object({
        stageId: Id,
        startMonth: z.number().int().describe('Month index from the horizon start'),
        endMonth: z.number().int(),
        startDate: z.string(),
        value: z.number().describe('Discounted value × confidence'),
      }),
    ),
    deferred: z.array(
      z.object({
        stageId: Id,
        kind: z.enum(['capacity', 'concurrency', 'dependency', 'no-value', 'excluded']),
        unitId: Id.nullable(),
        month: z.number().int().nullable(),
        reason: z.string().describe('The binding reason as a sentence'),
      }),
    ),
  })
  .meta({ id: 'PlanView' });

const PlanningUnit = z.object({
  id: Id,
  name: z.string(),
  kind: z.string(),
  capacity: z.array(z.number()).describe('Whole change capacity per month'),
  committed: z.array(z.number()).describe('Load already committed per month'),
  maxConcurrent: z.number().int(),
  amberThreshold: z.number(),
  redThreshold: z.number(),
});
const PlanningStep = z.object({
  stageId: Id,
  planId: Id,
  applicationId: Id,
  applicationName: z.string(),
  stageName: z.string(),
  position: z.number().int(),
  grade: z.enum(['anecdote', 'before-after', 'controlled']),
  gate: z.enum(['advance', 'hold', 'rework', 'roll_back']).nullable(),
  expectedValue: z.number(),
  confidence: z.number(),
  durationMonths: z.number().int(),
  changeLoad: z.number(),
  unitIds: z.array(Id),
  loads: z
    .array(z.object({ unitId: Id, load: z.number(), concurrent: z.boolean() }))
    .optional()
    .describe(
      'Load per unit as the heatmap rolls it up: the change load on each target and on every unit above one (there not one of its concurrent changes); absent in runs stored before roll-up',
    ),
  earliestMonth: z.number().int(),
  dependsOn: z.array(Id),
});
const StageRef = { stageId: Id, applicationId: Id, applicationName: z.string(), stageName: z.string() };

const RunSummary = z
  .object({
    id: Id,
    createdAt: Timestamp,
    createdByName: z.string(),
    startMonth: z.string(),
    parameters: z.record(z.string(), z.unknown()),
    status: z.enum(['optimal', 'time-limit']),
    value: z.number(),
    greedyValue: z.number(),
    gap: z.number().nullable(),
    solveMs: z.number().int(),
  })
  .meta({ id: 'PlanningRunSummary' });
const Run = RunSummary.extend({
  months: z.array(z.string()),
  discountRate: z.number(),
  units: z.array(PlanningUnit),
  steps: z.array(PlanningStep),
  fixed: z.array(
    z.object({
      ...StageRef,
      unitIds: z.array(Id),
      startMonth: z.number().int(),
      endMonth: z.number().int(),
      changeLoad: z.number(),
    }),
  ),
  excluded: z.array(z.object({ ...StageRef, reason: z.string() })),
  optimizer: PlanView,
  greedy: PlanView,
}).meta({ id: 'PlanningRun' });
const LatestRun = z.object({ run: Run.nullable() }).meta({ id: 'LatestPlanningRun' });

const Recommendations = z
  .object({
    runId: Id.nullable().describe('null before the first optimizer run: then there are no steps yet'),
    createdAt: Timestamp.nullable(),
    steps: z.array(
      z.object({
        stageId: Id,
        applicationId: Id,
        applicationName: z.string(),
        stageName: z.string(),
        startMonth: z.string().describe('YYYY-MM'),
        startDate: z.string().describe('YYYY-MM-DD, the first day of the start month'),
        value: z.number(),
      }),
    ),
    deferred: z.array(
      z.object({ stageId: Id, applicationName: z.string(), stageName: z.string(), reason: z.string() }),
    ),
  })
  .meta({ id: 'PlanningRecommendations' });

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

const summary = (run: RunRow): z.infer<typeof RunSummary> => ({
  id: run.id,
  createdAt: run.createdAt.toISOString(),
  createdByName: run.createdByName,
  startMonth: run.startMonth,
  parameters: run.parameters,
  status: run.status,
  value: run.value,
  greedyValue: run.greedyValue,
  gap: run.gap,
  solveMs: run.solveMs,
});
const present = (run: RunRow): z.infer<typeof Run> => {
  const problem = run.problem as unknown as RunProblem;
  return {
    ...summary(run),
    months: problem.months,
    discountRate: problem.discountRate,
    units: problem.units,
    steps: problem.steps,
    fixed: problem.fixed,
    excluded: problem.excluded,
    optimizer: run.optimizer as unknown as StoredPlan,
    greedy: run.greedy as unknown as StoredPlan,
  };
};

export const planningRoutes: RoutePlugin = async (app, { db }) => {
  app.post(
    '/api/v1/planning/runs',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['sequencing'],
        summary: 'Run the next-step optimizer beside the greedy plan, and store the run (lead)',
        description:
          'Candidates are the planned stages of draft and active expansion plans; a running stage is fixed load. Solved by HiGHS in a worker thread within the time limit (at most 10 s).',
        body: RunInput,
        response: { 201: Run, ...errors, 503: Problem },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      const run = await runPlanning(db, ctx, request.body);
      return reply.status(201).send(present(run));
    },
  );

  app.get(
    '/api/v1/planning/runs',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['sequencing'],
        summary: 'Stored optimizer runs, newest first',
        querystring: PageQuery,
        response: { 200: page(RunSummary), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const { limit, cursor } = request.query;
      const before = decodeCursor(cursor, TimeIdCursor);
      return db.tenant(ctx.organizationId, async (tx) => {
        const rows = await listPlanningRuns(tx, ctx, { limit: limit + 1, before });
        return toPage(rows, limit, summary, (r) => [r.createdAt.toISOString(), r.id]);
      });
    },
  );

  app.get(
    '/api/v1/planning/runs/latest',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['sequencing'],
        summary: 'The newest optimizer run in full (the roadmap shows it)',
        description:
          'Before the optimizer has run this is an expected state, not an error: 200 with run null.',
        response: { 200: LatestRun, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return db.tenant(ctx.organizationId, async (tx) => {
        const run = await latestPlanningRun(tx, ctx);
        return { run: run ? present(run) : null };
      });
    },
  );

  app.get(
    '/api/v1/planning/runs/:id',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['sequencing'],
        summary: 'One optimizer run: parameters, units, candidates, both plans with reasons',
        params: IdParams,
        response: { 200: Run, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return db.tenant(ctx.organizationId, async (tx) =>
        present(await getPlanningRun(tx, ctx, request.params.id)),
      );
    },
  );

  app.get(
    '/api/v1/planning/recommendations',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['sequencing'],
        summary: 'The latest run’s recommended next steps and the deferred ones with their reasons',
        description:
          'Before the optimizer has run this is an expected state, not an error: 200 with runId null and no steps.',
        response: { 200: Recommendations, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return db.tenant(ctx.organizationId, async (tx) => {
        const run = await latestPlanningRun(tx, ctx);
        if (!run) return { runId: null, createdAt: null, steps: [], deferred: [] };
        return recommendationOf(run);
      });
    },
  );
};
