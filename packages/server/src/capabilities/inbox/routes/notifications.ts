import { z } from 'zod';
import { requireOrganization, requirePerson } from '../../../platform/auth/request-auth';
import { decodeCursor, PageQuery, PublicIdCursor, page, toPage } from '../../../platform/http/pagination';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, IdParams, Timestamp } from '../../../platform/http/schemas';
import type { NotificationRow } from '../../../platform/notifications/notifications';
import { learningErrors } from '../../learning/routes/learning-schemas';
import { listInbox, markAllRead, markRead, unreadCount } from '../services/inbox';

const Notification = z
  .object({
    id: Id,
    kind: z.string(),
    title: z.string(),
    body: z.string(),
    link: z.string().nullable(),
    entityType: z.string().nullable(),
    entityId: z.string().nullable(),
    createdAt: Timestamp,
    readAt: Timestamp.nullable(),
  })
  .meta({ id: 'Notification' });

const present = (n: NotificationRow): z.infer<typeof Notification> => ({
  id: n.publicId,
  kind: n.kind,
  title: n.title,
  body: n.body,
  link: n.link,
  entityType: n.entityType,
  entityId: n.entityId,
  createdAt: n.createdAt.toISOString(),
  readAt: n.readAt?.toISOString() ?? null,
});

/** The signed-in person's in-app inbox in the organization. */
export const notificationRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/notifications',
    {
      config: { permission: 'member' },
      schema: {
        tags: ['inbox'],
        summary: 'Your notifications, newest first',
        querystring: PageQuery.extend({ unread: z.enum(['true', 'false']).optional() }),
        response: { 200: page(Notification), ...learningErrors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const userId = requirePerson(ctx, 'Inboxes');
      const { limit, cursor, unread } = request.query;
      const before = decodeCursor(cursor, PublicIdCursor)?.[0];
      const rows = await db.tenant(ctx.organizationId, (tx) =>
        listInbox(tx, ctx, userId, {
          unreadOnly: unread === 'true',
          limit: limit + 1,
          before,
        }),
      );
      return toPage(rows, limit, present, (n) => [n.publicId]);
    },
  );

  app.get(
    '/api/v1/notifications/unread-count',
    {
      config: { permission: 'member' },
      schema: {
        tags: ['inbox'],
        summary: 'How many of your notifications are unread (the bell)',
        response: { 200: z.object({ unread: z.number().int() }), ...learningErrors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const userId = requirePerson(ctx, 'Inboxes');
      return { unread: await db.tenant(ctx.organizationId, (tx) => unreadCount(tx, ctx, userId)) };
    },
  );

  app.post(
    '/api/v1/notifications/:id/read',
    {
      config: { permission: 'member' },
      schema: {
        tags: ['inbox'],
        summary: 'Mark a notification read',
        params: IdParams,
        response: { 200: Notification, ...learningErrors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const userId = requirePerson(ctx, 'Inboxes');
      return present(
        await db.tenant(ctx.organizationId, (tx) => markRead(tx, ctx, userId, request.params.id)),
      );
    },
  );

  app.post(
    '/api/v1/notifications/read-all',
    {
      config: { permission: 'member' },
      schema: {
        tags: ['inbox'],
        summary: 'Mark all your notifications read',
        response: { 200: z.object({ marked: z.number().int() }), ...learningErrors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const userId = requirePerson(ctx, 'Inboxes');
      return { marked: await db.tenant(ctx.organizationId, (tx) => markAllRead(tx, ctx, userId)) };
    },
  );
};
