import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { DEMO_OWNER } from '../../e2e/support/app';
import { freePort } from '../../packages/server/src/test/free-port';

/** A quick look at the built app on bench:web's demo data dir: screenshots and axe on a few pages. */
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
  const asset = await fetch(`${baseUrl}/`, { headers: { 'accept-encoding': 'br' } });
  console.log(
    'index.html',
    asset.status,
    asset.headers.get('content-encoding'),
    asset.headers.get('cache-control'),
  );
  const session = await fetch(`${baseUrl}/api/v1/session`);
  console.log('signed-out session', session.status);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email').fill(DEMO_OWNER.email);
  await page.getByLabel(/^Password/).fill(DEMO_OWNER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${baseUrl}/`);
  for (const [name, p, width, scheme] of [
    ['executive-390', '/executive', 390, 'light'],
    ['portfolio-1440', '/portfolio', 1440, 'light'],
    ['diagnostic-1024-dark', '/diagnostic', 1024, 'dark'],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${baseUrl}${p}`);
    await page.locator('main h1').first().waitFor({ timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `/tmp/webapp-shots/${name}.png`, fullPage: true });
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    console.log(
      name,
      'axe serious/critical:',
      bad.map((v) => `${v.id}×${v.nodes.length}`).join(', ') || 'none',
    );
    const sizes = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    console.log(name, 'page scrollWidth/clientWidth', sizes.join('/'));
  }
  console.log('console/network errors:', errors);
  await browser.close();
} finally {
  child.kill('SIGTERM');
}
