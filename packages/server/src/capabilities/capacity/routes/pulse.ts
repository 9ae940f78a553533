import type { PulseAggregate } from '@trellis/core';
import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import { mailSettings } from '../../../platform/config';
import { Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, IdParams, Name, Timestamp } from '../../../platform/http/schemas';
import { publicOrigin } from '../../identity/index';
import {
  answerPulse,
  closePulseRound,
  createPulseSurvey,
  listPulseSurveys,
  organizationOfPulseToken,
  type PulseRoundRow,
  type PulseSurveyRow,
  pulseForm,
  pulseResults,
  pulseResultsCsv,
  type RoundSummary,
  startPulseRound,
  unitPulseTrend,
  updatePulseSchedule,
} from '../services/pulse';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const Item = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'use 1–40 lowercase letters, digits or _'),
  label: z.string().trim().min(1).max(300),
});
const Round = z
  .object({
    id: Id,
    openedAt: Timestamp,
    closesAt: Timestamp,
    closedAt: Timestamp.nullable(),
    open: z.boolean(),
    linksIssued: z.number().int(),
  })
  .meta({ id: 'PulseRound' });
const Survey = z
  .object({
    id: Id,
    orgUnitId: Id,
    unitName: z.string(),
    name: z.string(),
    items: z.array(z.object({ key: z.string(), label: z.string() })),
    cadenceDays: z.number().int(),
    cooldownDays: z.number().int(),
    autoRounds: z
      .boolean()
      .describe('Rounds open by themselves when due; each person gets a link in the inbox'),
    roundDays: z.number().int().describe('How long an automatic round stays open'),
    nextRoundDue: Timestamp,
    rounds: z.array(Round),
    createdAt: Timestamp,
  })
  .meta({ id: 'PulseSurvey' });
const Aggregate = {
  suppressed: z
    .boolean()
    .describe('True under 3 respondents: nothing of the group is shown, not even its size'),
  respondents: z.number().int().nullable(),
  overall: z.number().nullable(),
  items: z
    .array(z.object({ key: z.string(), mean: z.number(), counts: z.array(z.number().int()).length(5) }))
    .nullable(),
};
const RoundResult = z
  .object({
    roundId: Id,
    surveyName: z.string(),
    orgUnitId: Id,
    closedAt: Timestamp,
    linksIssued: z.number().int(),
    ...Aggregate,
  })
  .meta({ id: 'PulseRoundResult' });
const RoundDays = z.number().int().min(1).max(60);
const ResultFilter = z.strictObject({ from: z.iso.datetime().optional(), to: z.iso.datetime().optional() });

const presentRound = (r: PulseRoundRow, now: Date) => ({
  id: r.id,
  openedAt: r.openedAt.toISOString(),
  closesAt: r.closesAt.toISOString(),
  closedAt: r.closedAt?.toISOString() ?? (r.closesAt <= now ? r.closesAt.toISOString() : null),
  open: !r.closedAt && r.closesAt > now,
  linksIssued: r.linksIssued,
});
const presentSurvey = (s: PulseSurveyRow, unitName: string, rounds: PulseRoundRow[], now: Date) => {
  const last = rounds.at(-1);
  return {
    id: s.id,
    orgUnitId: s.orgUnitId,
    unitName,
    name: s.name,
    items: s.items,
    cadenceDays: s.cadenceDays,
    cooldownDays: s.cooldownDays,
    autoRounds: s.autoRounds,
    roundDays: s.roundDays,
    nextRoundDue: new Date(
      last ? last.openedAt.getTime() + s.cadenceDays * 86_400_000 : s.createdAt.getTime(),
    ).toISOString(),
    rounds: rounds.map((r) => presentRound(r, now)),
    createdAt: s.createdAt.toISOString(),
  };
};
// Explicit fields: a summary carries the raw responses for pooling, which never leave the server.
const presentAggregate = (a: PulseAggregate) => ({
  suppressed: a.suppressed,
  respondents: a.respondents,
  overall: a.overall,
  items: a.items,
});
const presentResult = (r: RoundSummary) => ({
  roundId: r.roundId,
  surveyName: r.surveyName,
  orgUnitId: r.orgUnitId,
  closedAt: r.closedAt.toISOString(),
  linksIssued: r.linksIssued,
  ...presentAggregate(r.aggregate),
});
const dates = (q: z.infer<typeof ResultFilter>) => ({
  from: q.from ? new Date(q.from) : undefined,
  to: q.to ? new Date(q.to) : undefined,
});

export const pulseRoutes: RoutePlugin = async (app, { db, config }) => {
  app.get(
    '/api/v1/pulse-surveys',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['capacity'],
        summary: 'Pulse surveys with their rounds',
        querystring: z.strictObject({ orgUnitId: Id.optional() }),
        response: { 200: z.object({ items: z.array(Survey) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const rows = await db.tenant(ctx.organizationId, (tx) =>
        listPulseSurveys(tx, ctx, request.query.orgUnitId),
      );
      const now = new Date();
      return { items: rows.map((r) => presentSurvey(r.survey, r.unitName, r.rounds, now)) };
    },
  );

  app.post(
    '/api/v1/pulse-surveys',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['capacity'],
        summary:
          'Set up a pulse for a unit (lead); items default to readiness (ADKAR), workload and wellbeing',
        body: z.strictObject({
          orgUnitId: Id,
          name: Name,
          items: z.array(Item).min(1).max(15).optional(),
          cadenceDays: z.number().int().min(7).max(365).default(30),
          cooldownDays: z.number().int().min(0).max(365).default(21),
          autoRounds: z.boolean().default(false),
          roundDays: RoundDays.default(7),
        }),
        response: { 201: Survey, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      const survey = await db.tenant(ctx.organizationId, (tx) => createPulseSurvey(tx, ctx, request.body));
      return reply.status(201).send(presentSurvey(survey, '', [], new Date()));
    },
  );

  app.patch(
    '/api/v1/pulse-surveys/:id',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['capacity'],
        summary: 'Change how often a pulse runs and whether its rounds open by themselves (lead)',
        params: IdParams,
        body: z.strictObject({
          autoRounds: z.boolean().optional(),
          roundDays: RoundDays.optional(),
          cadenceDays: z.number().int().min(7).max(365).optional(),
          cooldownDays: z.number().int().min(0).max(365).optional(),
        }),
        response: { 200: Survey, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'lead');
      const now = new Date();
      return db.tenant(ctx.organizationId, async (tx) => {
        const row = await updatePulseSchedule(tx, ctx, request.params.id, request.body);
        const [one] = (await listPulseSurveys(tx, ctx, row.orgUnitId)).filter((s) => s.survey.id === row.id);
        return presentSurvey(one!.survey, one!.unitName, one!.rounds, now);
      });
    },
  );

  app.post(
    '/api/v1/pulse-surveys/:id/rounds',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['capacity'],
        summary:
          'Open a round (lead): each invited person gets their own one-time link in their inbox (and by e-mail when SMTP is set); the answer holds no link',
        params: IdParams,
        body: z.strictObject({
          closesInDays: z.number().int().min(1).max(60).default(14),
        }),
        response: {
          201: z.object({
            round: Round,
            invited: z.number().int().describe('People sent their own link'),
            emailed: z.number().int().describe('Of them, also by e-mail'),
            skippedForCooldown: z.number().int(),
          }),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      const now = new Date();
      const emailOrigin = mailSettings(config) ? publicOrigin(config, request) : null;
      const opened = await db.tenant(ctx.organizationId, (tx) =>
        startPulseRound(tx, ctx, request.params.id, { ...request.body, now, delivery: { emailOrigin } }),
      );
      return reply.status(201).send({
        round: presentRound(opened.round, now),
        invited: opened.invited,
        emailed: opened.emailed,
        skippedForCooldown: opened.skippedForCooldown,
      });
    },
  );

  app.post(
    '/api/v1/pulse-rounds/:id/close',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['capacity'],
        summary: 'Close a round now (lead); its results show once closed',
        params: IdParams,
        response: { 200: Round, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'lead');
      const now = new Date();
      const round = await db.tenant(ctx.organizationId, (tx) =>
        closePulseRound(tx, ctx, request.params.id, now),
      );
      return presentRound(round, now);
    },
  );

  app.get(
    '/api/v1/pulse-surveys/:id/results',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['capacity'],
        summary: 'Results of closed rounds; any group under 3 respondents is suppressed, pooled or not',
        params: IdParams,
        querystring: ResultFilter,
        response: {
          200: z.object({ rounds: z.array(RoundResult), pooled: z.object(Aggregate) }),
          ...errors,
        },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const { rounds, pooled } = await db.tenant(ctx.organizationId, (tx) =>
        pulseResults(tx, ctx, request.params.id, dates(request.query)),
      );
      return { rounds: rounds.map(presentResult), pooled: presentAggregate(pooled) };
    },
  );

  app.get(
    '/api/v1/pulse-surveys/:id/results.csv',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['capacity'],
        summary: 'Export of the results as CSV, with the same suppression',
        params: IdParams,
        querystring: ResultFilter,
        produces: ['text/csv'],
        response: { 200: z.string(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request);
      const { rounds } = await db.tenant(ctx.organizationId, (tx) =>
        pulseResults(tx, ctx, request.params.id, dates(request.query)),
      );
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="pulse-results.csv"')
        .send(pulseResultsCsv(rounds));
    },
  );

  app.get(
    '/api/v1/org-units/:id/pulse-trend',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['capacity'],
        summary:
          'Pulse trend of a unit and the units below it: closed rounds, oldest first, small groups suppressed',
        params: IdParams,
        querystring: ResultFilter,
        response: { 200: z.object({ items: z.array(RoundResult) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const rounds = await db.tenant(ctx.organizationId, (tx) =>
        unitPulseTrend(tx, ctx, request.params.id, dates(request.query)),
      );
      return { items: rounds.map(presentResult) };
    },
  );

  // Public: the respondent has no account; the link's token is the only credential, spent on answering.
  // It travels in request bodies only (the page reads it from the URL fragment), never in a URL a log keeps.
  app.post(
    '/api/v1/pulse/form',
    {
      config: { permission: 'none' },
      schema: {
        tags: ['pulse (public)'],
        summary: 'What a pulse link asks (no sign-in); any link that cannot be used answers the same 400',
        body: z.strictObject({ token: z.string().min(1).max(200) }),
        response: {
          200: z.object({
            surveyName: z.string(),
            unitName: z.string(),
            items: z.array(z.object({ key: z.string(), label: z.string() })),
            closesAt: Timestamp,
          }),
          400: Problem,
        },
      },
    },
    async (request) => {
      const { token } = request.body;
      const orgId = await db.system((tx) => organizationOfPulseToken(tx, token, 'body.token'));
      const form = await db.tenant(orgId, (tx) => pulseForm(tx, token, new Date()));
      return { ...form, closesAt: form.closesAt.toISOString() };
    },
  );

  app.post(
    '/api/v1/pulse/answers',
    {
      config: { permission: 'none' },
      schema: {
        tags: ['pulse (public)'],
        summary:
          'Answer a pulse through its link, once (no sign-in; stored without person, link or time); any link that cannot be used answers the same 400',
        body: z.strictObject({
          token: z.string().min(1).max(200),
          answers: z.record(z.string().max(40), z.number()),
        }),
        response: { 204: z.null(), 400: Problem },
      },
    },
    async (request, reply) => {
      const { token, answers } = request.body;
      const orgId = await db.system((tx) => organizationOfPulseToken(tx, token, 'body.token'));
      await db.tenant(orgId, (tx) => answerPulse(tx, orgId, token, answers, new Date()));
      return reply.status(204).send(null);
    },
  );
};
