import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireOrganization, requirePerson } from '../auth/request-auth';
import { mailSettings } from '../config';
import { decodeCursor, PageQuery, PublicIdCursor, page, toPage } from '../http/pagination';
import { Problem } from '../http/problem';
import type { RoutePlugin } from '../http/route-types';
import { Id, Timestamp } from '../http/schemas';
import { mailKinds, mailStatuses, type OptionalMailKind, optionalMailKinds } from './mail-schema';
import {
  getMailPreferences,
  listOrganizationEmails,
  readUnsubscribeToken,
  setMailPreferences,
  UNSUBSCRIBE_PATH,
  unsubscribeByToken,
} from './outbox';
import { escapeHtml } from './templates';

const errors = { 400: Problem, 401: Problem, 403: Problem };

const preferenceShape = Object.fromEntries(optionalMailKinds.map((k) => [k, z.boolean()])) as Record<
  OptionalMailKind,
  z.ZodBoolean
>;
const MailPreferences = z
  .object({
    kinds: z.object(preferenceShape).describe('Per kind of e-mail: whether it comes (default true)'),
    emailConfigured: z.boolean().describe('Whether this server sends e-mail at all (SMTP configured)'),
  })
  .meta({ id: 'MailPreferences' });

const EmailDelivery = z
  .object({
    id: Id,
    kind: z.enum(mailKinds),
    recipient: z.object({
      id: Id.nullable().describe('The person; null for an invitee without an account'),
      name: z.string().nullable(),
      email: z.string(),
    }),
    subject: z.string(),
    status: z.enum(mailStatuses),
    attempts: z.number().int(),
    nextAttemptAt: Timestamp.nullable().describe('When a pending e-mail is tried next'),
    lastError: z.string().nullable(),
    createdAt: Timestamp,
    sentAt: Timestamp.nullable(),
  })
  .meta({ id: 'EmailDelivery' });

const page_ = (title: string, body: string) =>
  [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)} · Trellis</title></head>`,
    '<body style="font-family: sans-serif; line-height: 1.5; max-width: 36rem; margin: 3rem auto; padding: 0 1rem">',
    `<h1 style="font-size: 1.4rem">${escapeHtml(title)}</h1>`,
    body,
    '</body></html>',
  ].join('\n');

const KIND_NAMES: Record<OptionalMailKind, string> = {
  digest: 'the weekly learning digest',
  pulse: 'pulse survey links',
  decision_request: 'decision requests',
  decision_reminder: 'decision reminders',
  decision_escalation: 'decision escalations',
  drift_alarm: 'drift alarms',
  gate_decision: 'gate decisions',
};

const TokenQuery = z.object({ token: z.string().max(400) });

/**
 * A person's e-mail preferences (per organization and kind), the one-click unsubscribe link of every
 * e-mail (RFC 8058: works without signing in, by its signed token), and the admin delivery log.
 */
export const mailRoutes: RoutePlugin = async (app, { db, config }) => {
  app.get(
    '/api/v1/mail/preferences',
    {
      config: { permission: 'member' },
      schema: {
        tags: ['mail'],
        summary: 'Which e-mails you receive from this organization, per kind',
        response: { 200: MailPreferences, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const userId = requirePerson(ctx, 'E-mail preferences');
      const kinds = await db.tenant(ctx.organizationId, (tx) =>
        getMailPreferences(tx, ctx.organizationId, userId),
      );
      return { kinds, emailConfigured: mailSettings(config) !== null };
    },
  );

  app.put(
    '/api/v1/mail/preferences',
    {
      config: { permission: 'member' },
      schema: {
        tags: ['mail'],
        summary:
          'Turn kinds of e-mail on or off for yourself (password resets and invitations cannot be turned off)',
        body: z.strictObject({ kinds: z.strictObject(preferenceShape).partial() }),
        response: { 200: MailPreferences, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const userId = requirePerson(ctx, 'E-mail preferences');
      const kinds = await db.tenant(ctx.organizationId, (tx) =>
        setMailPreferences(tx, ctx.organizationId, userId, request.body.kinds),
      );
      return { kinds, emailConfigured: mailSettings(config) !== null };
    },
  );

  app.get(
    '/api/v1/mail/deliveries',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['mail'],
        summary:
          "The organization's e-mails and their delivery state, newest first (admin); never a body or a link",
        querystring: PageQuery.extend({
          status: z.enum(mailStatuses).optional(),
          kind: z.enum(mailKinds).optional(),
        }),
        response: { 200: page(EmailDelivery), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'admin');
      const { limit, cursor, status, kind } = request.query;
      const before = decodeCursor(cursor, PublicIdCursor)?.[0];
      const rows = await db.tenant(ctx.organizationId, (tx) =>
        listOrganizationEmails(tx, ctx.organizationId, { status, kind, limit: limit + 1, before }),
      );
      return toPage(
        rows,
        limit,
        (e) => ({
          id: e.publicId,
          kind: e.kind,
          recipient: { id: e.userId, name: e.name, email: e.toAddress },
          subject: e.subject,
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

  // Its own scope: the form parser a mail client's one-click POST needs must not reach the API routes above,
  // which refuse a cross-site form with 415.
  await app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    // One-click unsubscribe, outside /api (no session, so no CSRF check applies to a mail client's POST).
    // GET shows a button and changes nothing (link scanners fetch links); POST turns the kind off.
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_req, body, done) => done(null, body),
    );
    scope.get(
      UNSUBSCRIBE_PATH,
      { config: { permission: 'none' }, schema: { hide: true, querystring: TokenQuery } },
      async (request, reply) => {
        const read = readUnsubscribeToken(request.query.token);
        reply
          .type('text/html; charset=utf-8')
          .header('Cache-Control', 'no-store')
          .header('Referrer-Policy', 'no-referrer');
        if (!read)
          return reply
            .status(400)
            .send(
              page_(
                'This link is not valid',
                '<p>Open the e-mail again and use its link, or choose your e-mails on your account page in Trellis.</p>',
              ),
            );
        return page_(
          `Unsubscribe from ${KIND_NAMES[read.kind]}?`,
          [
            `<p>You will no longer receive ${escapeHtml(KIND_NAMES[read.kind])} by e-mail from this organization. They stay in your Trellis inbox, and you can turn them on again on your account page.</p>`,
            `<form method="post" action="${escapeHtml(`${UNSUBSCRIBE_PATH}?token=${encodeURIComponent(request.query.token)}`)}">`,
            '<input type="hidden" name="List-Unsubscribe" value="One-Click">',
            '<button type="submit">Unsubscribe</button>',
            '</form>',
          ].join('\n'),
        );
      },
    );
    scope.post(
      UNSUBSCRIBE_PATH,
      { config: { permission: 'none' }, schema: { hide: true, querystring: TokenQuery } },
      async (request, reply) => {
        const read = readUnsubscribeToken(request.query.token);
        const done = read
          ? await db.tenant(read.organizationId, (tx) => unsubscribeByToken(tx, request.query.token))
          : null;
        reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-store');
        if (!done)
          return reply.status(400).send(page_('This link is not valid', '<p>Nothing was changed.</p>'));
        return page_(
          'Unsubscribed',
          `<p>You will no longer receive ${escapeHtml(KIND_NAMES[done.kind])} by e-mail from this organization. You can turn them on again on your account page in Trellis.</p>`,
        );
      },
    );
  });
};
