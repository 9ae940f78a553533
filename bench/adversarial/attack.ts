import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { selectRows } from '../../packages/server/src/platform/db/rows';
import type { Database } from '../../packages/server/src/platform/db/types';
import {
  createMember,
  createOrganizationWithOwner,
  type TestPerson,
} from '../../packages/server/src/test/harness';
import { hasIds, sampleBody, withIds } from './bodies';
import { pulseAttempts } from './pulse';

/**
 * The adversarial run: two organizations, then every route of openapi.json tried as an attacker would —
 * malformed input (NUL, lone surrogates, bad percent-encoding, over-long parameters, wrong types),
 * organization A's credentials on every path with organization B's ids and bodies the schema accepts, B's ids
 * in the bodies of A's own writes, and the insiders' attempts on a pulse's anonymity (pulse.ts). The oracles
 * do not trust the routes:
 * a cross-tenant read is any of B's ids in an answer to A; a cross-tenant write is any change to B's rows
 * (a digest of every table's rows of B's organization, read past the API) or a 2xx to a write on B's ids.
 */
export interface Figures {
  routes: number;
  requests: number;
  serverErrors: number;
  crossTenantReads: number;
  crossTenantWrites: number;
  anonymityBreaks: number;
  /** Cross-tenant writes (B's id in the path or the body) that passed validation: refused by what owns the row. */
  writesPastValidation: number;
  /** What went wrong, one line each (method, path, status): empty on a clean run. */
  findings: string[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const here = path.dirname(fileURLToPath(import.meta.url));
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Path parameters that are not strings a person typed: NUL, a lone surrogate, bad percent-encoding, too long. */
const BAD_PARAMS = ['%00', '%ED%A0%80', '%E0%A4%A', '%', 'x'.repeat(5000), '-1', '1e309'];
/** Bodies of the wrong shape or with strings PostgreSQL cannot store. */
const BAD_BODIES: unknown[] = [
  { name: 'a\u0000b', email: 'x\u0000@example.com', title: '\ud800', note: '\udfff' },
  [1, 2, 3],
  { name: 12, email: true, id: { $ne: null } },
  'not json at all',
];

export function openapiRoutes(): { method: (typeof METHODS)[number]; path: string }[] {
  const doc = JSON.parse(readFileSync(path.join(here, '../../packages/server/openapi.json'), 'utf8')) as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(doc.paths).flatMap(([p, ops]) =>
    METHODS.filter((m) => ops[m]).map((method) => ({ method, path: p })),
  );
}

/** Every row of the organization, digested per table (read as the owner of the database, past RLS). */
async function organizationDigest(db: Database, organizationId: string): Promise<string> {
  return db.system(async (tx) => {
    const tables = await selectRows<{ name: string }>(
      tx,
      sql`SELECT table_name AS name FROM information_schema.columns
          WHERE table_schema = 'public' AND column_name = 'organization_id' ORDER BY table_name`,
    );
    const parts = tables.map(
      ({ name }) =>
        `SELECT '${name}' AS name, count(*)::int || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS d FROM "${name}" x WHERE organization_id = '${organizationId}'`,
    );
    const rows = await selectRows<{ name: string; d: string }>(tx, sql.raw(parts.join(' UNION ALL ')));
    return rows.map((r) => `${r.name}=${r.d}`).join(';');
  });
}

export interface AttackOptions {
  /** Try every `stride`-th route only (1: all). */
  stride?: number;
  /** At most this many of B's ids on each path (all when undefined). */
  idsPerPath?: number;
  /** The app's request log, searched for pulse link tokens. */
  logLines?: readonly string[];
}

export async function attack(
  app: FastifyInstance,
  db: Database,
  options: AttackOptions = {},
): Promise<Figures> {
  const figures: Figures = {
    routes: 0,
    requests: 0,
    serverErrors: 0,
    crossTenantReads: 0,
    crossTenantWrites: 0,
    anonymityBreaks: 0,
    writesPastValidation: 0,
    findings: [],
  };
  const a = await createOrganizationWithOwner(db, 'Attacker org');
  const b = await createOrganizationWithOwner(db, 'Victim org');
  const aPeople: TestPerson[] = [a, await createMember(db, a.organizationId, 'lead')];
  for (const role of ['admin', 'lead', 'contributor'] as const)
    await createMember(db, b.organizationId, role);
  const send = async (who: TestPerson | null, method: string, url: string, payload?: unknown) => {
    figures.requests++;
    const res = await app.inject({
      method: method.toUpperCase() as 'GET',
      url,
      headers: {
        ...(who?.headers ?? {}),
        ...(typeof payload === 'string' ? { 'content-type': 'application/json' } : {}),
      },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    if (res.statusCode >= 500) {
      figures.serverErrors++;
      figures.findings.push(`5xx ${res.statusCode} ${method.toUpperCase()} ${url.slice(0, 120)}`);
    }
    return res;
  };
  // B's things, made through the API as B's owner.
  for (const [url, body] of [
    ['/api/v1/applications', { name: 'Victim application' }],
    ['/api/v1/workflows', { name: 'Victim workflow' }],
    ['/api/v1/invitations', { email: 'victim-invitee@example.com', role: 'viewer' }],
    ['/api/v1/org-units', { name: 'Victim unit', kind: 'team' }],
    ['/api/v1/ideas', { title: 'Victim idea', description: 'secret' }],
  ] as const) {
    await send(b, 'post', url, body);
  }
  // B's ids: every uuid in any answer to B on the routes without parameters, minus the ones A sees too.
  const routes = openapiRoutes().filter((_, i) => i % (options.stride ?? 1) === 0);
  figures.routes = routes.length;
  const bIds = new Set<string>([b.organizationId]);
  for (const r of routes.filter((r) => r.method === 'get' && !r.path.includes('{'))) {
    const res = await send(b, 'get', r.path);
    for (const id of res.body.match(UUID) ?? []) bIds.add(id);
  }
  const aIds = new Set<string>([a.organizationId, ...aPeople.map((p) => p.userId)]);
  for (const r of routes.filter((r) => r.method === 'get' && !r.path.includes('{'))) {
    const res = await send(a, 'get', r.path);
    for (const id of res.body.match(UUID) ?? []) aIds.add(id);
  }
  const victimIds = [...bIds].filter((id) => !aIds.has(id));
  const before = await organizationDigest(db, b.organizationId);

  const fill = (p: string, value: string) => p.replace(/\{[^}]+\}/g, value);
  for (const r of routes) {
    // Malformed input, as A's owner.
    if (r.path.includes('{')) for (const bad of BAD_PARAMS) await send(a, r.method, fill(r.path, bad));
    await send(
      a,
      r.method,
      `${fill(r.path, victimIds[0] ?? b.organizationId)}?q=%00&cursor=%ED%A0%80&limit=-1`,
    );
    if (r.method !== 'get' && r.method !== 'delete')
      for (const body of BAD_BODIES)
        await send(a, r.method, fill(r.path, victimIds[0] ?? b.organizationId), body);
    // Cross-tenant: A's people on the path with each of B's ids.
    if (!r.path.includes('{')) continue;
    for (const id of victimIds.slice(0, options.idsPerPath ?? victimIds.length)) {
      for (const who of aPeople) {
        const url = fill(r.path, id);
        const body =
          r.method === 'get' || r.method === 'delete' ? undefined : (sampleBody(r.method, r.path) ?? {});
        const res = await send(who, r.method, url, body);
        const leaked = (res.body.match(UUID) ?? []).filter(
          (found) => found !== id && bIds.has(found) && !aIds.has(found),
        );
        if (leaked.length > 0 || (r.method === 'get' && res.statusCode < 300 && res.body.includes(id))) {
          figures.crossTenantReads++;
          figures.findings.push(`read ${res.statusCode} GET ${url}`);
        }
        if (r.method !== 'get' && res.statusCode !== 400) figures.writesPastValidation++;
        if (r.method !== 'get' && res.statusCode < 300) {
          figures.crossTenantWrites++;
          figures.findings.push(`write ${res.statusCode} ${r.method.toUpperCase()} ${url}`);
        }
      }
    }
  }
  // B's ids in the body of A's own writes (a reference to another organization's row must be refused).
  for (const r of routes) {
    if (r.method === 'get' || r.method === 'delete' || r.path.includes('{')) continue;
    const body = sampleBody(r.method, r.path);
    if (!hasIds(body)) continue;
    for (const id of victimIds.slice(0, options.idsPerPath ?? victimIds.length)) {
      const res = await send(a, r.method, r.path, withIds(body, id));
      if (res.statusCode !== 400) figures.writesPastValidation++;
      if (res.statusCode < 300) {
        figures.crossTenantWrites++;
        figures.findings.push(`reference ${res.statusCode} ${r.method.toUpperCase()} ${r.path} to B's ${id}`);
      }
    }
  }
  const pulse = await pulseAttempts(
    app,
    db,
    routes.filter((r) => r.method === 'get').map((r) => r.path),
    options.logLines,
  );
  figures.requests += pulse.requests;
  figures.serverErrors += pulse.serverErrors;
  figures.anonymityBreaks += pulse.anonymityBreaks;
  figures.findings.push(...pulse.findings);
  if ((await organizationDigest(db, b.organizationId)) !== before) {
    figures.crossTenantWrites++;
    figures.findings.push("B's rows changed during A's attempts");
  }
  return figures;
}
