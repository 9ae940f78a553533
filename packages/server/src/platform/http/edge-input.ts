import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifySchemaCompiler,
} from 'fastify';
import { type FieldError, HttpProblem } from './problem';

/**
 * One rule at the edge for input PostgreSQL cannot store: a NUL character (text and jsonb refuse it) or a
 * lone UTF-16 surrogate (not a character at all: jsonb refuses it, text would silently turn it into U+FFFD).
 * Every request's params, query and body are walked before validation, so no route can pass such a string
 * to the database and answer 500; the 400 names each field, e.g. `body.outputs.3.content` in a batch.
 */

const MAX_REPORTED = 20;
const NOT_STORABLE = 'contains a NUL character or a lone surrogate, which cannot be stored';

/** Whether a string can be stored as PostgreSQL text and jsonb. */
export function isStorableString(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}
// Code units, not code points (no `u` flag): a high surrogate not followed by a low one, a low one not
// preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The paths (dot-separated, array indexes as numbers) of every string, or object key, that cannot be stored. */
export function unstorablePaths(value: unknown, path: string, found: string[] = []): string[] {
  if (found.length >= MAX_REPORTED) return found;
  if (typeof value === 'string') {
    if (!isStorableString(value)) found.push(path);
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length && found.length < MAX_REPORTED; i++)
      unstorablePaths(value[i], `${path}.${i}`, found);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (found.length >= MAX_REPORTED) break;
      if (!isStorableString(key)) {
        found.push(`${path}.${JSON.stringify(key).slice(1, -1)}`);
        continue;
      }
      unstorablePaths(child, `${path}.${key}`, found);
    }
  }
  return found;
}

/** Refuses, before validation, any request whose params, query or body carry a string that cannot be stored. */
export function registerStorableInput(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const found: string[] = [];
    unstorablePaths(request.params, 'params', found);
    unstorablePaths(request.query, 'query', found);
    unstorablePaths(request.body, 'body', found);
    if (!found.length) return;
    const errors: FieldError[] = found.map((path) => ({ path, message: NOT_STORABLE }));
    throw new HttpProblem(400, 'validation-error', `${found[0]}: ${NOT_STORABLE}`, errors);
  });
}

/**
 * Wraps the zod validator compiler so that a schema that throws while it checks (a refinement parsing a
 * value the earlier check already refused, say) is a 400 naming the request part, not a 500.
 */
export function safeValidatorCompiler<S>(inner: FastifySchemaCompiler<S>): FastifySchemaCompiler<S> {
  return (routeSchema) => {
    const validate = inner(routeSchema);
    const part = routeSchema.httpPart === 'querystring' ? 'query' : (routeSchema.httpPart ?? 'body');
    return (data: unknown) => {
      try {
        return validate(data);
      } catch {
        const message = 'is not valid';
        return {
          error: new HttpProblem(400, 'validation-error', `${part}: ${message}`, [{ path: part, message }]),
        };
      }
    };
  };
}

/**
 * Errors Fastify raises before a route is found (a path that is not valid percent-encoding, a path
 * parameter over the router's length limit) answer problem+json like every other error.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const problem =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? new HttpProblem(414, 'uri-too-long', 'A part of the path is longer than this server accepts.')
      : error.code === 'FST_ERR_BAD_URL'
        ? new HttpProblem(400, 'malformed-request', 'The path is not valid percent-encoded UTF-8.')
        : new HttpProblem(400, 'malformed-request', 'The request could not be read.');
  reply.header('x-request-id', request.id);
  return reply.status(problem.status).type('application/problem+json').send(problem.toBody());
}
