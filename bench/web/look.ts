import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findClipped } from '../../e2e/support/clipped';
import { freePort } from '../../packages/server/src/test/free-port';
import { launchChromium, signInAsDemoOwner } from './support';

/**
 * A look at the built app on bench:web's demo data dir (run `npm run bench:web` once first): a full-page
 * screenshot of each main page at 390, 1,024 and 1,440 px in light and dark to /tmp/webapp-shots, and the
 * text each one clips or breaks (bench/web/clipped.ts). `tsx bench/web/look.ts [page-name …]` for some.
 */
const only = process.argv.slice(2);
const out = '/tmp/webapp-shots';
mkdirSync(out, { recursive: true });
const dataDir = path.join(os.tmpdir(), 'trellis-bench-web-demo');
const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const child = spawn(
  process.execPath,
  ['--import', 'tsx', 'packages/server/src/cli.ts', 'start', '--port', String(port), '--data-dir', dataDir],
  { env: { ...process.env, NODE_ENV: 'test', TRELLIS_DATA_DIR: dataDir }, stdio: 'ignore' },
);
try {
  for (;;) {
    try {
      if ((await fetch(`${baseUrl}/readyz`)).ok) break;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  const browser = await launchChromium();
  const demo = await signInAsDemoOwner(browser, baseUrl);
  const ids = { workflow: demo.ids.workflowId, application: demo.ids.applicationId };
  const context = await browser.newContext({
    storageState: demo.storageState,
    viewport: { width: 1440, height: 900 },
  });
  // tsx keeps function names with a `__name` helper the page does not have.
  await context.addInitScript('globalThis.__name ??= (f) => f');
  const page = await context.newPage();
  const pages: [string, string][] = [
    ['overview', '/'],
    ['portfolio', '/portfolio'],
    ['application', `/portfolio/${ids.application}`],
    ['evidence', `/portfolio/${ids.application}/evidence`],
    ['retrospective', `/portfolio/${ids.application}/retrospective`],
    ['executive', '/executive'],
    ['quality', '/quality'],
    ['quality-dashboard', `/quality/${ids.workflow}`],
    ['review-queue', `/quality/${ids.workflow}/review`],
    ['calibration', `/quality/${ids.workflow}/calibration`],
    ['units', '/capacity/units'],
    ['heatmap', '/capacity'],
    ['roadmap', '/sequencing/roadmap'],
    ['diagnostic', '/diagnostic'],
  ];
  for (const [name, p] of pages.filter(([name]) => only.length === 0 || only.includes(name)))
    for (const width of [390, 1024, 1440])
      for (const scheme of ['light', 'dark'] as const) {
        await page.setViewportSize({ width, height: 2400 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${baseUrl}${p}`);
        await page.locator('main h1').first().waitFor({ timeout: 120_000 });
        await page.waitForLoadState('networkidle');
        await page.waitForFunction(
          () =>
            !document.querySelector(
              'main [aria-busy="true"], main .mantine-Skeleton-root, main .mantine-Loader-root',
            ),
          undefined,
          { timeout: 120_000 },
        );
        // In tiles of 1,200 px: a whole page at 390 px is too tall to read as one picture.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0, tile = 0; y < height; y += 1200, tile++)
          await page.screenshot({
            path: `${out}/${name}-${width}-${scheme}-${tile}.png`,
            fullPage: true,
            clip: { x: 0, y, width, height: Math.min(1200, height - y) },
          });
        const clipped = await page.evaluate(findClipped);
        console.log(
          `${name} ${width} ${scheme}: ${clipped.length ? clipped.join('\n    ') : 'nothing clipped'}`,
        );
      }
  await browser.close();
} finally {
  child.kill('SIGTERM');
}
