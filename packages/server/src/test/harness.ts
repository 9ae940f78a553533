import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../app';
import { createApiToken } from '../capabilities/identity/services/api-tokens';
import { addMember } from '../capabilities/identity/services/members';
import { createOrganization } from '../capabilities/identity/services/organizations';
import { createUser } from '../capabilities/identity/services/users';
import type { Role } from '../platform/auth/roles';
import { createSession } from '../platform/auth/sessions';
import { type Config, loadConfig } from '../platform/config';
import { openDatabase } from '../platform/db/client';
import type { Database, Engine } from '../platform/db/types';
import { checkAnswersAgainstContract } from './contract-check';

/**
 * The engines the database suites run on: PGlite always, PostgreSQL when the harness has one.
 * `TRELLIS_TEST_ENGINES=postgres` (a comma list) keeps only those: CI's second pass on the Node.js LTS
 * release runs the suites on PostgreSQL alone, since the engines' differences do not depend on Node.
 */
export function testEngines(): Engine[] {
  const available: Engine[] = inject('postgresUrl') ? ['pglite', 'postgres'] : ['pglite'];
  const only = process.env.TRELLIS_TEST_ENGINES?.split(',').map((e) => e.trim());
  const chosen = only ? available.filter((e) => only.includes(e)) : available;
  return chosen.length > 0 ? chosen : available;
}

/** A fresh, migrated database: PGlite from the run's template, or a new database on the test cluster. */
export async function openTestDatabase(engine: Engine = 'pglite'): Promise<Database> {
  if (engine === 'pglite') {
    const blob = new Blob([fs.readFileSync(inject('pgliteTemplate'))]);
    return openDatabase({ memory: true, loadDataDir: blob });
  }
  return openDatabase({ databaseUrl: await createTestDatabaseUrl(), poolSize: 4 });
}

/** A new empty database on the run's PostgreSQL, for tests that connect to it more than once. */
export async function createTestDatabaseUrl(): Promise<string> {
  const adminUrl = inject('postgresUrl');
  if (!adminUrl) throw new Error('No PostgreSQL for this run');
  const name = `trellis_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function createTestApp(
  engine: Engine = 'pglite',
  config: Partial<Config> = {},
  opts: { now?: () => number } = {},
) {
  const db = await openTestDatabase(engine);
  const app = await buildApp({
    db,
    config: loadConfig({ publicUrl: 'http://trellis.test', ...config }, {}),
    serveWeb: false,
    now: opts.now,
  });
  checkAnswersAgainstContract(app);
  await app.ready();
  return {
    app,
    db,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export interface TestPerson {
  userId: string;
  email: string;
  password: string;
  organizationId: string;
  role: Role;
  /** Headers of a signed-in browser acting in this organization (session cookie + CSRF + org). */
  headers: Record<string, string>;
}

async function sessionHeaders(db: Database, userId: string, organizationId: string) {
  const session = await db.system((tx) => createSession(tx, userId));
  return {
    cookie: `trellis_session=${session.token}`,
    'x-csrf-token': session.csrfToken,
    'x-trellis-organization': organizationId,
  };
}

/** An organization with its owner, signed in. */
export async function createOrganizationWithOwner(
  db: Database,
  name = `Org ${unique()}`,
): Promise<TestPerson> {
  const email = `owner-${unique()}@example.com`;
  const password = 'a long enough password';
  const { user, org } = await db.system(async (tx) => {
    const user = await createUser(tx, { email, name: 'Owner', password });
    const org = await createOrganization(tx, {
      name,
      ownerId: user.id,
      actor: { type: 'user', id: user.id, name: 'Owner' },
    });
    return { user, org };
  });
  return {
    userId: user.id,
    email,
    password,
    organizationId: org.id,
    role: 'owner',
    headers: await sessionHeaders(db, user.id, org.id),
  };
}

/** A new person with `role` in the organization, signed in. */
export async function createMember(db: Database, organizationId: string, role: Role): Promise<TestPerson> {
  const email = `${role}-${unique()}@example.com`;
  const password = 'a long enough password';
  const user = await db.system((tx) => createUser(tx, { email, name: `A ${role}`, password }));
  const ctx = {
    organizationId,
    role: 'owner' as Role,
    actor: { type: 'system' as const, id: null, name: 'test' },
    requestId: 'test',
  };
  await db.tenant(organizationId, (tx) => addMember(tx, ctx, user.id, role));
  return {
    userId: user.id,
    email,
    password,
    organizationId,
    role,
    headers: await sessionHeaders(db, user.id, organizationId),
  };
}

/** An API token's Authorization header. */
export async function createTokenHeaders(db: Database, organizationId: string, role: Role, expiresAt?: Date) {
  const ctx = {
    organizationId,
    role: 'admin' as Role,
    actor: { type: 'system' as const, id: null, name: 'test' },
    requestId: 'test',
  };
  const created = await db.tenant(organizationId, (tx) =>
    createApiToken(tx, ctx, { name: `token ${unique()}`, role, expiresAt }),
  );
  return { id: created.token.id, headers: { authorization: `Bearer ${created.secret}` } };
}
