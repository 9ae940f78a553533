import { z } from 'zod';
import { resolvePermission } from '../../../platform/auth/permissions';
import { type OrgContext, requireOrganization } from '../../../platform/auth/request-auth';
import { HttpProblem, Problem } from '../../../platform/http/problem';
import type { RoutePlugin } from '../../../platform/http/route-types';
import { Id, Timestamp } from '../../../platform/http/schemas';
import { createRateLimiter } from '../../../platform/rate-limits/rate-limits';
import {
  decodeTraces,
  encodeTraceResponse,
  encodingOf,
  inflate,
  OTLP_BODY_LIMIT,
  type OtlpEncoding,
  type OtlpResourceSpans,
} from '../otlp/decode';
import { isGenAiSpan } from '../otlp/genai';
import { receiveTracesInTransaction } from '../otlp/receive';
import { listRoutingRules, replaceRoutingRules } from '../otlp/rules';

const MAX_RULES = 100;
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));
const RuleInput = z
  .strictObject({
    workflowId: Id.describe('The workflow that takes the spans this rule matches'),
    serviceName: optionalText(200).describe('The resource attribute service.name equals this'),
    spanName: optionalText(200).describe('The span name matches this glob (* any characters, ? one)'),
    attributeKey: optionalText(200).describe('A span (or else resource) attribute …'),
    attributeValue: optionalText(500).describe('… equals this value'),
  })
  .meta({ id: 'NewOtlpRoutingRule' });
const Rule = z
  .object({
    id: Id,
    position: z.number().int(),
    workflowId: Id,
    serviceName: z.string().nullable(),
    spanName: z.string().nullable(),
    attributeKey: z.string().nullable(),
    attributeValue: z.string().nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: 'OtlpRoutingRule' });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

function presentRule(r: Awaited<ReturnType<typeof listRoutingRules>>[number]) {
  return {
    id: r.id,
    position: r.position,
    workflowId: r.workflowId,
    serviceName: r.serviceName,
    spanName: r.spanName,
    attributeKey: r.attributeKey,
    attributeValue: r.attributeValue,
    createdAt: r.createdAt.toISOString(),
  };
}

declare module 'fastify' {
  interface FastifyRequest {
    otlpEncoding?: OtlpEncoding;
  }
}

/**
 * The OTLP/HTTP trace receiver (`POST /v1/traces`, where OpenTelemetry exporters send by default given
 * Trellis's address as their endpoint) and the routing rules that send GenAI spans to workflows.
 */
export const otlpRoutes: RoutePlugin = async (app, { db, config, metrics, now }) => {
  const limiter = createRateLimiter(db, { now });
  /** The same per-token and per-organization ingestion limits as the outputs API, counted in GenAI spans. */
  const admit = async (ctx: OrgContext, spans: number) => {
    if (spans === 0) return;
    const result = await limiter.take(
      [
        { key: `${ctx.actor.type}:${ctx.organizationId}:${ctx.actor.id}`, limit: config.ingestRateLimit },
        { key: `org:${ctx.organizationId}`, limit: config.ingestOrgRateLimit },
      ],
      spans,
    );
    if (!result.ok)
      throw new HttpProblem(
        429,
        'rate-limited',
        `The ingestion limit for this minute is reached; try again in ${result.retryAfterSeconds} s. Nothing was stored.`,
        undefined,
        { 'retry-after': String(result.retryAfterSeconds) },
      );
  };

  await app.register(async (scope) => {
    // This scope reads OTLP bodies itself: protobuf or JSON, maybe gzipped, up to 50 MB.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: OTLP_BODY_LIMIT },
      (request, body, done) => {
        try {
          const encoding = encodingOf(request.headers['content-type']);
          request.otlpEncoding = encoding;
          const bytes = inflate(body as Buffer, request.headers['content-encoding'] as string | undefined);
          done(null, decodeTraces(bytes, encoding));
        } catch (error) {
          done(error as Error, undefined);
        }
      },
    );
    scope.post(
      '/v1/traces',
      {
        bodyLimit: OTLP_BODY_LIMIT,
        config: { trellisPermission: resolvePermission('quality.write', undefined, 'POST /v1/traces') },
        schema: { hide: true },
      },
      async (request, reply) => {
        const ctx = requireOrganization(request, 'contributor');
        const resources = (request.body ?? []) as OtlpResourceSpans[];
        if (!Array.isArray(resources))
          throw new HttpProblem(400, 'malformed-request', 'Send an OTLP ExportTraceServiceRequest body.');
        await admit(
          ctx,
          resources.reduce((n, r) => n + r.spans.filter(isGenAiSpan).length, 0),
        );
        const result = await receiveTracesInTransaction(db, ctx, resources);
        metrics.outputsIngested.inc(result.stored);
        metrics.outputsSelected.inc(result.selected);
        reply.header(
          'x-trellis-otlp',
          `stored=${result.stored}; duplicates=${result.duplicates}; ignored=${result.ignored}; rejected=${result.rejected.length}; selected=${result.selected}`,
        );
        const response = result.rejected.length
          ? {
              partialSuccess: {
                rejectedSpans: result.rejected.length,
                errorMessage: `${result.rejected.length} span(s) rejected: ${result.rejected.slice(0, 10).join('; ')}${result.rejected.length > 10 ? '; …' : ''}`,
              },
            }
          : {};
        if (request.otlpEncoding === 'protobuf')
          return reply.type('application/x-protobuf').send(Buffer.from(encodeTraceResponse(response)));
        return reply.type('application/json').send(JSON.stringify(response));
      },
    );
  });

  app.get(
    '/api/v1/otlp/routing-rules',
    {
      config: { permission: 'read' },
      schema: {
        tags: ['quality'],
        summary: 'The rules, in order, that send OTLP GenAI spans (POST /v1/traces) to workflows',
        response: { 200: z.object({ items: z.array(Rule) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request);
      const rows = await db.tenant(ctx.organizationId, (tx) => listRoutingRules(tx, ctx));
      return { items: rows.map(presentRule) };
    },
  );

  app.put(
    '/api/v1/otlp/routing-rules',
    {
      config: { permission: 'approve' },
      schema: {
        tags: ['quality'],
        summary:
          'Replace the OTLP routing rules (lead): tried in this order, the first whose every condition holds takes a span',
        body: z.strictObject({ rules: z.array(RuleInput).max(MAX_RULES) }),
        response: { 200: z.object({ items: z.array(Rule) }), ...errors },
      },
    },
    async (request) => {
      const ctx = requireOrganization(request, 'lead');
      const rows = await db.tenant(ctx.organizationId, (tx) =>
        replaceRoutingRules(tx, ctx, request.body.rules),
      );
      return { items: rows.map(presentRule) };
    },
  );
};
