import { z } from 'zod';
import { requireOrganization } from '../../../platform/auth/request-auth';
import { decodeCursor, PageQuery, PublicIdCursor, page, toPage } from '../../../platform/http/pagination';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, Timestamp } from '../../../platform/http/schemas';
import { mailStatuses as digestEmailStatuses } from '../../../platform/mail/mail-schema';
import { listDigestEmails } from '../services/digest-email';
import { learningErrors } from './learning-schemas';

const DigestEmail = z
  .object({
    id: Id,
    recipient: z.object({ id: Id, name: z.string().nullable(), email: z.string() }),
    subject: z.string(),
    digestUntil: Timestamp,
    status: z.enum(digestEmailStatuses),
    attempts: z.number().int(),
    nextAttemptAt: Timestamp.nullable().describe('When a pending e-mail is tried next'),
    lastError: z.string().nullable(),
    createdAt: Timestamp,
    sentAt: Timestamp.nullable(),
  })
  .meta({ id: 'DigestEmail' });

export const learningMailRoutes: RoutePlugin = async (app, { db }) => {
  app.get(
    '/api/v1/learning/digest-emails',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['learning'],
        summary: 'Digest e-mails and their delivery state, newest first (admin)',
        querystring: PageQuery.extend({ status: z.enum(digestEmailStatuses).optional() }),
        response: { 200: page(DigestEmail), ...learningErrors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'admin');
      const { limit, cursor, status } = request.query;
      const before = decodeCursor(cursor, PublicIdCursor)?.[0];
      const rows = await db.tenant(ctx.organizationId, (tx) =>
        listDigestEmails(tx, ctx, { status, limit: limit + 1, before }),
      );
      return toPage(
        rows,
        limit,
        ({ name, ...e }) => ({
          id: e.publicId,
          recipient: { id: e.userId ?? '', name, email: e.toAddress },
          subject: e.subject,
          digestUntil: e.digestUntil.toISOString(),
          status: e.status,
          attempts: e.attempts,
          nextAttemptAt: e.status === 'pending' ? e.nextAttemptAt.toISOString() : null,
          lastError: e.lastError,
          createdAt: e.createdAt.toISOString(),
          sentAt: e.sentAt?.toISOString() ?? null,
        }),
        (e) => [e.publicId],
      );
    },
  );
};
