import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { crashLine } from './platform/observability/crash';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const packageVersion = JSON.parse(
  fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).version;

/** Runs the CLI as `npx trellis` does (bin/trellis.js), answering its exit status, stdout and stderr. */
async function trellis(...args: string[]) {
  return run(process.execPath, ['packages/server/bin/trellis.js', ...args], { cwd: repoRoot }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

// Each case starts a process that compiles the CLI with tsx: slow on a busy machine, not a timed assertion.
describe('the trellis command line', { timeout: 240_000 }, () => {
  it('prints its version', async () => {
    const result = await trellis('--version');
    expect(result).toMatchObject({ code: 0, stdout: `${packageVersion}\n` });
  });

  it('exits 2 on a usage error and names the flag or command at fault', async () => {
    const cases: Array<[string[], string]> = [
      [['start', '--port', 'x'], "'--port <port>'"],
      [['start', '--bogus'], "'--bogus'"],
      [['user', 'create', '--email', 'a@example.com'], "'--name <name>'"],
      [['token', 'create', '--org', 'a', '--name', 'b', '--expires-at', 'soon'], '--expires-at'],
      [['nosuch'], "'nosuch'"],
    ];
    const results = await Promise.all(cases.map(([args]) => trellis(...args)));
    results.forEach((result, i) => {
      expect(result.code, cases[i]![0].join(' ')).toBe(2);
      expect(result.stderr).toContain(cases[i]![1]);
    });
    expect((await trellis('--help')).code).toBe(0);
  });

  it('reports an uncaught exception as one JSON line on stderr and exits 1', async () => {
    const script = `import('./packages/server/src/platform/observability/crash.ts').then((m) => { m.installCrashHandler(); setTimeout(() => { throw new TypeError('boom\\nsecond line'); }); Promise.reject(new Error('late')); });`;
    const result = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: repoRoot,
    }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({
      level: 60,
      msg: 'uncaught exception',
      err: { type: 'Error', message: 'late' },
    });
    expect(entry.err.stack).toMatch(/^Error: late\n\s+at /);
    expect(JSON.parse(crashLine('plain', 5))).toMatchObject({
      time: 5,
      err: { type: 'string', message: 'plain' },
    });
  });
});
