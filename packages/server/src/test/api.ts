import type { operations } from '@trellis/sdk';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { sql } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { z } from 'zod';
import type { AuditEvent } from '../platform/audit/routes';
import { selectRows } from '../platform/db/rows';
import type { Database } from '../platform/db/types';
import { Problem } from '../platform/http/problem';

/** Parses a 2xx JSON answer with the route's response schema after checking its status. */
export function expectJson<T extends z.ZodType>(
  res: LightMyRequestResponse,
  status: number,
  schema: T,
): z.infer<T> {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  return schema.parse(res.json());
}

/** Checks an error answer: status, problem+json content type, a detail, and (if given) a field path. */
export function expectProblem(
  res: LightMyRequestResponse,
  status: number,
  fieldPath?: string,
): z.infer<typeof Problem> {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const problem = Problem.parse(res.json());
  expect(problem.status).toBe(status);
  expect(problem.detail.length).toBeGreaterThan(0);
  expect(problem.type).toMatch(/^urn:trellis:problem:/);
  if (fieldPath) expect(problem.errors?.map((e) => e.path)).toContain(fieldPath);
  return problem;
}

/** The JSON body operation `Op` answers with `Status`, as the generated OpenAPI types describe it. */
export type ResponseOf<
  Op extends keyof operations,
  Status extends number,
> = operations[Op]['responses'] extends {
  [S in Status]: { content: { 'application/json': infer T } };
}
  ? T
  : never;

type OpenApiDocument = {
  components: { schemas: Record<string, unknown> };
  paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
};
const validators = new WeakMap<FastifyInstance, (op: string, status: number) => ValidateResponse>();
type ValidateResponse = { path: string; method: string; check: (body: unknown) => string | null };

/** Finds an operation in the app's own OpenAPI document and compiles its response schemas (once per app). */
function operationOf(app: FastifyInstance, operationId: string, status: number): ValidateResponse {
  let find = validators.get(app);
  if (!find) {
    const document = app.swagger() as unknown as OpenApiDocument;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema({ $id: 'openapi', components: document.components });
    const compiled = new Map<string, ValidateResponse>();
    find = (op, code) => {
      const key = `${op} ${code}`;
      const cached = compiled.get(key);
      if (cached) return cached;
      for (const [path, methods] of Object.entries(document.paths)) {
        for (const [method, operation] of Object.entries(methods)) {
          if (operation.operationId !== op) continue;
          const response = operation.responses[String(code)] as
            | { content?: Record<string, { schema?: unknown }> }
            | undefined;
          const schema = response?.content?.['application/json']?.schema;
          if (!schema) throw new Error(`${op} documents no JSON answer with status ${code}`);
          const text = JSON.stringify(schema).replaceAll('"#/components/', '"openapi#/components/');
          const validate = ajv.compile(JSON.parse(text));
          const entry = {
            path,
            method: method.toUpperCase(),
            check: (body: unknown) => (validate(body) ? null : ajv.errorsText(validate.errors)),
          };
          compiled.set(key, entry);
          return entry;
        }
      }
      throw new Error(`no operation ${op} in the OpenAPI document`);
    };
    validators.set(app, find);
  }
  return find(operationId, status);
}

/**
 * Calls an operation by its operationId, checks the status and content type, and checks the body against
 * the response schema the OpenAPI document gives for that status. Returns it with the generated type.
 */
export async function callOperation<Op extends keyof operations & string, Status extends number>(
  app: FastifyInstance,
  operationId: Op,
  request: {
    params?: Record<string, string | number>;
    query?: Record<string, string>;
    headers?: Record<string, string>;
    payload?: InjectOptions['payload'];
  },
  status: Status,
): Promise<ResponseOf<Op, Status>> {
  const operation = operationOf(app, operationId, status);
  const url = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = request.params?.[name];
    if (value === undefined) throw new Error(`${operationId} needs the path parameter ${name}`);
    return encodeURIComponent(String(value));
  });
  const res = await app.inject({
    method: operation.method as 'GET',
    url,
    ...(request.query ? { query: request.query } : {}),
    ...(request.headers ? { headers: request.headers } : {}),
    ...(request.payload !== undefined ? { payload: request.payload } : {}),
  });
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const body: unknown = res.json();
  expect(operation.check(body), `${operationId} answered outside its schema`).toBeNull();
  return body as ResponseOf<Op, Status>;
}

// A token's last use and a session's last activity are bookkeeping that any authenticated request may touch,
// even a refused one.
const row = `(to_jsonb(x) - 'last_used_at' - 'last_seen_at')::text`;

/**
 * A digest of every row of every table (system scope, so no tenant wall): equal digests mean nothing was
 * inserted, updated or deleted in between.
 */
export async function databaseDigest(db: Database): Promise<Record<string, string>> {
  return db.system(async (tx) => {
    const tables = await selectRows<{ name: string }>(
      tx,
      sql`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const parts = tables.map(
      ({ name }) =>
        `SELECT '${name}' AS name, count(*)::int || ':' || coalesce(md5(string_agg(${row}, '|' ORDER BY ${row})), '') AS digest FROM "${name}" x`,
    );
    const rows = await selectRows<{ name: string; digest: string }>(tx, sql.raw(parts.join(' UNION ALL ')));
    return Object.fromEntries(rows.map((r) => [r.name, r.digest]));
  });
}

export type AuditEventBody = z.infer<typeof AuditEvent>;

/** An organization's audit events, oldest first, read past the API so the API cannot hide any. */
export async function auditEventsOf(db: Database, organizationId: string): Promise<AuditEventBody[]> {
  return auditEventsAfter(db, organizationId, 0);
}

/** Events after the internal key `sinceId`, oldest first, each with its public id as the API shows it. */
async function auditEventsAfter(db: Database, organizationId: string, sinceId: number) {
  const rows = await db.system((tx) =>
    selectRows<{
      public_id: string;
      occurred_at: string | Date;
      actor_type: 'user' | 'token' | 'system';
      actor_id: string | null;
      actor_name: string;
      action: string;
      entity_type: string;
      entity_id: string;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
      request_id: string | null;
    }>(
      tx,
      sql`SELECT * FROM audit_events WHERE organization_id = ${organizationId} AND id > ${sinceId} ORDER BY id`,
    ),
  );
  return rows.map((r) => ({
    id: r.public_id,
    occurredAt: new Date(r.occurred_at).toISOString(),
    actor: { type: r.actor_type, id: r.actor_id, name: r.actor_name },
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    before: r.before,
    after: r.after,
    requestId: r.request_id,
  }));
}

/** The events written since `sinceId` (an internal key from `lastAuditId`): what one request recorded. */
export async function auditEventsSince(db: Database, organizationId: string, sinceId: number) {
  return auditEventsAfter(db, organizationId, sinceId);
}

/** The internal key of the organization's last audit event (test bookkeeping; the API never shows it). */
export async function lastAuditId(db: Database, organizationId: string): Promise<number> {
  const [row] = await db.system((tx) =>
    selectRows<{ id: string | number | null }>(
      tx,
      sql`SELECT max(id) AS id FROM audit_events WHERE organization_id = ${organizationId}`,
    ),
  );
  return Number(row?.id ?? 0);
}

/** The session cookie a response set, as a request header. */
export function sessionCookieOf(res: LightMyRequestResponse): string {
  const cookie = res.cookies.find((c) => c.name === 'trellis_session');
  if (!cookie) throw new Error(`no session cookie in the response (${res.statusCode})`);
  return `trellis_session=${cookie.value}`;
}

export const someUuid = '00000000-0000-4000-8000-000000000000';

/** Creates a custom role over the API as `headers`' holder; returns its id. */
export async function createRoleOver(
  app: FastifyInstance,
  headers: Record<string, string>,
  name: string,
  permissions: string[],
): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/roles',
    headers,
    payload: { name, permissions },
  });
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as { id: string }).id;
}
