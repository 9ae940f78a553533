import { z } from 'zod';

/** RFC 9457 problem details; the one error type that crosses the HTTP boundary. */
export const FieldError = z.object({ path: z.string(), message: z.string() }).meta({ id: 'FieldError' });
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(FieldError).optional(),
    /** On a 409 for a retried write: what the original request stored (e.g. an output's review decision). */
    original: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;
export type FieldError = z.infer<typeof FieldError>;

const TITLES: Record<string, string> = {
  'validation-error': 'Your request is not valid',
  'malformed-request': 'The request could not be read',
  unauthenticated: 'Sign in required',
  forbidden: 'Not allowed',
  'not-found': 'Not found',
  conflict: 'Conflict',
  'payload-too-large': 'Request too large',
  'uri-too-long': 'Path too long',
  'rate-limited': 'Too many requests',
  'unsupported-media-type': 'Unsupported media type',
  'csrf-failed': 'Missing or invalid CSRF token',
  'setup-closed': 'Setup is closed',
  'calibration-required': 'Calibration round required',
  'password-login-disabled': 'Sign in with single sign-on',
  'mail-not-configured': 'E-mail is not set up',
  'sso-unreachable': 'The sign-in provider did not answer',
  'secret-key-required': 'The server cannot store secrets yet',
  'internal-error': 'Something went wrong on our side',
  unavailable: 'The database is unavailable',
};

export type ProblemType = keyof typeof TITLES;

export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly type: ProblemType,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
    readonly original?: Record<string, unknown>,
  ) {
    super(detail);
  }

  toBody(instance?: string): Problem {
    return {
      type: `urn:trellis:problem:${this.type}`,
      title: TITLES[this.type] ?? 'Error',
      status: this.status,
      detail: this.detail,
      ...(instance ? { instance } : {}),
      ...(this.errors?.length ? { errors: this.errors } : {}),
      ...(this.original ? { original: this.original } : {}),
    };
  }
}

export const badRequest = (detail: string, errors?: FieldError[]) =>
  new HttpProblem(400, 'validation-error', detail, errors);
export const unauthenticated = (detail = 'Sign in, or send a valid API token.') =>
  new HttpProblem(401, 'unauthenticated', detail);
export const forbidden = (detail: string) => new HttpProblem(403, 'forbidden', detail);
export const notFound = (what: string) => new HttpProblem(404, 'not-found', `${what} was not found.`);
export const conflict = (detail: string) => new HttpProblem(409, 'conflict', detail);
export const fieldError = (path: string, message: string) => badRequest(message, [{ path, message }]);
/** Nothing was done because the database is out of reach; the same request can be sent again shortly. */
export const databaseUnavailable = () =>
  new HttpProblem(
    503,
    'unavailable',
    'The database is not reachable right now; nothing was changed. Try again shortly.',
    undefined,
    { 'retry-after': '2' },
  );
