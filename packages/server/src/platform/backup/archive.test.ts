import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../capabilities/demo/seed';
import { createOrganizationWithOwner, openTestDatabase, testEngines } from '../../test/harness';
import { recordAudit } from '../audit/audit';
import { selectRows } from '../db/rows';
import { organizations } from '../db/tenancy-schema';
import type { Database, Engine } from '../db/types';
import { ARCHIVE_FORMAT, exportOrganization } from './archive';
import { archiveLines } from './cli';
import { importOrganization, RestoreError } from './restore';
import { archiveTables } from './tables';

async function archive(db: Database, slugOrId: string): Promise<string[]> {
  const lines: string[] = [];
  await exportOrganization(db, slugOrId, (line) => {
    lines.push(line);
  });
  return lines;
}

interface Numbering {
  /** Identity columns by table. */
  identity: Map<string, string[]>;
  /** Foreign keys onto an identity column (`target` is table.column). */
  references: Array<{ table: string; column: string; target: string }>;
}

/** The columns the database numbers itself, and the foreign keys onto them, read from the catalog. */
async function numbering(db: Database): Promise<Numbering> {
  return db.system(async (tx) => {
    const identity = new Map((await archiveTables(tx)).map((t) => [t.name, t.identity]));
    const references = await selectRows<{ table: string; column: string; target: string }>(
      tx,
      sql`SELECT c.conrelid::regclass::text AS table, a.attname::text AS column,
            c.confrelid::regclass::text || '.' || t.attname::text AS target
          FROM pg_constraint c
          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
          JOIN pg_attribute t ON t.attrelid = c.confrelid AND t.attnum = c.confkey[1]
          WHERE c.contype = 'f' AND t.attidentity <> ''`,
    );
    return { identity, references };
  });
}

/**
 * Every record of an archive by table (as sorted JSON), leaving out the event a restore itself records.
 * With `numbering`, a number the database assigned is written as its rank among the organization's rows of
 * that table (`#3`), and a foreign key onto it as the rank of the row it points at: a restore beside other
 * organizations renumbers those rows, and this still checks every row and every link.
 */
function records(lines: string[], numbers?: Numbering): Map<string, string[]> {
  const byTable = new Map<string, Array<Record<string, unknown>>>();
  let table = '';
  for (const line of lines) {
    const parsed = JSON.parse(line) as {
      table?: string;
      row?: Record<string, unknown>;
      organization?: Record<string, unknown>;
    };
    if (parsed.organization) byTable.set('organizations', [parsed.organization]);
    if (parsed.table) {
      table = parsed.table;
      byTable.set(table, []);
    }
    if (parsed.row && parsed.row.action !== 'organization.imported') byTable.get(table)!.push(parsed.row);
  }
  const ranks = new Map<string, Map<string, string>>();
  for (const [name, columns] of numbers?.identity ?? []) {
    for (const column of columns) {
      const values = (byTable.get(name) ?? []).map((r) => Number(r[column])).sort((a, b) => a - b);
      ranks.set(`${name}.${column}`, new Map(values.map((v, i) => [String(v), `#${i + 1}`])));
    }
  }
  const canonical = (name: string, row: Record<string, unknown>) => {
    const out = { ...row };
    for (const column of numbers?.identity.get(name) ?? [])
      out[column] = ranks.get(`${name}.${column}`)!.get(String(row[column]));
    for (const reference of numbers?.references ?? [])
      if (reference.table === name && out[reference.column] != null)
        out[reference.column] = ranks.get(reference.target)?.get(String(row[reference.column])) ?? 'dangling';
    return JSON.stringify(out);
  };
  return new Map([...byTable].map(([name, rows]) => [name, rows.map((r) => canonical(name, r)).sort()]));
}

const digest = (db: Database) =>
  db.system((tx) =>
    selectRows<{ organizations: number; users: number; outputs: number }>(
      tx,
      sql`SELECT (SELECT count(*)::int FROM organizations) AS organizations, (SELECT count(*)::int FROM users) AS users,
            (SELECT count(*)::int FROM outputs) AS outputs`,
    ),
  );

describe('organization archives: trellis export --org / trellis import', () => {
  let source: Database;
  let lines: string[];
  let organizationId: string;

  beforeAll(async () => {
    source = await openTestDatabase('pglite');
    await seedDemo(source);
    const [org] = await source.system((tx) => tx.select().from(organizations));
    organizationId = org!.id;
    lines = await archive(source, org!.slug);
    // Seeding the whole demo took 95 s here at a load average of 6 (about 20 s on a quiet machine).
  }, 300_000);
  afterAll(() => source.close());

  it('writes the organization, its people and every tenant table, parents first, with an end line', () => {
    const header = JSON.parse(lines[0]!);
    expect(header).toMatchObject({
      format: ARCHIVE_FORMAT,
      version: 1,
      organization: { id: organizationId },
    });
    const tables = lines
      .map((l) => JSON.parse(l))
      .filter((l) => l.table)
      .map((l) => l.table as string);
    expect(tables[0]).toBe('users');
    for (const table of [
      'memberships',
      'workflows',
      'quality_standards',
      'outputs',
      'reviews',
      'audit_events',
    ])
      expect(tables).toContain(table);
    expect(tables.indexOf('workflows')).toBeLessThan(tables.indexOf('outputs'));
    expect(tables.indexOf('outputs')).toBeLessThan(tables.indexOf('reviews'));
    const end = JSON.parse(lines.at(-1)!);
    expect(end).toMatchObject({ end: true, rows: lines.length - 2 - tables.length, tables: tables.length });
    const users = records(lines)
      .get('users')!
      .map((u) => JSON.parse(u));
    expect(users.length).toBeGreaterThanOrEqual(4);
    expect(users.every((u) => typeof u.password_hash === 'string')).toBe(true);
  });

  /**
   * Restores `from` into a fresh `engine` database, empty or already holding another organization (with
   * audit events, alarms-free but numbered the same way the archive's are), and checks record for record —
   * ids the database numbers itself compared by their order, foreign keys onto them by the row they point
   * at — and that the other organization is exactly as it was.
   */
  async function restoreInto(engine: Engine, beside: boolean, from: AsyncIterable<string> | string[]) {
    const target = await openTestDatabase(engine);
    let other: { id: string; before: Map<string, string[]> } | null = null;
    if (beside) {
      const owner = await createOrganizationWithOwner(target, 'Already Here');
      for (const action of ['test.one', 'test.two', 'test.three'])
        await target.tenant(owner.organizationId, (tx) =>
          recordAudit(
            tx,
            { organizationId: owner.organizationId, actor: { type: 'system', id: null, name: 'test' } },
            { action, entityType: 'organization', entityId: owner.organizationId },
          ),
        );
      other = { id: owner.organizationId, before: records(await archive(target, owner.organizationId)) };
    }
    const restored = await importOrganization(target, from);
    expect(restored.organizationId).toBe(organizationId);
    const numbers = await numbering(target);
    const again = await archive(target, organizationId);
    expect(records(again, numbers)).toEqual(records(lines, numbers));
    if (other) expect(records(await archive(target, other.id))).toEqual(other.before);
    // New rows after a restore get fresh ids: the restored ones came from the sequences.
    await target.tenant(organizationId, (tx) =>
      recordAudit(
        tx,
        { organizationId, actor: { type: 'system', id: null, name: 'test' } },
        { action: 'test.after_restore', entityType: 'organization', entityId: organizationId },
      ),
    );
    await target.close();
    return again;
  }

  it('restores PGlite → PGlite beside another organization', async () => {
    await restoreInto('pglite', true, lines);
  }, 180_000);

  it.skipIf(!testEngines().includes('postgres'))(
    'restores PGlite → PostgreSQL (empty, and beside another organization from a .gz file), then PostgreSQL → PGlite and PostgreSQL → PostgreSQL, each empty and beside another',
    async () => {
      const fromPostgres = await restoreInto('postgres', false, lines);
      const file = path.join(os.tmpdir(), `trellis-archive-${process.pid}.jsonl.gz`);
      fs.writeFileSync(file, gzipSync(`${lines.join('\n')}\n`));
      try {
        await restoreInto(
          'postgres',
          true,
          archiveLines(() => fs.createReadStream(file), true),
        );
      } finally {
        fs.rmSync(file, { force: true });
      }
      await restoreInto('pglite', false, fromPostgres);
      await restoreInto('pglite', true, fromPostgres);
      await restoreInto('postgres', true, fromPostgres);
    },
    600_000,
  );

  it('stores nothing from a cut-short, clashing, foreign or newer archive, and says why', async () => {
    const target = await openTestDatabase('pglite');
    try {
      const before = await digest(target);
      const refuse = async (input: string[], message: RegExp) => {
        const error = await importOrganization(target, input).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(RestoreError);
        expect((error as Error).message).toMatch(message);
        expect(await digest(target)).toEqual(before);
      };
      await refuse(lines.slice(0, -1), /ends early/);
      await refuse(lines.slice(0, Math.floor(lines.length / 2)), /ends early|announced/);
      await refuse(['{"hello":"world"}'], /not a Trellis organization archive/);
      const header = JSON.parse(lines[0]!);
      await refuse(
        [JSON.stringify({ ...header, migration: { index: 999, tag: '0999_future' } }), ...lines.slice(1)],
        /newer Trellis/,
      );
      await refuse([lines[0]!, 'not json', ...lines.slice(1)], /Line 2 is not JSON/);

      await importOrganization(target, lines);
      const restored = await digest(target);
      const clash = await importOrganization(target, lines).catch((e: unknown) => e);
      expect(clash).toBeInstanceOf(RestoreError);
      expect((clash as Error).message).toMatch(/already has the organization/);
      expect(await digest(target)).toEqual(restored);
      const [org] = await target.system((tx) =>
        tx.select().from(organizations).where(eq(organizations.id, organizationId)),
      );
      expect(org!.slug).toBe(JSON.parse(lines[0]!).organization.slug);
    } finally {
      await target.close();
    }
  }, 180_000);
});
