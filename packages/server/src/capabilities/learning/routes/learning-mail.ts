import { z } from 'zod';
import { requireOrganization, requirePerson } from '../../../platform/auth/request-auth';
import { mailSettings } from '../../../platform/config';
import { decodeCursor, PageQuery, PublicIdCursor, page, toPage } from '../../../platform/http/pagination';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, Timestamp } from '../../../platform/http/schemas';
import { mailStatuses as digestEmailStatuses } from '../../../platform/mail/mail-schema';
import { listDigestEmails } from '../services/digest-email';
import { getLearningPreferences, setLearningPreferences } from '../services/learning-preferences';
import { learningErrors } from './learning-schemas';

const Preferences = z
  .object({
    emailDigest: z.boolean().describe('Whether the weekly digest also comes by e-mail'),
    emailConfigured: z.boolean().describe('Whether this server sends e-mail at all (SMTP configured)'),
  })
  .meta({ id: 'LearningPreferences' });
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

export const learningMailRoutes: RoutePlugin = async (app, { db, config }) => {
  app.get(
    '/api/v1/learning/preferences',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['learning'],
        summary: 'Your learning preferences: the weekly digest by e-mail or not',
        response: { 200: Preferences, ...learningErrors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const userId = requirePerson(ctx, 'Preferences');
      const prefs = await db.tenant(ctx.organizationId, (tx) => getLearningPreferences(tx, ctx, userId));
      return { ...prefs, emailConfigured: mailSettings(config) !== null };
    },
  );

  app.put(
    '/api/v1/learning/preferences',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['learning'],
        summary: 'Turn the weekly digest e-mail on or off for yourself',
        body: z.strictObject({ emailDigest: z.boolean() }),
        response: { 200: Preferences, ...learningErrors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const userId = requirePerson(ctx, 'Preferences');
      const prefs = await db.tenant(ctx.organizationId, (tx) =>
        setLearningPreferences(tx, ctx, userId, request.body),
      );
      return { ...prefs, emailConfigured: mailSettings(config) !== null };
    },
  );

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
