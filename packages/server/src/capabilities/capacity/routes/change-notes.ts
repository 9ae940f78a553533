import { z } from 'zod';
import { requireOrganization, requirePerson } from '../../../platform/auth/request-auth';
import { Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, IdParams, Name, Timestamp } from '../../../platform/http/schemas';
import {
  acknowledgeChangeNote,
  type ChangeNoteRow,
  listChangeNotes,
  myOpenChangeNotes,
  publishChangeNote,
} from '../services/change-notes';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const ChangeNote = z
  .object({
    id: Id,
    orgUnitId: Id,
    unitName: z.string(),
    changeImpactId: Id.nullable(),
    title: z.string(),
    body: z.string(),
    createdAt: Timestamp,
    recipients: z.number().int().nullable(),
    acknowledged: z.number().int().nullable(),
  })
  .meta({ id: 'ChangeNote' });

const present = (
  n: ChangeNoteRow,
  unitName: string,
  counts: { recipients: number; acknowledged: number } | null,
) => ({
  id: n.id,
  orgUnitId: n.orgUnitId,
  unitName,
  changeImpactId: n.changeImpactId,
  title: n.title,
  body: n.body,
  createdAt: n.createdAt.toISOString(),
  recipients: counts?.recipients ?? null,
  acknowledged: counts?.acknowledged ?? null,
});

export const changeNoteRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/change-notes',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['capacity'],
        summary: '"What changed" notes with their acknowledgement counts (of a unit and the units below it)',
        querystring: z.strictObject({ orgUnitId: Id.optional() }),
        response: { 200: z.object({ items: z.array(ChangeNote) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const rows = await db.tenant(ctx.organizationId, (tx) => listChangeNotes(tx, ctx, request.query));
      return { items: rows.map((r) => present(r.note, r.unitName, r)) };
    },
  );

  app.get(
    '/api/v1/change-notes/mine',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['capacity'],
        summary: 'Notes sent to me that I have not acknowledged',
        response: { 200: z.object({ items: z.array(ChangeNote) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const userId = requirePerson(ctx, 'Acknowledgements');
      const rows = await db.tenant(ctx.organizationId, (tx) => myOpenChangeNotes(tx, ctx, userId));
      return { items: rows.map((r) => present(r.note, r.unitName, null)) };
    },
  );

  app.post(
    '/api/v1/change-notes',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['capacity'],
        summary: 'Publish a "what changed" note to the people of a unit (lead)',
        body: z.strictObject({
          orgUnitId: Id,
          title: Name,
          body: z.string().trim().min(1).max(4000),
          changeImpactId: Id.nullable().optional(),
        }),
        response: { 201: ChangeNote, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'lead');
      const result = await db.tenant(ctx.organizationId, async (tx) => {
        const published = await publishChangeNote(tx, ctx, request.body);
        return {
          ...published,
          unitName: (await listChangeNotes(tx, ctx, {})).find((n) => n.note.id === published.note.id)!
            .unitName,
        };
      });
      return reply.status(201).send(present(result.note, result.unitName, result));
    },
  );

  app.post(
    '/api/v1/change-notes/:id/acknowledge',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['capacity'],
        summary: 'Acknowledge a note sent to me',
        params: IdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request);
      const userId = requirePerson(ctx, 'Acknowledgements');
      await db.tenant(ctx.organizationId, (tx) =>
        acknowledgeChangeNote(tx, ctx, request.params.id, userId, new Date()),
      );
      return reply.status(204).send(null);
    },
  );
};
