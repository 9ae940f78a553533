import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../db/rows';
import { organizations } from '../db/schema';
import type { Database } from '../db/types';
import { seedDemo } from '../demo/seed';
import { recordAudit } from '../services/audit';
import { openTestDatabase, testEngines } from '../test/harness';
import { ARCHIVE_FORMAT, exportOrganization } from './archive';
import { importOrganization, RestoreError } from './restore';

async function archive(db: Database, slugOrId: string): Promise<string[]> {
  const lines: string[] = [];
  await exportOrganization(db, slugOrId, (line) => {
    lines.push(line);
  });
  return lines;
}

/** Every record of an archive by table (as sorted JSON), leaving out the event a restore itself records. */
function records(lines: string[]): Map<string, string[]> {
  const byTable = new Map<string, string[]>();
  let table = '';
  for (const line of lines) {
    const parsed = JSON.parse(line) as {
      table?: string;
      row?: Record<string, unknown>;
      organization?: object;
    };
    if (parsed.organization) byTable.set('organizations', [JSON.stringify(parsed.organization)]);
    if (parsed.table) {
      table = parsed.table;
      byTable.set(table, []);
    }
    if (parsed.row && parsed.row.action !== 'organization.imported')
      byTable.get(table)!.push(JSON.stringify(parsed.row));
  }
  for (const rows of byTable.values()) rows.sort();
  return byTable;
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
  }, 120_000);
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

  it.each(testEngines())(
    'restores into an empty %s instance record for record, and back',
    async (engine) => {
      const target = await openTestDatabase(engine);
      try {
        const restored = await importOrganization(target, lines);
        expect(restored.organizationId).toBe(organizationId);
        const again = await archive(target, organizationId);
        expect(records(again)).toEqual(records(lines));
        // New rows after a restore get fresh ids: the identity sequences were moved past the restored ones.
        await target.tenant(organizationId, (tx) =>
          recordAudit(
            tx,
            { organizationId, actor: { type: 'system', id: null, name: 'test' } },
            { action: 'test.after_restore', entityType: 'organization', entityId: organizationId },
          ),
        );
        // And back into a fresh embedded database from the restored copy.
        const back = await openTestDatabase('pglite');
        try {
          await importOrganization(back, again);
          expect(records(await archive(back, organizationId))).toEqual(records(lines));
        } finally {
          await back.close();
        }
      } finally {
        await target.close();
      }
    },
    180_000,
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
