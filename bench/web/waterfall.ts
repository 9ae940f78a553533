import os from 'node:os';
import type { Page } from 'playwright-core';
import { profileCold } from './profile';
import {
  launchChromium,
  loadAverage,
  median,
  PAGES,
  signInAsDemoOwner,
  startDemo,
  watchContent,
} from './support';

/**
 * `npm run bench:web:waterfall -- [page-name …] [--runs N]` (default: executive): where a first load's time
 * goes. Against the current build (`npm run build:web` first) on bench:web's demo, for one cold load (a fresh
 * browser context: empty cache, the signed-in cookie only) and one warm load (the same context again) of each
 * page, prints every request relative to navigation start (from the page's own Resource Timing: start, time
 * to first byte — on loopback that is the server's time — and end), the main thread's long tasks (script
 * compile/evaluate, rendering), Chromium's script/layout/style totals (CDP Performance.getMetrics), first
 * paint, and the moment main content is visible (bench:web's definition). With `--runs N`, only the
 * milestones' medians over N cold and N warm loads. With `--profile`, one more cold load under V8's sampling
 * profiler (profile.ts): the main thread's self time by script and by function, and the profile for DevTools.
 */
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 1;
const PROFILE = args.includes('--profile');
const names = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs');
const pages = names.length
  ? PAGES.filter((p) => names.includes(p.name))
  : PAGES.filter((p) => p.name === 'executive');
if (!pages.length) throw new Error(`no such page; one of: ${PAGES.map((p) => p.name).join(', ')}`);

type Tab = Awaited<ReturnType<typeof watchContent>>;

interface Probe {
  resources: {
    name: string;
    type: string;
    start: number;
    requestStart: number;
    responseStart: number;
    end: number;
    transfer: number;
  }[];
  paints: Record<string, number>;
  longTasks: { start: number; duration: number }[];
  mainStates: { at: number; state: string }[];
  domContentLoaded: number;
  htmlEnd: number;
  visible: number;
}

/** Collects long tasks from the first byte of the document on (the observer is buffered). */
const INIT = `(() => {
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  // What <main> shows over time: each change of its h1 and of what in it is still busy.
  window.__mainStates = [];
  let last = '';
  new MutationObserver(() => {
    const main = document.querySelector('main');
    const busy = main ? [...main.querySelectorAll('[aria-busy="true"], .mantine-Skeleton-root, .mantine-Loader-root')] : [];
    const state = (main ? 'main' : 'no main') + (main && main.querySelector('h1') ? ' h1' : '') +
      (busy.length ? ' busy: ' + busy.map((e) => (e.getAttribute('aria-label') || e.className.split(' ')[0]) + '@' + (e.closest('[class*="Card"],section,[role="region"]')?.querySelector('h2,h3')?.textContent || '')).join(', ') : '');
    if (state !== last) {
      last = state;
      window.__mainStates.push({ at: performance.now(), state });
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
})();`;

async function probe(
  page: Page,
  tab: Tab,
  url: string,
): Promise<Probe & { metrics: Record<string, number> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await cdp.send('Performance.getMetrics');
  const visible = await tab.load(url);
  const after = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const metric = (list: { name: string; value: number }[], name: string) =>
    list.find((m) => m.name === name)?.value ?? 0;
  const metrics: Record<string, number> = {};
  for (const name of ['ScriptDuration', 'TaskDuration', 'LayoutDuration', 'RecalcStyleDuration']) {
    metrics[name] = (metric(after.metrics, name) - metric(before.metrics, name)) * 1000;
  }
  const data = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      resources: [nav, ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[])].map(
        (e) => ({
          name: e.name,
          type: e.initiatorType,
          start: e.startTime,
          requestStart: e.requestStart,
          responseStart: e.responseStart,
          end: e.responseEnd,
          transfer: e.transferSize,
        }),
      ),
      paints: Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime])),
      longTasks: (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks,
      mainStates: (window as unknown as { __mainStates: { at: number; state: string }[] }).__mainStates,
      domContentLoaded: nav.domContentLoadedEventEnd,
      htmlEnd: nav.responseEnd,
    };
  });
  return { ...data, visible, metrics };
}

const ms = (n: number) => `${Math.round(n)}`.padStart(5);
const short = (url: string) => {
  const u = new URL(url);
  return (u.pathname + u.search).replace(/^\/assets\//, '').slice(0, 70);
};

function print(label: string, p: Probe & { metrics: Record<string, number> }) {
  console.log(`\n${label}  (load ${loadAverage()})`);
  console.log('  start |  ttfb |   end | KB xfer | request');
  for (const r of [...p.resources].sort((a, b) => a.start - b.start)) {
    const ttfb = r.responseStart > 0 && r.requestStart > 0 ? r.responseStart - r.requestStart : Number.NaN;
    console.log(
      `  ${ms(r.start)} | ${Number.isNaN(ttfb) ? '    -' : ms(ttfb)} | ${ms(r.end)} | ${(r.transfer / 1024).toFixed(1).padStart(7)} | ${r.type === 'navigation' ? 'document ' : ''}${short(r.name)}`,
    );
  }
  const js = p.resources.filter((r) => r.name.endsWith('.js'));
  const api = p.resources.filter((r) => r.name.includes('/api/'));
  const busy = p.longTasks.reduce((s, t) => s + t.duration, 0);
  console.log(
    `  long tasks (≥ 50 ms): ${p.longTasks.map((t) => `${ms(t.start).trim()}+${Math.round(t.duration)}`).join(', ') || 'none'} — ${Math.round(busy)} ms`,
  );
  console.log(`  <main>: ${p.mainStates.map((m) => `${Math.round(m.at)} ${m.state}`).join(' → ')}`);
  console.log(
    `  main thread: script ${Math.round(p.metrics.ScriptDuration!)} ms, style ${Math.round(p.metrics.RecalcStyleDuration!)} ms, layout ${Math.round(p.metrics.LayoutDuration!)} ms, all tasks ${Math.round(p.metrics.TaskDuration!)} ms`,
  );
  const first = (list: typeof js, key: 'start' | 'end', pick: (a: number, b: number) => number) =>
    list.length ? list.map((r) => r[key]).reduce((a, b) => pick(a, b)) : Number.NaN;
  console.log(
    `  milestones: html ${Math.round(p.htmlEnd)} · ${js.length} JS files ${Math.round(first(js, 'start', Math.min))}→${Math.round(first(js, 'end', Math.max))} · DOMContentLoaded ${Math.round(p.domContentLoaded)} · first paint ${Math.round(p.paints['first-paint'] ?? Number.NaN)} · ${api.length} API calls ${Math.round(first(api, 'start', Math.min))}→${Math.round(first(api, 'end', Math.max))} · content visible ${Math.round(p.visible)}`,
  );
}

function milestones(p: Probe) {
  const js = p.resources.filter((r) => r.name.endsWith('.js'));
  const api = p.resources.filter((r) => r.name.includes('/api/'));
  return {
    html: p.htmlEnd,
    jsDone: Math.max(...js.map((r) => r.end), 0),
    dcl: p.domContentLoaded,
    firstApi: Math.min(...api.map((r) => r.start)),
    lastApi: Math.max(...api.map((r) => r.end), 0),
    visible: p.visible,
  };
}

const server = await startDemo();
const browser = await launchChromium();
try {
  const { ids, storageState } = await signInAsDemoOwner(browser, server.baseUrl);
  for (const page of pages) {
    const url = `${server.baseUrl}${page.path(ids)}`;
    // One load first, unmeasured: the server's own first-time costs (its first query of each kind) are not a
    // browser's cold load.
    const warmUp = await browser.newContext({ storageState, viewport: { width: 1440, height: 900 } });
    await (await watchContent(await warmUp.newPage(), page.content)).load(url);
    await warmUp.close();
    const cold: Probe[] = [];
    const warm: Probe[] = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ storageState, viewport: { width: 1440, height: 900 } });
      await context.addInitScript(INIT);
      const tabPage = await context.newPage();
      const tab = await watchContent(tabPage, page.content);
      const p = await probe(tabPage, tab, url);
      if (RUNS === 1) print(`${page.name} — cold`, p);
      cold.push(p);
      const q = await probe(tabPage, tab, url);
      if (RUNS === 1) print(`${page.name} — warm`, q);
      warm.push(q);
      await context.close();
    }
    if (PROFILE) {
      const context = await browser.newContext({ storageState, viewport: { width: 1440, height: 900 } });
      console.log(`\n${page.name} — cold, profiled (load ${os.loadavg()[0]!.toFixed(2)})`);
      await profileCold(await context.newPage(), page.name, url, page.content);
      await context.close();
    }
    if (RUNS > 1)
      for (const [label, list] of [
        ['cold', cold],
        ['warm', warm],
      ] as const) {
        const m = list.map(milestones);
        const med = (key: keyof ReturnType<typeof milestones>) => Math.round(median(m.map((x) => x[key])));
        console.log(
          `${page.name} ${label} (median of ${RUNS}): html ${med('html')} · JS done ${med('jsDone')} · DOMContentLoaded ${med('dcl')} · first API ${med('firstApi')} · last API ${med('lastApi')} · content visible ${med('visible')} ms`,
        );
      }
  }
} finally {
  await browser.close();
  await server.stop();
}
