import { ideaStatuses } from '@trellis/core';
import { z } from 'zod';
import { type OrgContext, requireOrganization } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { decodeCursor, PageQuery, page, TimeIdCursor, toPage } from '../../../platform/http/pagination';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, IdParams, Timestamp } from '../../../platform/http/schemas';
import {
  convertIdea,
  decideIdea,
  getIdea,
  type IdeaRow,
  listIdeas,
  mergeIdea,
  proposeIdea,
  similarIdeas,
} from '../services/ideas';
import { namesOf } from '../services/learning-actor';
import { LongText, learningErrors, PersonRef, ShortText } from './learning-schemas';

export const Idea = z
  .object({
    id: Id,
    title: z.string(),
    description: z.string(),
    status: z.enum(ideaStatuses),
    mergedIntoId: Id.nullable(),
    applicationId: Id.nullable(),
    proposedBy: PersonRef,
    decisionNote: z.string(),
    createdAt: Timestamp,
  })
  .meta({ id: 'Idea' });

const present = (i: IdeaRow, names: Map<string, string>): z.infer<typeof Idea> => ({
  id: i.id,
  title: i.title,
  description: i.description,
  status: i.status,
  mergedIntoId: i.mergedIntoId,
  applicationId: i.applicationId,
  proposedBy: i.proposedBy ? { id: i.proposedBy, name: names.get(i.proposedBy) ?? 'Former member' } : null,
  decisionNote: i.decisionNote,
  createdAt: i.createdAt.toISOString(),
});

export const ideaRoutes: RoutePlugin = async (app, { db }) => {
  const one = (ctx: OrgContext, run: (tx: Tx) => Promise<IdeaRow>) =>
    db.tenant(ctx.organizationId, async (tx) => {
      const idea = await run(tx);
      return present(idea, await namesOf(tx, [idea.proposedBy]));
    });

  app.get(
    '/api/v1/ideas',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['learning'],
        summary: 'Ideas for new AI use cases, newest first',
        querystring: PageQuery.extend({ status: z.enum(ideaStatuses).optional() }),
        response: { 200: page(Idea), ...learningErrors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const { limit, cursor, ...filter } = request.query;
      const before = decodeCursor(cursor, TimeIdCursor);
      return db.tenant(ctx.organizationId, async (tx) => {
        const rows = await listIdeas(tx, ctx, filter, { limit: limit + 1, before });
        const names = await namesOf(
          tx,
          rows.map((r) => r.proposedBy),
        );
        return toPage(
          rows,
          limit,
          (i) => present(i, names),
          (i) => [i.createdAt.toISOString(), i.id],
        );
      });
    },
  );

  app.get(
    '/api/v1/ideas/similar',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['learning'],
        summary: 'Ideas that share words with a draft (shown while typing, to avoid duplicates)',
        querystring: z.strictObject({ text: z.string().max(2000), exclude: Id.optional() }),
        response: { 200: z.object({ items: z.array(Idea.extend({ rank: z.number() })) }), ...learningErrors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return db.tenant(ctx.organizationId, async (tx) => {
        const hits = await similarIdeas(tx, ctx, request.query.text, request.query.exclude);
        const names = await namesOf(
          tx,
          hits.map((h) => h.idea.proposedBy),
        );
        return { items: hits.map((h) => ({ ...present(h.idea, names), rank: h.rank })) };
      });
    },
  );

  app.post(
    '/api/v1/ideas',
    {
      config: { permission: 'write' },
      schema: {
        tags: ['learning'],
        summary: 'Propose a new AI use case (contributor)',
        body: z.strictObject({ title: ShortText(200), description: ShortText(4000) }),
        response: { 201: Idea, ...learningErrors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'contributor');
      return reply.status(201).send(await one(ctx, (tx) => proposeIdea(tx, ctx, request.body)));
    },
  );

  app.get(
    '/api/v1/ideas/:id',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['learning'],
        summary: 'An idea',
        params: IdParams,
        response: { 200: Idea, ...learningErrors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      return one(ctx, (tx) => getIdea(tx, ctx, request.params.id));
    },
  );

  app.post(
    '/api/v1/ideas/:id/status',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['learning'],
        summary: 'Move an idea through evaluation (lead): new → under evaluation → accepted or declined',
        params: IdParams,
        body: z.strictObject({
          status: z.enum(['under_evaluation', 'accepted', 'declined']),
          note: LongText(2000).optional(),
        }),
        response: { 200: Idea, ...learningErrors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'lead');
      return one(ctx, (tx) => decideIdea(tx, ctx, request.params.id, request.body));
    },
  );

  app.post(
    '/api/v1/ideas/:id/merge',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['learning'],
        summary: 'Merge a duplicate idea into another (lead)',
        params: IdParams,
        body: z.strictObject({ intoId: Id, note: LongText(2000).optional() }),
        response: { 200: Idea, ...learningErrors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'lead');
      return one(ctx, (tx) => mergeIdea(tx, ctx, request.params.id, request.body));
    },
  );

  app.post(
    '/api/v1/ideas/:id/application',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['learning'],
        summary: 'Turn an accepted idea into an application in the portfolio (lead)',
        params: IdParams,
        response: { 201: Idea, ...learningErrors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      return reply
        .status(201)
        .send(await one(ctx, async (tx) => (await convertIdea(tx, ctx, request.params.id)).idea));
    },
  );
};
