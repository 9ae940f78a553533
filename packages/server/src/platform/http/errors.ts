import { InvalidParameterError } from '@trellis/core';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { SecretKeyRequiredError } from '../auth/secret-box';
import { CommitOutcomeUnknownError, DatabaseUnavailableError } from '../db/unavailable';
import { parameterProblem } from './field-errors';
import { databaseUnavailable, type FieldError, HttpProblem } from './problem';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Where core's parameters sit in this route's request: an `InvalidParameterError` thrown while
     * serving it answers 400 naming `<fieldPrefix><parameter>` (default `body.`).
     */
    fieldPrefix?: string;
  }
}

/** Turns every error into problem+json; no stack trace or internal message ever reaches a client. */
export function registerErrorHandling(app: FastifyInstance, options: { spaFallback?: boolean } = {}): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error, request.routeOptions.config?.fieldPrefix ?? 'body.');
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    for (const [name, value] of Object.entries(problem.headers)) reply.header(name, value);
    return reply
      .status(problem.status)
      .type('application/problem+json')
      .send(problem.toBody(request.url.split('?')[0]));
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    // The web app routes on the client: any other page GET gets index.html so deep links work. The server's
    // own paths are never pages (`/metrics` switched off is a 404, not the app's shell).
    const serverPath = path.startsWith('/api/') || path.startsWith('/scim/') || path === '/metrics';
    if (options.spaFallback && request.method === 'GET' && !serverPath && !path.includes('.')) {
      return reply.type('text/html').sendFile('index.html');
    }
    const problem = new HttpProblem(404, 'not-found', `No route for ${request.method} ${path}.`);
    return reply.status(404).type('application/problem+json').send(problem.toBody());
  });
}

function toProblem(error: FastifyError, fieldPrefix: string): HttpProblem {
  if (error instanceof HttpProblem) return error;
  // Core refuses a parameter by its own name; the route says where its parameters sit in the request.
  if (error instanceof InvalidParameterError) return parameterProblem(error, { at: fieldPrefix });
  if (error instanceof DatabaseUnavailableError) return databaseUnavailable();
  if (error instanceof CommitOutcomeUnknownError)
    return new HttpProblem(
      500,
      'internal-error',
      'The database connection was lost while the change was being committed: it may or may not be stored.',
    );
  if (error instanceof SecretKeyRequiredError) {
    return new HttpProblem(
      409,
      'secret-key-required',
      'This server stores no secret unencrypted in production. Ask its operator to set TRELLIS_SECRET_KEY.',
    );
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    // Fastify calls the query string `querystring`; field paths use `query`, as the handlers' own errors do.
    const part = error.validationContext === 'querystring' ? 'query' : (error.validationContext ?? 'body');
    const errors: FieldError[] = error.validation.map((issue) => {
      const base = issue.instancePath.split('/').filter(Boolean);
      const keys = issue.keyword === 'unrecognized_keys' ? ((issue.params.keys as string[]) ?? []) : [];
      const segments = keys.length ? [...base, keys.join(',')] : base;
      return { path: [part, ...segments].join('.'), message: issue.message ?? 'is not valid' };
    });
    const first = errors[0];
    return new HttpProblem(
      400,
      'validation-error',
      first ? `${first.path}: ${first.message}` : 'The request is not valid.',
      errors,
    );
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new HttpProblem(400, 'malformed-request', 'The body is not valid JSON.');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpProblem(413, 'payload-too-large', 'The body is larger than this server accepts.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new HttpProblem(415, 'unsupported-media-type', 'Send the body as application/json.');
  }
  if (error.statusCode === 429) {
    return new HttpProblem(429, 'rate-limited', 'Too many requests; wait and try again.');
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new HttpProblem(error.statusCode, 'malformed-request', 'The request could not be read.');
  }
  return new HttpProblem(500, 'internal-error', 'An unexpected error occurred. It has been logged.');
}
