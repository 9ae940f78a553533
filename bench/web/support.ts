import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { DEMO_OWNER } from '../../e2e/support/app';
import { CHROMIUM_ARGS } from '../../e2e/support/browser';
import { freePort } from '../../packages/server/src/test/free-port';

/**
 * What bench/web's scripts (run, waterfall, compare, look) share: the demo server, chromium, the demo owner's
 * sign-in, the main pages, "content visible", a median and the load average as printed.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The 1-, 5- and 15-minute load averages, as the benches print them. */
export function loadAverage(): string {
  return os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());

/** CPU time (ms) of chromium's renderer processes so far (from /proc). */
function rendererCpu(): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/** Debian's chromium (or CHROMIUM_PATH), headless, with the e2e suite's flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * `trellis start --demo` on a free loopback port. The data dir is kept between runs (the demo loads once, a
 * few minutes on a busy machine), so a before/after pair measures the same data; `--fresh` starts anew.
 */
export async function startDemo(fresh = false): Promise<{ baseUrl: string; stop: () => Promise<void> }> {
  const dataDir = path.join(os.tmpdir(), 'trellis-bench-web-demo');
  if (fresh) rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(repoRoot, 'packages/server/src/cli.ts'),
      'start',
      '--port',
      String(port),
      '--data-dir',
      dataDir,
      '--demo',
    ],
    {
      cwd: repoRoot,
      env: { ...process.env, NODE_ENV: 'test', TRELLIS_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + 20 * 60_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`server exited with code ${child.exitCode}\n${log.slice(-4000)}`);
    try {
      if ((await fetch(`${baseUrl}/readyz`)).status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the demo server did not become ready\n${log.slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { baseUrl, stop };
}

export interface MainPage {
  name: string;
  module: string;
  path: (ids: DemoIds) => string;
  /** A selector inside <main> that is there only once the page's data has arrived. */
  content: string;
  /** Modules the page loads on demand but always needs for its first paint (the open tab's panel). */
  also?: string[];
}
export interface DemoIds {
  workflowId: string;
  applicationId: string;
}

export const PAGES: MainPage[] = [
  { name: 'home', module: 'src/pages/Home/HomePage.tsx', path: () => '/', content: 'main h1' },
  {
    name: 'portfolio',
    module: 'src/pages/Portfolio/PortfolioPage.tsx',
    path: () => '/portfolio',
    content: 'main table tbody tr',
  },
  {
    name: 'application',
    module: 'src/pages/Portfolio/ApplicationPage.tsx',
    path: (ids) => `/portfolio/${ids.applicationId}`,
    content: 'main h1',
  },
  {
    name: 'evidence',
    module: 'src/pages/Portfolio/EvidencePage.tsx',
    path: (ids) => `/portfolio/${ids.applicationId}/evidence`,
    content: 'main h1',
  },
  {
    name: 'retrospective',
    module: 'src/pages/Portfolio/RetrospectivePage.tsx',
    path: (ids) => `/portfolio/${ids.applicationId}/retrospective`,
    content: 'main h1',
  },
  {
    name: 'executive',
    module: 'src/pages/Executive/ExecutivePage.tsx',
    path: () => '/executive',
    content: 'main section, main [role="region"]',
  },
  {
    name: 'quality dashboard',
    module: 'src/pages/Quality/DashboardPage.tsx',
    path: (ids) => `/quality/${ids.workflowId}`,
    content: 'main h1',
  },
  {
    name: 'review queue',
    module: 'src/pages/Quality/ReviewPage.tsx',
    path: (ids) => `/quality/${ids.workflowId}/review`,
    content: 'main h1',
  },
  {
    name: 'calibration',
    module: 'src/pages/Quality/CalibrationPage.tsx',
    path: (ids) => `/quality/${ids.workflowId}/calibration`,
    content: 'main h1',
  },
  {
    name: 'units',
    module: 'src/pages/Capacity/CapacityPage.tsx',
    path: () => '/capacity/units',
    content: 'main h1',
    also: ['src/pages/Capacity/UnitsPanel.tsx'],
  },
  {
    name: 'roadmap',
    module: 'src/pages/Sequencing/RoadmapPage.tsx',
    path: () => '/sequencing/roadmap',
    content: 'main h1',
  },
  {
    name: 'diagnostic',
    module: 'src/pages/Diagnostic/DiagnosticPage.tsx',
    path: () => '/diagnostic',
    content: 'main h1',
  },
];

/**
 * The time of the first frame in which a page's main content is visible — `main h1` and the page's `content`
 * shown, nothing in `<main>` still busy (no `aria-busy`, skeleton or loader) — in ms from the navigation's
 * start, as the page's own clock reads it. A script the page runs before its own (an init script) checks on
 * every animation frame and reports through a binding: the driver puts nothing into the page while it loads.
 * (Playwright's waitForFunction did: its injected script took ~20 ms of the loading page's main thread.)
 *
 * `watchContent` once per tab, then `load(url)` for each navigation of it.
 */
export async function watchContent(
  page: Page,
  content: string,
): Promise<{ load: (url: string) => Promise<number> }> {
  let report: ((at: number) => void) | undefined;
  await page.exposeFunction('__trellisContentVisible', (at: number) => {
    report?.(at);
    report = undefined;
  });
  // A string, not a function: tsx would wrap nested functions in its `__name`, which the page lacks. What
  // needs no style or layout is checked first: asking for a box makes the browser style and lay the page out
  // there and then.
  await page.addInitScript(`(() => {
    const selector = ${JSON.stringify(content)};
    const check = () => {
      const main = document.querySelector('main');
      const elements = main ? [main.querySelector('h1'), document.querySelector(selector)] : [];
      const shown =
        main &&
        elements.every((element) => element) &&
        !main.querySelector('[aria-busy="true"], .mantine-Skeleton-root, .mantine-Loader-root') &&
        elements.every((element) => {
          const box = element.getBoundingClientRect();
          return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
        });
      if (shown) window.__trellisContentVisible(performance.now());
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`);
  return {
    load: async (url) => {
      const seen = new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${url}: main content not visible in 30 s`)), 30_000);
        report = (at) => {
          clearTimeout(timer);
          resolve(at);
        };
      });
      await page.goto(url, { waitUntil: 'commit' });
      return seen;
    },
  };
}

export async function demoIds(context: BrowserContext, baseUrl: string): Promise<DemoIds> {
  const get = async (p: string) => {
    const response = await context.request.get(`${baseUrl}/api/v1${p}`, {
      headers: { Accept: 'application/json' },
    });
    if (!response.ok()) throw new Error(`${p}: ${response.status()}`);
    return (await response.json()) as { items: { id: string }[] };
  };
  const workflows = await get('/workflows?limit=100');
  const applications = await get('/applications?limit=50');
  return { workflowId: workflows.items[0]!.id, applicationId: applications.items[0]!.id };
}

type SignedIn = Awaited<ReturnType<BrowserContext['storageState']>>;

/**
 * One cold load of `url` (a fresh context: empty cache, the signed-in cookie only, 1,440 × 900): when its main
 * content was visible (ms from navigation start) and the renderer processes' CPU time it took (ms).
 */
export async function coldLoad(
  browser: Browser,
  storageState: SignedIn,
  url: string,
  content: string,
): Promise<{ visible: number; cpu: number }> {
  const context = await browser.newContext({ storageState, viewport: { width: 1440, height: 900 } });
  try {
    const tab = await watchContent(await context.newPage(), content);
    const before = rendererCpu();
    const visible = await tab.load(url);
    return { visible, cpu: rendererCpu() - before };
  } finally {
    await context.close();
  }
}

/**
 * Signs in as the demo's owner in a context of its own and returns what a fresh context needs to start
 * signed in (the cookie only: its cache stays empty) and the demo's ids the page paths take.
 */
export async function signInAsDemoOwner(
  browser: Browser,
  baseUrl: string,
): Promise<{ ids: DemoIds; storageState: SignedIn }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email').fill(DEMO_OWNER.email);
  await page.getByLabel(/^Password/).fill(DEMO_OWNER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${baseUrl}/`);
  const ids = await demoIds(context, baseUrl);
  const storageState = await context.storageState();
  await context.close();
  return { ids, storageState };
}
