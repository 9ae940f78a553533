import { WEBHOOK_KINDS } from '@trellis/core';
import { z } from 'zod';
import { requireOrganization } from '../auth/request-auth';
import { decodeCursor, PageQuery, PublicIdCursor, page, toPage } from '../http/pagination';
import { fieldError, Problem } from '../http/problem';
import type { RoutePlugin } from '../http/route-types';
import { Id, IdParams, Timestamp } from '../http/schemas';
import { checkWebhookUrl, webhookTargetPolicy } from './webhook-targets';
import {
  createWebhook,
  type DeliveryRow,
  deleteWebhook,
  listDeliveries,
  listWebhooks,
  pingWebhook,
  shownUrl,
  updateWebhook,
  type WebhookRow,
  webhookEvents,
} from './webhooks';

const Kind = z
  .enum(WEBHOOK_KINDS)
  .describe(
    'standard: Trellis’s JSON, signed (Standard Webhooks); slack: a Slack incoming-webhook URL (Block Kit messages); teams: a Microsoft Teams incoming-webhook or Workflows URL (Adaptive Cards)',
  );
const Webhook = z
  .object({
    id: Id,
    kind: Kind,
    url: z
      .string()
      .describe(
        'The endpoint of a standard webhook; for Slack and Teams (whose URL is a secret) only its host and last four characters',
      ),
    events: z.array(z.string()),
    active: z.boolean(),
    createdAt: Timestamp,
  })
  .meta({ id: 'Webhook' });
const Delivery = z
  .object({
    id: Id,
    event: z.string(),
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.number().int(),
    nextAttemptAt: Timestamp,
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    createdAt: Timestamp,
    deliveredAt: Timestamp.nullable(),
    payload: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'WebhookDelivery' });
const Url = z
  .url()
  .max(2000)
  .refine((u) => /^https?:\/\//.test(u), 'must be an http(s) URL');
const Events = z.array(z.enum(['*', ...webhookEvents])).min(1);
const WebhookInput = z.strictObject({
  url: Url,
  kind: Kind.default('standard'),
  events: Events.default(['*']),
});
const WebhookUpdate = z
  .strictObject({
    url: Url.optional().describe(
      'A new URL (a rotated Slack or Teams URL); a standard webhook keeps its secret',
    ),
    events: Events.optional(),
    active: z.boolean().optional().describe('false pauses deliveries; true resumes them'),
  })
  .refine((b) => b.url !== undefined || b.events !== undefined || b.active !== undefined, {
    message: 'Give url, events or active.',
  });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

const present = (w: WebhookRow) => ({
  id: w.id,
  kind: w.kind,
  url: shownUrl(w),
  events: w.events,
  active: w.active,
  createdAt: w.createdAt.toISOString(),
});
const presentDelivery = (d: DeliveryRow) => ({
  id: d.publicId,
  event: d.event,
  status: d.status,
  attempts: d.attempts,
  nextAttemptAt: d.nextAttemptAt.toISOString(),
  lastStatusCode: d.lastStatusCode,
  lastError: d.lastError,
  createdAt: d.createdAt.toISOString(),
  deliveredAt: d.deliveredAt?.toISOString() ?? null,
  payload: d.payload as Record<string, unknown>,
});

export const webhookRoutes: RoutePlugin = async (app, { db, config }) => {
  const targets = webhookTargetPolicy(config.webhookAllowedTargets);
  const sealing = { key: config.secretKey, plainAllowed: config.plainSecretsAllowed };
  app.get(
    '/api/v1/webhooks',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['webhooks'],
        summary: 'The organization’s webhooks (admin)',
        response: { 200: z.object({ items: z.array(Webhook) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'admin');
      return { items: (await db.tenant(ctx.organizationId, (tx) => listWebhooks(tx, ctx))).map(present) };
    },
  );

  app.post(
    '/api/v1/webhooks',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['webhooks'],
        summary:
          'Add a webhook (admin); a standard webhook’s signing secret is in this response only, and a Slack or Teams URL is never shown again',
        body: WebhookInput,
        response: {
          201: z.object({
            webhook: Webhook,
            secret: z
              .string()
              .nullable()
              .describe('The signing secret of a standard webhook; null for Slack and Teams'),
          }),
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'admin');
      // Checked again at every delivery: a name can be re-pointed after this.
      const refused = await checkWebhookUrl(request.body.url, targets);
      if (refused) throw fieldError('body.url', `This URL ${refused}.`);
      const created = await db.tenant(ctx.organizationId, (tx) =>
        createWebhook(tx, ctx, request.body, sealing),
      );
      return reply.status(201).send({ webhook: present(created.webhook), secret: created.secret });
    },
  );

  app.patch(
    '/api/v1/webhooks/:id',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['webhooks'],
        summary:
          'Change a webhook in place (admin): a new URL, other events, or pause and resume it; its delivery log stays',
        params: IdParams,
        body: WebhookUpdate,
        response: { 200: Webhook, ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'admin');
      const { url } = request.body;
      if (url !== undefined) {
        const refused = await checkWebhookUrl(url, targets);
        if (refused) throw fieldError('body.url', `This URL ${refused}.`);
      }
      const updated = await db.tenant(ctx.organizationId, (tx) =>
        updateWebhook(tx, ctx, request.params.id, request.body, sealing),
      );
      return present(updated);
    },
  );

  app.delete(
    '/api/v1/webhooks/:id',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['webhooks'],
        summary: 'Remove a webhook (admin)',
        params: IdParams,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'admin');
      await db.tenant(ctx.organizationId, (tx) => deleteWebhook(tx, ctx, request.params.id));
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/webhooks/:id/ping',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['webhooks'],
        summary: 'Queue a ping delivery to check the endpoint (admin)',
        params: IdParams,
        response: { 202: Delivery, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requireOrganization(request, 'admin');
      const delivery = await db.tenant(ctx.organizationId, (tx) => pingWebhook(tx, ctx, request.params.id));
      return reply.status(202).send(presentDelivery(delivery));
    },
  );

  app.get(
    '/api/v1/webhooks/:id/deliveries',
    {
      config: { permission: 'admin' },
      schema: {
        tags: ['webhooks'],
        summary: 'The delivery log of a webhook, newest first (admin)',
        params: IdParams,
        querystring: PageQuery,
        response: { 200: page(Delivery), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'admin');
      const { limit, cursor } = request.query;
      const before = decodeCursor(cursor, PublicIdCursor)?.[0];
      const rows = await db.tenant(ctx.organizationId, (tx) =>
        listDeliveries(tx, ctx, request.params.id, { limit: limit + 1, before }),
      );
      return toPage(rows, limit, presentDelivery, (d) => [d.publicId]);
    },
  );
};
