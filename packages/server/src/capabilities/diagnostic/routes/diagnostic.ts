import { SELF_ASSESSMENT_QUESTIONS } from '@trellis/core';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import { Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import {
  cachedDiagnostic,
  type Diagnostic as DiagnosticResult,
  maturityHistory,
  takeSelfAssessment,
} from '../services/diagnostic';
import { firstRunChecklist } from '../services/diagnostic-first-run';
import { executiveMarkdown, type NextSteps } from '../services/executive-markdown';
import { cachedExecutiveSummary } from '../services/executive-summary';
import {
  Diagnostic,
  ExecutiveSummary,
  FirstRun,
  Maturity,
  SelfAssessmentInput,
  Snapshot,
} from './diagnostic-schemas';

const tags = ['diagnostic'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

export function presentDiagnostic(d: DiagnosticResult): z.infer<typeof Diagnostic> {
  return {
    generatedAt: d.generatedAt.toISOString(),
    windows: d.windows.map((w) => ({ from: w.from.toISOString(), to: w.to.toISOString() })),
    indicators: d.indicators.map((i) => ({
      key: i.key,
      side: i.side,
      label: i.label,
      definition: i.definition,
      unit: i.unit,
      healthy: i.healthy,
      alarm: i.alarm,
      trendOf: i.trendOf ?? null,
      value: i.value,
      trend: i.trend,
      pressure: i.pressure,
      status: i.status,
      evidence: i.evidence ?? { count: 0, days: 0 },
      minimum: i.minimum,
      action: i.action,
    })),
    position: d.position,
    maturity: d.maturity,
  };
}

const presentSnapshot = (s: {
  id: string;
  reason: 'self_assessment' | 'monthly';
  month: string;
  scores: z.infer<typeof Snapshot>['scores'];
  position: number;
  zone: string;
  createdAt: Date;
}): z.infer<typeof Snapshot> => ({ ...s, createdAt: s.createdAt.toISOString() });

/** The optimizer's latest recommendations through its own route (null when it was never run). */
async function nextStepsFor(request: FastifyRequest): Promise<NextSteps | null> {
  const pass = ['cookie', 'authorization', 'x-trellis-organization'] as const;
  const headers = Object.fromEntries(
    pass.flatMap((h) => (typeof request.headers[h] === 'string' ? [[h, request.headers[h] as string]] : [])),
  );
  const res = await request.server.inject({
    method: 'GET',
    url: '/api/v1/planning/recommendations',
    headers,
  });
  const steps = res.statusCode === 200 ? (res.json() as NextSteps & { runId: string | null }) : null;
  return steps?.runId ? steps : null;
}

export const diagnosticRoutes: RoutePlugin = async (app, { db, config }) => {
  app.get(
    '/api/v1/diagnostic',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary:
          'The strategy diagnostic: every indicator from the data (value, 3 × 30-day trend, threshold), the two-sided position with the indicators that move it most, and capability maturity',
        response: { 200: Diagnostic, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return presentDiagnostic(await cachedDiagnostic(db, ctx, new Date()));
    },
  );

  app.get(
    '/api/v1/diagnostic/first-run',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary:
          'A new organization’s first pilot as a checklist (application → task → standard → token → outputs → review → evidence), each step checked off from the data',
        response: { 200: FirstRun, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return db.tenant(ctx.organizationId, (tx) => firstRunChecklist(tx, ctx, new Date()));
    },
  );

  app.get(
    '/api/v1/diagnostic/maturity',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'The self-assessment questions, the newest self-assessment and the maturity history',
        response: { 200: Maturity, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const { snapshots, latestAssessment } = await db.tenant(ctx.organizationId, (tx) =>
        maturityHistory(tx, ctx),
      );
      return {
        questions: [...SELF_ASSESSMENT_QUESTIONS],
        latestAssessment: latestAssessment && {
          id: latestAssessment.id,
          answers: latestAssessment.answers,
          takenByName: latestAssessment.takenByName,
          createdAt: latestAssessment.createdAt.toISOString(),
        },
        history: snapshots.map(presentSnapshot),
      };
    },
  );

  app.post(
    '/api/v1/diagnostic/self-assessments',
    {
      config: { permission: 'approve' },
      schema: {
        tags,
        summary: 'Take the self-assessment (lead): every question 1–5; stores a maturity snapshot',
        body: SelfAssessmentInput,
        response: { 201: Snapshot, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      const { snapshot } = await db.tenant(ctx.organizationId, (tx) =>
        takeSelfAssessment(tx, ctx, request.body.answers, new Date()),
      );
      return reply.code(201).send(presentSnapshot(snapshot));
    },
  );

  app.get(
    '/api/v1/executive-summary',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'Portfolio by stage, value delivered with intervals, the diagnostic and maturity',
        response: { 200: ExecutiveSummary, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const s = await cachedExecutiveSummary(db, ctx, new Date());
      return { ...s, generatedAt: s.generatedAt.toISOString(), diagnostic: presentDiagnostic(s.diagnostic) };
    },
  );

  app.get(
    '/api/v1/executive-summary.md',
    {
      config: { permission: 'read' },
      schema: {
        tags,
        summary: 'The executive summary as a Markdown file, with the optimizer’s next steps when it has run',
        produces: ['text/markdown'],
        response: { 200: z.string(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request);
      const s = await cachedExecutiveSummary(db, ctx, new Date());
      const base = config.publicUrl ?? `${request.protocol}://${request.host}`;
      const text = executiveMarkdown(s, await nextStepsFor(request), base.replace(/\/$/, ''));
      reply.header(
        'content-disposition',
        `attachment; filename="trellis-executive-summary-${s.generatedAt.toISOString().slice(0, 10)}.md"`,
      );
      return reply.type('text/markdown; charset=utf-8').send(text);
    },
  );
};
