import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization } from '../packages/server/src/capabilities/identity/services/organizations';
import { createUser } from '../packages/server/src/capabilities/identity/services/users';
import { seedSaturatedPortfolio } from '../packages/server/src/capabilities/planning/test/planning-fixture';
import { openDatabase } from '../packages/server/src/platform/db/client';
import { freePort } from '../packages/server/src/test/free-port';
import { eventually, signIn } from './support/app';
import { type Browser, openBrowser, screenshot } from './support/browser';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const OWNER = { email: 'planner@example.com', password: 'a long enough password', name: 'Pat Planner' };

/**
 * The sequencing plans are made by another capability's routes (not on this branch): the organization, its
 * units, impacts, evidence and expansion plans are written into the data dir before the server starts
 * (test/planning-fixture.ts), then the journey runs in the browser against `trellis start` on that dir.
 */
describe('optimizer: a saturated team defers the other application’s step; the roadmap shows a move’s cost', () => {
  let dataDir = '';
  let server: ChildProcess | null = null;
  let baseUrl = '';
  let log = '';
  let browser: Browser;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'trellis-e2e-optimizer-'));
    const db = await openDatabase({ dataDir });
    try {
      const org = await db.system(async (tx) => {
        const user = await createUser(tx, OWNER);
        return createOrganization(tx, {
          name: 'Acme Support',
          ownerId: user.id,
          actor: { type: 'user', id: user.id, name: OWNER.name },
        });
      });
      await seedSaturatedPortfolio(db, org.id);
    } finally {
      await db.close();
    }
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(repoRoot, 'packages/server/src/cli.ts'),
        'start',
        '--port',
        String(port),
        '--data-dir',
        dataDir,
      ],
      {
        cwd: repoRoot,
        env: { ...process.env, NODE_ENV: 'test', TRELLIS_DATA_DIR: dataDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    server.stdout?.on('data', (c: Buffer) => {
      log += c.toString();
    });
    server.stderr?.on('data', (c: Buffer) => {
      log += c.toString();
    });
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`server exited\n${log.slice(-3000)}`);
      const ready = await fetch(`${baseUrl}/readyz`)
        .then((r) => r.status === 200)
        .catch(() => false);
      if (ready) break;
      if (Date.now() > deadline) throw new Error(`server not ready\n${log.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    browser = await openBrowser();
    await browser.page.goto(`${baseUrl}/sign-in`);
    await signIn(browser.page, OWNER);
    await browser.page.getByRole('heading', { name: 'Acme Support' }).waitFor();
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail')
      await screenshot(browser.page, `failed-optimizer-${task.name.slice(0, 40)}`).catch(() => undefined);
  });
  afterAll(async () => {
    await browser?.close();
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server!.once('exit', r));
      server.kill('SIGTERM');
      await exited;
    }
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs the optimizer and shows why the needs-analysis pilot waits for Customer Success', async () => {
    const { page } = browser;
    await page.goto(`${baseUrl}/sequencing/optimizer`);
    await page.getByText('No runs yet').waitFor();
    await page.getByLabel('First month').fill('2027-01');
    await page.getByLabel('Horizon (months)').fill('6');
    await page.getByLabel('Discount (% per month)').fill('1');
    await page.getByRole('button', { name: 'Run' }).click();
    const deferred = page.getByRole('list', { name: 'Deferred steps' });
    await deferred
      .getByText(
        'Waits: Customer Success is at 100 % of its change capacity in January 2027 (this step needs 38 % more)',
      )
      .waitFor({ timeout: 60_000 });
    await deferred
      .getByText('Waits for: Needs analysis → Pilot team, which is not scheduled within the horizon')
      .waitFor();
    const table = page.getByRole('table', { name: 'Optimizer and greedy plans' });
    const second = table.getByRole('row', { name: /Content drafting → Second team/ });
    await expect(second.getByRole('cell').nth(1).textContent()).resolves.toBe('January 2027');
    await expect(second.getByRole('cell').nth(2).textContent()).resolves.toBe('January 2027');
    await screenshot(page, 'optimizer-run');
  });

  it('what-if: more capacity for Customer Success schedules the pilot, compared side by side', async () => {
    const { page } = browser;
    await page.getByLabel('Capacity of Customer Success').fill('55');
    await page.getByRole('button', { name: 'Run' }).click();
    const compare = page.getByRole('table', { name: 'Two runs side by side' });
    await compare.waitFor({ timeout: 60_000 });
    const pilot = compare.getByRole('row', { name: /Needs analysis → Pilot team/ });
    await expect(pilot.getByRole('cell').nth(1).textContent()).resolves.toBe('deferred');
    await expect(pilot.getByRole('cell').nth(2).textContent()).resolves.toBe('January 2027');
    await page.getByText(/capacity Customer Success 40 → 55/).waitFor();
    await page.getByText('Every candidate step is scheduled within the horizon.').waitFor();
    await screenshot(page, 'optimizer-what-if');
  });

  it('drags the department step earlier on the roadmap: Operations turns red and the value changes', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Roadmap' }).click();
    const bar = page.getByTestId('bar-Needs analysis → Department-Operations');
    await bar.waitFor();
    await expect(page.getByTestId('cell-Operations-1').getAttribute('data-status')).resolves.toBe('green');
    await screenshot(page, 'roadmap-plan');
    const before = Number((await page.getByTestId('roadmap-value').textContent())!.replace(/,/g, ''));

    // Pointer: drag the bar two months to the left (from April to February).
    const box = (await bar.boundingBox())!;
    const column = (await page.getByTestId('cell-Operations-1').boundingBox())!.width + 2;
    await page.mouse.move(box.x + 10, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 10 - column, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(box.x + 10 - 2 * column, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await eventually(async () =>
      expect(await page.getByTestId('cell-Operations-1').getAttribute('data-status')).toBe('red'),
    );
    // Operations: 15 running + 20 moved of 30 = 117 % in February.
    await expect(page.getByTestId('cell-Operations-1').textContent()).resolves.toMatch(/^117 %/);
    const alert = page.getByRole('alert').filter({ hasText: 'This schedule breaks' });
    await alert.getByText('Operations is at 117 % of its change capacity in February 2027').waitFor();
    await alert
      .getByText(/Needs analysis → Department starts before Needs analysis → Pilot team ends/)
      .waitFor();
    const after = Number((await page.getByTestId('roadmap-value').textContent())!.replace(/,/g, ''));
    expect(after).toBeGreaterThan(before);
    await screenshot(page, 'roadmap-dragged');

    // Keyboard: one month later with →, announced.
    await bar.focus();
    await page.keyboard.press('ArrowRight');
    await eventually(async () =>
      expect(await page.getByTestId('roadmap-announcement').textContent()).toMatch(
        /^Needs analysis → Department now starts in March 2027\. Value [\d.,]+ \(\+[\d.,]+ against the optimizer's plan\)\./,
      ),
    );
    await expect(page.getByTestId('cell-Operations-1').getAttribute('data-status')).resolves.toBe('green');
    await page.getByRole('button', { name: "Back to the optimizer's plan" }).click();
    await expect(page.getByTestId('roadmap-value-change').textContent()).resolves.toBe(
      "The optimizer's plan",
    );
  });
});
