import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabaseUrl, testEngines } from '../../test/harness';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../../../..', import.meta.url));
const cli = path.join(repoRoot, 'packages/server/src/cli.ts');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-backup-cli-'));

/** Runs the command on the embedded database in `dataDir`, or on PostgreSQL when it is a postgres:// URL. */
const trellis = (dataDir: string, args: string[], input?: string) => {
  const database = dataDir.startsWith('postgres://')
    ? { DATABASE_URL: dataDir }
    : { TRELLIS_DATA_DIR: path.join(scratch, dataDir), DATABASE_URL: '' };
  const child = run(process.execPath, ['--import', 'tsx', cli, ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...database },
  });
  if (input !== undefined) child.child.stdin?.end(input);
  return child;
};

describe('trellis export --org / trellis import (the commands)', () => {
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it('moves an organization to another instance through a gzip archive, and refuses it twice', async () => {
    await trellis(
      'a',
      [
        'user',
        'create',
        '--email',
        'ann@example.test',
        '--name',
        'Ann',
        '--org',
        'Backup Co',
        '--password-stdin',
      ],
      'a long enough password\n',
    );
    const archive = path.join(scratch, 'backup-co.jsonl.gz');
    const exported = await trellis('a', ['export', '--org', 'backup-co', '--out', archive]);
    expect(exported.stderr).toMatch(/Wrote \d+ rows of \d+ tables/);
    const lines = gunzipSync(fs.readFileSync(archive)).toString('utf8').trim().split('\n');
    expect(JSON.parse(lines[0]!).organization.slug).toBe('backup-co');
    expect(JSON.parse(lines.at(-1)!).end).toBe(true);

    const restored = await trellis('b', ['import', archive]);
    expect(restored.stderr).toMatch(/Restored organization [0-9a-f-]{36}/);
    const again = await trellis('b', ['export', '--org', 'backup-co']);
    expect(again.stdout).toContain('"email":"ann@example.test"');
    expect(again.stdout).toContain('"action":"organization.imported"');

    const twice = await trellis('b', ['import', archive]).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(twice).toMatchObject({ code: 1 });
    expect((twice as { stderr: string }).stderr).toMatch(/already has the organization/);
  }, 300_000);

  it.skipIf(!testEngines().includes('postgres'))(
    'imports into PostgreSQL from a .gz file (beside another organization), a plain file and standard input',
    async () => {
      await trellis(
        'c',
        [
          'user',
          'create',
          '--email',
          'cy@example.test',
          '--name',
          'Cy',
          '--org',
          'Move Co',
          '--password-stdin',
        ],
        'a long enough password\n',
      );
      const gz = path.join(scratch, 'move-co.jsonl.gz');
      const exported = await trellis('c', ['export', '--org', 'move-co', '--out', gz]);
      const rows = /Wrote (\d+) rows of (\d+) tables/.exec(exported.stderr)!;
      const plain = path.join(scratch, 'move-co.jsonl');
      fs.writeFileSync(plain, gunzipSync(fs.readFileSync(gz)));
      const withOther = await createTestDatabaseUrl();
      // This target already holds an organization of its own, with its own audit events.
      await trellis(
        withOther,
        [
          'user',
          'create',
          '--email',
          'other@example.test',
          '--name',
          'Other',
          '--org',
          'Other Co',
          '--password-stdin',
        ],
        'a long enough password\n',
      );
      const ways: Array<[string, string, string[], string | undefined]> = [
        ['gzip file', withOther, ['import', gz], undefined],
        ['plain file', await createTestDatabaseUrl(), ['import', plain], undefined],
        ['standard input', await createTestDatabaseUrl(), ['import', '-'], fs.readFileSync(plain, 'utf8')],
      ];
      for (const [way, url, args, input] of ways) {
        const restored = await trellis(url, args, input).catch((error: { stderr: string }) => ({
          stderr: `FAILED: ${error.stderr}`,
        }));
        // The restore's count includes the people, as the export's does.
        expect(restored.stderr, way).toContain(`: ${rows[1]} rows of ${rows[2]} tables`);
      }
      const client = new pg.Client({ connectionString: withOther });
      await client.connect();
      try {
        const { rows: orgs } = await client.query(
          `SELECT o.slug, (SELECT count(*)::int FROM memberships m WHERE m.organization_id = o.id) AS members
           FROM organizations o ORDER BY o.slug`,
        );
        expect(orgs).toEqual([
          { slug: 'move-co', members: 1 },
          { slug: 'other-co', members: 1 },
        ]);
      } finally {
        await client.end();
      }
    },
    300_000,
  );
});
