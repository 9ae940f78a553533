import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const screenshotDir = fileURLToPath(new URL('../screenshots', import.meta.url));

/** Debian chromium's flags for a headless run on a machine without a GPU or network (bench/web too). */
export const CHROMIUM_ARGS = [
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
    args: CHROMIUM_ARGS,
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

/** What `readTheme` measures: relative luminances (0 black … 1 white) and the WCAG contrast of body text. */
export interface Theme {
  scheme: string | null;
  pageLuminance: number;
  cardLuminance: number;
  textContrast: number;
}

/**
 * The colours a person sees: the page's background, the first card's (a Mantine Paper or Card, or a table)
 * and the WCAG 2 contrast ratio of the first paragraph or table cell's text against what lies behind it.
 * Backgrounds are read from the element up to the first opaque ancestor.
 */
export async function readTheme(page: Page): Promise<Theme> {
  return page.evaluate(() => {
    const rgb = (css: string) => {
      const m = /rgba?\(([^)]+)\)/.exec(css);
      if (!m) throw new Error(`not an rgb colour: ${css}`);
      const [r, g, b, a = 1] = m[1]!
        .split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
      return { r: r!, g: g!, b: b!, a };
    };
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const background = (el: Element | null) => {
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.a >= 0.99) return c;
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const card = document.querySelector('.mantine-Paper-root, .mantine-Card-root, table');
    if (!card) throw new Error('no card or table on the page');
    const text = [...document.querySelectorAll('main p, main td, p, td')].find(
      (e) => (e as HTMLElement).innerText?.trim() && (e as HTMLElement).offsetParent !== null,
    );
    if (!text) throw new Error('no visible paragraph or table cell');
    const fg = luminance(rgb(getComputedStyle(text).color));
    const bg = luminance(background(text));
    return {
      scheme: document.documentElement.getAttribute('data-mantine-color-scheme'),
      pageLuminance: luminance(background(document.body)),
      cardLuminance: luminance(background(card)),
      textContrast: (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05),
    };
  });
}
