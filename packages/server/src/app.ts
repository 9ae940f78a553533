import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyReply, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { forgetKeptReads } from './capabilities/diagnostic/services/kept';
import { reviewBacklog } from './capabilities/quality/services/review-backlog';
import { MANIFESTS } from './manifests';
import { registerRequestAuth } from './platform/auth/request-auth';
import {
  documentPermissions,
  type PermissionRegistry,
  registerManifest,
  registerRoutePermissions,
} from './platform/auth/route-permissions';
import { type Config, mailSettings } from './platform/config';
import type { Database } from './platform/db/types';
import { frameworkErrors, registerStorableInput, safeValidatorCompiler } from './platform/http/edge-input';
import { registerErrorHandling } from './platform/http/errors';
import { redactedLogger } from './platform/http/logging';
import { describeContract } from './platform/http/openapi-contract';
import { setMailEnabled } from './platform/mail/outbox';
import {
  createMetrics,
  type Metrics,
  metricsExposure,
  registerMetrics,
} from './platform/observability/metrics';
import { organizationForLog, traceparentBindings } from './platform/observability/request-log';

export const API_VERSION = '0.1.0';
const webDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

export interface BuildAppOptions {
  db: Database;
  config: Config;
  logger?: FastifyServerOptions['logger'];
  /** Serve the built web app from packages/web/dist (default: when it exists). */
  serveWeb?: boolean;
  /** The clock of the ingestion rate-limit windows (default Date.now), so tests need not wait for a minute. */
  now?: () => number;
}

export async function buildApp({ db, config, logger = false, serveWeb, now = Date.now }: BuildAppOptions) {
  setMailEnabled(mailSettings(config) !== null);
  const app = Fastify({
    logger: redactedLogger(logger),
    bodyLimit: config.bodyLimit,
    // Fastify 5 ignores a bare hop count (it cannot check who connects); a count here is the operator's
    // statement that only its proxies reach this server, so believe that many hops.
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (
            (hops) => (_address: string, hop: number) =>
              hop < hops
          )(config.trustProxy)
        : config.trustProxy,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    // Every log line of a request carries the caller's W3C trace context, when it sent a valid one.
    ...(logger ? { childLoggerFactory: traceparentBindings } : {}),
    ajv: { customOptions: { strict: false } },
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(safeValidatorCompiler(validatorCompiler));
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const permissions: PermissionRegistry = new Map();
  registerRoutePermissions(app, permissions);
  const spa = serveWeb ?? fs.existsSync(webDist);
  registerErrorHandling(app, { spaFallback: spa });
  registerStorableInput(app);
  // The API takes JSON only. Fastify also parses text/plain, which a cross-site form can send without a
  // preflight; without this, such a body reached routes that take none (logout, DELETE) instead of a 415.
  app.removeContentTypeParser('text/plain');
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets CSS variables through style attributes and <style> tags.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Trellis API',
        version: API_VERSION,
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
        description:
          'Scale the AI pilots that worked. Errors are RFC 9457 problem+json. Lists take `limit` and `cursor` and ' +
          'answer `{ items, nextCursor }`. Sessions send `X-CSRF-Token` on writes and name the organization with ' +
          '`X-Trellis-Organization`; API tokens carry their organization.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API token: trl_…' },
          session: { type: 'apiKey', in: 'cookie', name: 'trellis_session' },
        },
      },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: (documentObject) =>
      describeContract(
        documentPermissions(problemContentTypes(jsonSchemaTransformObject(documentObject)), permissions),
      ),
  });
  app.get('/api/v1/openapi.json', { schema: { hide: true }, config: { permission: 'none' } }, async () =>
    app.swagger(),
  );
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  registerRequestAuth(app, db, now);
  // A write answered for an organization makes its kept reads (the executive summary, the diagnostic) stale.
  app.addHook('onResponse', async (request, reply) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
    if (reply.statusCode >= 400) return;
    const organizationId = organizationForLog(request);
    if (organizationId) forgetKeptReads(organizationId);
    else if (request.auth?.kind === 'session')
      for (const m of request.auth.memberships) forgetKeptReads(m.organization.id);
  });
  if (logger) {
    // Runs before Fastify's "request completed" line, which then names the organization acted in.
    app.addHook('onResponse', async (request, reply) => {
      const organization = organizationForLog(request);
      if (organization) request.log = reply.log = request.log.child({ organization });
    });
  }
  const metrics = createMetrics();
  app.decorate('metrics', metrics);
  registerMetrics(app, db, metrics, metricsExposure(config), reviewBacklog);
  for (const manifest of MANIFESTS)
    await registerManifest(app, manifest, permissions, { db, config, metrics, now });

  if (spa) await app.register(fastifyStatic, webStaticOptions(webDist));
  return app;
}

/**
 * The web app's files: the build writes `.br` and `.gz` beside each (packages/web/vite.config.ts), sent as
 * the browser accepts them. Files under /assets/ carry a content hash in their name, so they never change:
 * cached for a year, immutable. Everything else (index.html above all, which names the current hashes) is
 * revalidated on every load.
 */
export function webStaticOptions(root: string) {
  return {
    root,
    wildcard: false,
    index: ['index.html'],
    preCompressed: true,
    // The build's manifest is for bench/web, not for browsers.
    allowedPath: (pathName: string) => !pathName.startsWith('/.vite'),
    cacheControl: false,
    setHeaders: (reply: FastifyReply, filePath: string) => {
      const hashed = path.relative(root, filePath).startsWith(`assets${path.sep}`);
      reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  };
}

/** Error responses are sent as application/problem+json (RFC 9457); say so in the document too. */
function problemContentTypes<T>(document: T): T {
  const paths =
    (
      document as {
        paths?: Record<
          string,
          Record<string, { responses?: Record<string, { content?: Record<string, unknown> }> }>
        >;
      }
    ).paths ?? {};
  for (const operations of Object.values(paths)) {
    for (const operation of Object.values(operations)) {
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        const json = response.content?.['application/json'];
        if (Number(status) >= 400 && json && response.content) {
          response.content = { 'application/problem+json': json };
        }
      }
    }
  }
  return document;
}

export type App = Awaited<ReturnType<typeof buildApp>>;

declare module 'fastify' {
  interface FastifyInstance {
    /** This app's Prometheus registry and counters (served on TRELLIS_METRICS_PORT by server.ts). */
    metrics: Metrics;
  }
}
