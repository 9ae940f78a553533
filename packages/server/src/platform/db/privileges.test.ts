import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { createOrganizationWithOwner, testEngines } from '../../test/harness';
import { openDatabase } from './client';
import { selectRows } from './rows';

/**
 * Migrating as a plain database owner (no superuser, no CREATEROLE) on the real PostgreSQL: refused before
 * anything is created, with a message naming the missing privilege; then, once a DBA has created the app
 * role and granted it to the owner, migrating and requests work without CREATEROLE.
 */
describe.skipIf(!testEngines().includes('postgres'))(
  'migrating as a database owner without CREATEROLE',
  () => {
    it('fails before changing anything, naming the privilege, and works once a DBA made the role', async () => {
      const adminUrl = inject('postgresUrl')!;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      const suffix = `${process.pid}_${Date.now()}`;
      const owner = `owner_${suffix}`;
      const database = `plain_owner_${suffix}`;
      try {
        await admin.query(`CREATE ROLE ${owner} LOGIN NOSUPERUSER NOCREATEROLE`);
        await admin.query(`CREATE DATABASE ${database} OWNER ${owner}`);
        // Another test file may already have made the app role on this cluster: either way the owner is not in it.
        const url = new URL(adminUrl);
        url.username = owner;
        url.pathname = `/${database}`;

        const refused = await openDatabase({ databaseUrl: url.toString(), poolSize: 1 }).catch(
          (e: Error) => e,
        );
        expect(refused).toBeInstanceOf(Error);
        expect((refused as Error).message).toMatch(/CREATEROLE|ADMIN OPTION/);
        expect((refused as Error).message).toContain(`GRANT trellis_app TO "${owner}"`);
        const check = new pg.Client({ connectionString: url.toString() });
        await check.connect();
        const { rows } = await check.query(
          `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname IN ('public', 'drizzle')`,
        );
        await check.end();
        expect(rows).toEqual([{ n: 0 }]);

        await admin.query(`DO $$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'trellis_app') THEN
          CREATE ROLE trellis_app NOLOGIN NOBYPASSRLS;
        END IF; END $$`);
        await admin.query(`GRANT trellis_app TO ${owner}`);
        const db = await openDatabase({ databaseUrl: url.toString(), poolSize: 2 });
        try {
          const person = await createOrganizationWithOwner(db);
          const seen = await db.tenant(person.organizationId, (tx) =>
            selectRows<{ role: string; n: number }>(
              tx,
              sql`SELECT current_user AS role, (SELECT count(*)::int FROM organizations) AS n`,
            ),
          );
          expect(seen).toEqual([{ role: 'trellis_app', n: 1 }]);
        } finally {
          await db.close();
        }
      } finally {
        await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => {});
        await admin.query(`DROP ROLE IF EXISTS ${owner}`).catch(() => {});
        await admin.end();
      }
    }, 120_000);
  },
);
