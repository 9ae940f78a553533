import type { IncomingMessage } from 'node:http';
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import { ORG_HEADER } from '../auth/request-auth';

/** W3C Trace Context `traceparent` (version 00 layout; all-zero ids are invalid). */
const TRACEPARENT = /^[0-9a-f]{2}-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}$/;

/** The request's `traceparent` when it is well-formed; anything else is not logged (no log injection). */
export function validTraceparent(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined) return undefined;
  const trimmed = value.trim().toLowerCase();
  return TRACEPARENT.test(trimmed) && !trimmed.startsWith('ff') ? trimmed : undefined;
}

/** Fastify's childLoggerFactory: the request's logger, with its `traceparent` bound to every line. */
export function traceparentBindings(
  logger: FastifyBaseLogger,
  bindings: Record<string, unknown>,
  options: object,
  raw: IncomingMessage,
): FastifyBaseLogger {
  const traceparent = validTraceparent(raw.headers.traceparent);
  return logger.child(traceparent ? { ...bindings, traceparent } : bindings, options);
}

/**
 * The organization a request acted in, for its log line: a token's own; for a session, the one named by
 * X-Trellis-Organization among the person's memberships, or their only one (as requireOrganization picks
 * it). None for anonymous requests or an organization the person is not a member of.
 */
export function organizationForLog(request: FastifyRequest): string | undefined {
  const auth = request.auth;
  if (!auth) return undefined;
  if (auth.kind === 'token') return auth.organizationId;
  const wanted = request.headers[ORG_HEADER];
  if (typeof wanted === 'string')
    return auth.memberships.find((m) => m.organization.id === wanted)?.organization.id;
  return auth.memberships.length === 1 ? auth.memberships[0]!.organization.id : undefined;
}
