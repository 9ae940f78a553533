import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const screenshotDir = fileURLToPath(new URL('../screenshots', import.meta.url));

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

/** Debian's chromium with a fresh profile; playwright's own temp files go to a scratch dir we remove. */
export async function openBrowser(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<Browser> {
  const scratch = mkdtempSync(join(tmpdir(), 'trellis-e2e-browser-'));
  const profile = join(scratch, 'profile');
  const tmp = join(scratch, 'tmp');
  mkdirSync(tmp);
  // playwright creates its artifacts dir in os.tmpdir() while launching; keep it inside the scratch dir.
  const previousTmp = process.env.TMPDIR;
  process.env.TMPDIR = tmp;
  const launching = chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ARGS,
    env: { ...process.env, TMPDIR: tmp },
    viewport: { width: 1280, height: 860 },
    colorScheme: options.colorScheme ?? 'light',
    permissions: ['clipboard-read', 'clipboard-write'],
    acceptDownloads: true,
  });
  const context = await launching.finally(() => {
    if (previousTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmp;
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/** Full-page screenshot into e2e/screenshots/<name>.png, after fonts and transitions settle. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  // From the top, so a sticky header sits where people see it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}
