import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_OWNER, expectPath, sessionCall, signIn } from './support/app';
import { type Browser, openBrowser, screenshot } from './support/browser';
import { findClipped } from './support/clipped';
import { startServer, type TrellisServer } from './support/server';

/**
 * The web app as everyone meets it, on the demo: every main page passes axe-core (WCAG 2.2 A/AA) in light
 * and dark mode with no serious or critical violation; the main journeys leave the console clean (no
 * errors, no failed requests — expected states are states, not 4xx); main content never overflows at 390,
 * 1,024 and 1,440 px, and no text in it is cut or broken mid-word (support/clipped.ts), the organization
 * switcher's name included; an AI output's GFM table and nested list render as a table and nested lists in
 * the review queue; a cold load asks for a main page's data while its code is still on the way, once; and it
 * starts the session check and the page's code before the app's entry has arrived (the boot script).
 */
interface MainPage {
  name: string;
  path: string;
}

let server: TrellisServer;
let browser: Browser;
let pages: MainPage[] = [];
let workflowId = '';
const DEMO_ORGANIZATION = 'Northwind Learning (demo)';
const consoleErrors: string[] = [];
const failedRequests: string[] = [];

/** The page's h1 is shown and nothing in <main> is still loading. */
async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor({ state: 'visible' });
  await page.waitForFunction(
    () =>
      !document.querySelector(
        'main [aria-busy="true"], main .mantine-Skeleton-root, main .mantine-Loader-root',
      ),
  );
  await page.waitForLoadState('networkidle').catch(() => undefined);
}

async function visit(page: Page, path: string): Promise<void> {
  await page.goto(`${server.baseUrl}${path}`);
  await settled(page);
}

beforeAll(async () => {
  // A busy machine can take minutes to load the demo.
  server = await startServer({ demo: true, readyTimeoutMs: 1_200_000 });
  browser = await openBrowser();
  const { page } = browser;
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('requestfailed', (request) => failedRequests.push(`${request.method()} ${request.url()} failed`));
  page.on('response', (response) => {
    if (response.status() >= 400)
      failedRequests.push(`${response.request().method()} ${response.url()} → ${response.status()}`);
  });
  // Signed out first: the first visit of everyone.
  await page.goto(`${server.baseUrl}/`);
  await expectPath(page, '/sign-in');
  await signIn(page, DEMO_OWNER);
  await expectPath(page, '/');
  const workflows = await sessionCall<{ body: { items: { id: string }[] } }>(page, 'GET', '/workflows');
  const applications = await sessionCall<{ body: { items: { id: string }[] } }>(page, 'GET', '/applications');
  workflowId = workflows.body.items[0]!.id;
  const applicationId = applications.body.items[0]!.id;
  pages = [
    { name: 'overview', path: '/' },
    { name: 'portfolio', path: '/portfolio' },
    { name: 'application', path: `/portfolio/${applicationId}` },
    { name: 'evidence', path: `/portfolio/${applicationId}/evidence` },
    { name: 'retrospective', path: `/portfolio/${applicationId}/retrospective` },
    { name: 'executive', path: '/executive' },
    { name: 'quality', path: '/quality' },
    { name: 'quality dashboard', path: `/quality/${workflowId}` },
    { name: 'review queue', path: `/quality/${workflowId}/review` },
    { name: 'calibration', path: `/quality/${workflowId}/calibration` },
    { name: 'units', path: '/capacity/units' },
    { name: 'sequencing', path: '/sequencing' },
    { name: 'roadmap', path: '/sequencing/roadmap' },
    { name: 'diagnostic', path: '/diagnostic' },
    { name: 'decisions', path: '/decisions' },
    { name: 'learning', path: '/learning' },
  ];
}, 1_500_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the web app on the demo', () => {
  it('keeps the console clean on the main journeys: no errors, no failed requests', async () => {
    for (const { path } of pages) await visit(browser.page, path);
    expect(consoleErrors).toEqual([]);
    expect(failedRequests).toEqual([]);
  }, 600_000);

  it.each(['light', 'dark'] as const)(
    'has no serious or critical axe-core violation (WCAG 2.2 AA) on any main page in %s mode',
    async (scheme) => {
      const { page } = browser;
      await page.emulateMedia({ colorScheme: scheme });
      const found: string[] = [];
      for (const { name, path } of pages) {
        await visit(page, path);
        const result = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        for (const v of result.violations)
          if (v.impact === 'serious' || v.impact === 'critical')
            found.push(
              `${name} (${scheme}): ${v.id} ×${v.nodes.length} — ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(' '))
                .join(' | ')}`,
            );
      }
      await page.emulateMedia({ colorScheme: 'light' });
      expect(found).toEqual([]);
    },
    900_000,
  );

  it.each([390, 1024, 1440])(
    'holds its layout at %i px: no main content wider than the window, no text cut or broken mid-word',
    async (width) => {
      const { page } = browser;
      await page.setViewportSize({ width, height: 900 });
      const overflowing: string[] = [];
      for (const { name, path } of pages) {
        await visit(page, path);
        const sizes = await page.evaluate(() => {
          const main = document.querySelector('main')!;
          const root = document.documentElement;
          return {
            main: [main.scrollWidth, main.clientWidth],
            page: [root.scrollWidth, root.clientWidth],
          };
        });
        if (sizes.main[0]! > sizes.main[1]! || sizes.page[0]! > sizes.page[1]!)
          overflowing.push(`${name}: main ${sizes.main.join('/')} page ${sizes.page.join('/')}`);
        // The script's own function names need the `__name` helper the transform adds; the page has none.
        await page.evaluate('globalThis.__name ??= (f) => f');
        for (const clipped of await page.evaluate(findClipped)) overflowing.push(`${name}: ${clipped}`);
        if (['executive', 'portfolio', 'roadmap', 'units'].includes(name))
          await screenshot(page, `layout-${width}-${name}`);
      }
      await page.setViewportSize({ width: 1280, height: 860 });
      expect(overflowing).toEqual([]);
    },
    900_000,
  );

  it.each([
    [390, 'light'],
    [390, 'dark'],
    [1024, 'light'],
    [1024, 'dark'],
    [1440, 'light'],
    [1440, 'dark'],
  ] as const)(
    'shows the whole organization name in the switcher at %i px (%s)',
    async (width, scheme) => {
      const { page } = browser;
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await visit(page, '/executive');
      // On a phone the switcher is at the top of the navigation drawer.
      if (width < 768) await page.getByRole('button', { name: 'Toggle navigation' }).click();
      const switcher = page.getByRole('combobox', { name: 'Organization', exact: true });
      await switcher.waitFor({ state: 'visible' });
      expect(await switcher.inputValue()).toBe(DEMO_ORGANIZATION);
      const box = await switcher.evaluate((el) => [el.scrollWidth, el.clientWidth]);
      expect(box[0]).toBeLessThanOrEqual(box[1]! + 1);
      await page.evaluate('globalThis.__name ??= (f) => f');
      expect(await page.evaluate(findClipped)).toEqual([]);
      await screenshot(page, `org-switcher-${width}-${scheme}`);
      if (width < 768) await page.getByRole('button', { name: 'Toggle navigation' }).click();
      await page.emulateMedia({ colorScheme: 'light' });
      await page.setViewportSize({ width: 1280, height: 860 });
    },
    120_000,
  );

  it('asks for a main page’s data on a cold load while the page’s code is still on the way, and once', async () => {
    // The executive summary's page chunk, from the build the server serves.
    const manifest = JSON.parse(
      readFileSync(new URL('../packages/web/dist/.vite/manifest.json', import.meta.url), 'utf8'),
    ) as Record<string, { file: string }>;
    const chunk = manifest['src/pages/Executive/ExecutivePage.tsx']!.file;
    const page = await browser.context.newPage();
    // Cold: nothing from the HTTP cache.
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const events: string[] = [];
    let dataRequests = 0;
    let requested: () => void = () => undefined;
    const dataRequested = new Promise<void>((resolve) => {
      requested = resolve;
    });
    page.on('request', (request) => {
      if (new URL(request.url()).pathname !== '/api/v1/executive-summary') return;
      dataRequests += 1;
      events.push('data requested');
      requested();
    });
    page.on('requestfinished', (request) => {
      if (request.url().endsWith(chunk)) events.push('code loaded');
    });
    // The page's code is held until its data has been asked for. An app that asks only once the code has
    // run would never ask: after 5 s the code goes anyway, and the order of events shows the chain.
    await page.route(`**/${chunk}`, async (route) => {
      await Promise.race([dataRequested, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      events.push('code released');
      await route.continue();
    });
    await page.goto(`${server.baseUrl}/executive`);
    await settled(page);
    await page.close();
    expect(events).toEqual(['data requested', 'code released', 'code loaded']);
    expect(dataRequests).toBe(1);
  }, 120_000);

  it('asks for a main page’s data on a cold load before the app’s entry has arrived, and once', async () => {
    // The boot script starts the route's data as soon as the session answers (route-table.ts); the app then
    // adopts those answers instead of asking again.
    const manifest = JSON.parse(
      readFileSync(new URL('../packages/web/dist/.vite/manifest.json', import.meta.url), 'utf8'),
    ) as Record<string, { file: string; isEntry?: boolean }>;
    const entry = Object.values(manifest).find((chunk) => chunk.isEntry)!.file;
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const events: string[] = [];
    const asked = new Map<string, number>();
    let requested: () => void = () => undefined;
    const dataRequested = new Promise<void>((resolve) => {
      requested = resolve;
    });
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (!['/api/v1/executive-summary', '/api/v1/planning/recommendations', '/api/v1/demo'].includes(path))
        return;
      asked.set(path, (asked.get(path) ?? 0) + 1);
      if (path === '/api/v1/executive-summary') {
        events.push('data requested');
        requested();
      }
    });
    // The entry is held until the data has been asked for: an app that asks only once its entry has run
    // would never ask; after 5 s the entry goes anyway, and the order of events shows the chain.
    await page.route(`**/${entry}`, async (route) => {
      await Promise.race([dataRequested, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      events.push('entry released');
      await route.continue();
    });
    await page.goto(`${server.baseUrl}/executive`);
    await settled(page);
    expect(await page.locator('main h1').first().textContent()).toBe('Executive summary');
    await page.close();
    expect(events).toEqual(['data requested', 'entry released']);
    expect(Object.fromEntries(asked)).toEqual({
      '/api/v1/executive-summary': 1,
      '/api/v1/planning/recommendations': 1,
      '/api/v1/demo': 1,
    });
  }, 120_000);

  it('starts the session check and the page’s code on a cold load before the app’s entry has arrived', async () => {
    const manifest = JSON.parse(
      readFileSync(new URL('../packages/web/dist/.vite/manifest.json', import.meta.url), 'utf8'),
    ) as Record<string, { file: string; isEntry?: boolean }>;
    const entry = Object.values(manifest).find((chunk) => chunk.isEntry)!.file;
    const pageChunk = manifest['src/pages/Executive/ExecutivePage.tsx']!.file;
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const events: string[] = [];
    const seen = new Set<string>();
    let release: () => void = () => undefined;
    const bothRequested = new Promise<void>((resolve) => {
      release = resolve;
    });
    page.on('request', (request) => {
      const url = new URL(request.url());
      const what =
        url.pathname === '/api/v1/session'
          ? 'session requested'
          : url.pathname.endsWith(pageChunk)
            ? 'page code requested'
            : null;
      if (!what || seen.has(what)) return;
      seen.add(what);
      events.push(what);
      if (seen.size === 2) release();
    });
    // The entry is held until both have been asked for. An app that asks only once its entry has run would
    // never ask: after 5 s the entry goes anyway, and the order of events shows the chain.
    await page.route(`**/${entry}`, async (route) => {
      await Promise.race([bothRequested, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      events.push('entry released');
      await route.continue();
    });
    await page.goto(`${server.baseUrl}/executive`);
    await settled(page);
    await page.close();
    expect(events.slice(0, 2).sort()).toEqual(['page code requested', 'session requested']);
    expect(events[2]).toBe('entry released');
  }, 120_000);

  it('renders an output’s GFM table and nested list as a table and nested lists in the review queue', async () => {
    const { page } = browser;
    const workflow = await sessionCall<{ status: number; body: { id: string } }>(page, 'POST', '/workflows', {
      name: 'Module outlines',
    });
    expect(workflow.status).toBe(201);
    const standard = await sessionCall<{ status: number }>(
      page,
      'POST',
      `/workflows/${workflow.body.id}/standards`,
      {
        criteria: [{ key: 'accurate', label: 'Accurate', kind: 'pass_fail', severity: 'critical' }],
        defectRule: { kind: 'any_critical_fail' },
        outgoingLimit: 0.01,
        limitScope: 'workflow',
        policy: 'full',
        segmentKeys: [],
        doubleReviewFraction: 0,
      },
    );
    expect(standard.status).toBe(201);
    const content = [
      '## Module 3 outline',
      '',
      '| Lesson | Minutes | Bloom level |',
      '| --- | ---: | --- |',
      '| Fractions | 20 | Apply |',
      '| Ratios | 25 | Analyse |',
      '',
      '- Week 1',
      '  - Fractions',
      '    - Worked example',
      '  - Ratios',
      '- Week 2',
    ].join('\n');
    const logged = await sessionCall<{ status: number }>(
      page,
      'POST',
      `/workflows/${workflow.body.id}/outputs/batch`,
      {
        outputs: [{ clientId: 'outline-3', content }],
      },
    );
    expect(logged.status).toBe(200);
    await page.goto(`${server.baseUrl}/quality/${workflow.body.id}/review`);
    const output = page.getByTestId('review-area').getByTestId('output-content');
    const table = output.locator('table');
    await table.waitFor();
    expect(await table.locator('thead th').allTextContents()).toEqual(['Lesson', 'Minutes', 'Bloom level']);
    expect(await table.locator('tbody tr').count()).toBe(2);
    expect(await output.getByText('| Lesson |').count()).toBe(0);
    // Three levels of lists, each inside an item of the one above.
    await output.locator('ul > li ul > li ul > li', { hasText: 'Worked example' }).waitFor();
    expect(
      await output.locator('ul > li', { hasText: 'Week 1' }).locator('ul > li').first().textContent(),
    ).toContain('Fractions');
    await screenshot(page, 'review-queue-markdown');
  }, 300_000);
});
