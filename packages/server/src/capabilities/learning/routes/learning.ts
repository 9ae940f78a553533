import { followKinds, loopKinds } from '@trellis/core';
import { z } from 'zod';
import { requireOrganization, requirePerson } from '../../../platform/auth/request-auth';
import { mailSettings } from '../../../platform/config';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, IdParams, Timestamp } from '../../../platform/http/schemas';
import { sendDigest } from '../services/digest';
import { type FollowRow, follow, listFollows, unfollow } from '../services/follows';
import { learnedThisMonth } from '../services/learning-month';
import { learningOptions } from '../services/learning-options';
import { listLoopHealth } from '../services/loop-health';
import { search, searchKinds } from '../services/search';
import { Experiment, presentExperiment } from './experiments';
import { Idea } from './ideas';
import { Insight } from './insights';
import { DateTime, learningErrors, Tag } from './learning-schemas';

const SnippetPart = z.object({ text: z.string(), match: z.boolean() }).meta({ id: 'SnippetPart' });
const SearchHit = z
  .object({
    kind: z.string(),
    entityId: z.string(),
    title: z.array(SnippetPart).describe('The title in parts; matched words are marked'),
    snippet: z.array(SnippetPart).describe('The best fragments of the body in parts; render as text'),
    tags: z.array(z.string()),
    link: z.string(),
    rank: z.number(),
    updatedAt: Timestamp,
  })
  .meta({ id: 'SearchHit' });
const Follow = z
  .object({ id: Id, kind: z.enum(followKinds), target: z.string(), createdAt: Timestamp })
  .meta({ id: 'Follow' });
const LoopHealth = z
  .object({
    application: z.object({ id: Id, name: z.string(), stage: z.string() }),
    loops: z.array(
      z.object({
        loop: z.enum(loopKinds),
        lastActivityAt: Timestamp.nullable(),
        cadenceDays: z.number(),
        quietDays: z.number().nullable(),
        status: z.enum(['active', 'quiet']),
        alerted: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'ApplicationLoops' });

const FollowInput = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('tag'), target: Tag }),
    z.strictObject({ kind: z.literal('unit'), target: Id }),
    z.strictObject({ kind: z.literal('application'), target: Id }),
  ])
  .meta({ id: 'NewFollow' });
const presentFollow = (f: FollowRow) => ({
  id: f.id,
  kind: f.kind,
  target: f.target,
  createdAt: f.createdAt.toISOString(),
});

export const learningRoutes: RoutePlugin = async (app, { db, config }) => {
  app.get(
    '/api/v1/search',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['learning'],
        summary: 'Full-text search across insights, experiments, ideas and review comments',
        querystring: z.strictObject({
          q: z.string().trim().min(1).max(200),
          kind: z
            .union([z.enum(searchKinds), z.array(z.enum(searchKinds)).max(searchKinds.length)])
            .optional(),
          tag: Tag.optional(),
          from: DateTime.optional(),
          to: DateTime.optional(),
          limit: z.coerce.number().int().min(1).max(50).default(20),
        }),
        response: { 200: z.object({ items: z.array(SearchHit) }), ...learningErrors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const { q, kind, tag, from, to, limit } = request.query;
      const hits = await db.tenant(ctx.organizationId, (tx) =>
        search(tx, ctx, {
          q,
          kinds: kind === undefined ? undefined : Array.isArray(kind) ? kind : [kind],
          tag,
          from: from ? new Date(from) : undefined,
          to: to ? new Date(to) : undefined,
          limit,
        }),
      );
      return { items: hits.map((h) => ({ ...h, updatedAt: h.updatedAt.toISOString() })) };
    },
  );

  app.get(
    '/api/v1/learning/options',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['learning'],
        summary: 'The applications and org units learning forms pick from',
        response: {
          200: z.object({
            applications: z.array(z.object({ id: Id, name: z.string(), stage: z.string() })),
            units: z.array(z.object({ id: Id, name: z.string(), kind: z.string() })),
          }),
          ...learningErrors,
        },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return db.tenant(ctx.organizationId, (tx) => learningOptions(tx, ctx));
    },
  );

  app.get(
    '/api/v1/follows',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['learning'],
        summary: 'What you follow: tags, org units, applications',
        response: { 200: z.object({ items: z.array(Follow) }), ...learningErrors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const userId = requirePerson(ctx, 'Follows');
      const rows = await db.tenant(ctx.organizationId, (tx) => listFollows(tx, ctx, userId));
      return { items: rows.map(presentFollow) };
    },
  );

  app.post(
    '/api/v1/follows',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['learning'],
        summary: 'Follow a tag, an org unit or an application (its news reaches your digest)',
        body: FollowInput,
        response: { 201: Follow, ...learningErrors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request);
      const userId = requirePerson(ctx, 'Follows');
      const row = await db.tenant(ctx.organizationId, (tx) => follow(tx, ctx, userId, request.body));
      return reply.status(201).send(presentFollow(row));
    },
  );

  app.delete(
    '/api/v1/follows/:id',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['learning'],
        summary: 'Stop following',
        params: IdParams,
        response: { 204: z.null(), ...learningErrors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request);
      const userId = requirePerson(ctx, 'Follows');
      await db.tenant(ctx.organizationId, (tx) => unfollow(tx, ctx, userId, request.params.id));
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/v1/learning/month',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['learning'],
        summary: 'What we learned this month: decided insights, experiment results, new ideas',
        querystring: z.strictObject({
          at: DateTime.optional().describe('A moment in the month (default now)'),
        }),
        response: {
          200: z.object({
            start: Timestamp,
            end: Timestamp,
            confirmed: z.array(Insight.pick({ id: true, statement: true, tags: true, decidedAt: true })),
            rejected: z.array(Insight.pick({ id: true, statement: true, tags: true, decidedAt: true })),
            results: z.array(Experiment),
            ideas: z.array(Idea.pick({ id: true, title: true, status: true, createdAt: true })),
          }),
          ...learningErrors,
        },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const at = request.query.at ? new Date(request.query.at) : new Date();
      const m = await db.tenant(ctx.organizationId, (tx) => learnedThisMonth(tx, ctx, at));
      const brief = (i: (typeof m.confirmed)[number]) => ({
        id: i.id,
        statement: i.statement,
        tags: i.tags,
        decidedAt: i.decidedAt?.toISOString() ?? null,
      });
      return {
        start: m.start.toISOString(),
        end: m.end.toISOString(),
        confirmed: m.confirmed.map(brief),
        rejected: m.rejected.map(brief),
        results: m.results.map(presentExperiment),
        ideas: m.ideas.map((i) => ({
          id: i.id,
          title: i.title,
          status: i.status,
          createdAt: i.createdAt.toISOString(),
        })),
      };
    },
  );

  app.get(
    '/api/v1/learning/loops',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['learning'],
        summary:
          'Feedback-loop health of every live application (pilot, expanding, scaled) or one with experiments',
        response: { 200: z.object({ items: z.array(LoopHealth) }), ...learningErrors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const rows = await db.tenant(ctx.organizationId, (tx) => listLoopHealth(tx, ctx, new Date()));
      return {
        items: rows.map((r) => ({
          application: { id: r.application.id, name: r.application.name, stage: r.application.stage },
          loops: r.loops.map((l) => ({ ...l, lastActivityAt: l.lastActivityAt?.toISOString() ?? null })),
        })),
      };
    },
  );

  app.post(
    '/api/v1/learning/digests',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['learning'],
        summary:
          'Send the digest of the last seven days now, besides the weekly schedule (admin); by e-mail too when SMTP is configured',
        response: {
          201: z.object({
            since: Timestamp,
            until: Timestamp,
            recipients: z.number().int(),
            emails: z.number().int().describe('Digest e-mails written to the outbox (0 without SMTP)'),
          }),
          ...learningErrors,
        },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'admin');
      const until = new Date();
      const since = new Date(until.getTime() - 7 * 86_400_000);
      const email = mailSettings(config)
        ? { origin: config.publicUrl ?? `${request.protocol}://${request.host}` }
        : null;
      const sent = await db.tenant(ctx.organizationId, (tx) => sendDigest(tx, ctx, { since, until }, email));
      return reply.status(201).send({
        since: sent.since,
        until: sent.until,
        recipients: sent.recipients,
        emails: sent.emails,
      });
    },
  );
};
