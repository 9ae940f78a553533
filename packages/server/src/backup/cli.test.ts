import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));
const cli = path.join(repoRoot, 'packages/server/src/cli.ts');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-backup-cli-'));

const trellis = (dataDir: string, args: string[], input?: string) => {
  const child = run(process.execPath, ['--import', 'tsx', cli, ...args], {
    cwd: repoRoot,
    env: { ...process.env, TRELLIS_DATA_DIR: path.join(scratch, dataDir), DATABASE_URL: '' },
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
  }, 120_000);
});
