import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import {
  coldLoad,
  launchChromium,
  loadAverage,
  median,
  PAGES,
  signInAsDemoOwner,
  startDemo,
  watchContent,
} from './support';
import { coldVerdict, fewestLoads } from './verdict';

/**
 * `npm run bench:web` (issue 22): builds the web app, prints the initial JS/CSS of each main route (the entry
 * and the route's chunk with everything they import statically, from the vite manifest; raw, gzip, brotli),
 * then loads each main page of the demo with Debian's chromium on loopback, 60 times cold (a fresh browser
 * context: empty cache, signed-in cookie only) and 5 times warm (the same context again), and prints the
 * median time from navigation to "main content visible": the page's h1 shown and nothing in <main> still
 * busy (no skeleton, no loader), plus the page's own content selector. The cold loads go in rounds, each
 * page once per round (in an order that turns round by round), so a slow stretch of the machine falls on
 * every page alike rather than on the one being measured; the verdict on the cold target comes from each
 * page's confidence interval for its median (verdict.ts). `--runs N` for another count of cold loads,
 * `--no-build` to measure the current dist, `--sizes-only` for the size columns alone.
 */
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 60;
const WARM_RUNS = 5;
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const distArg = args.indexOf('--dist');
const dist = distArg >= 0 ? path.resolve(args[distArg + 1]!) : path.join(repoRoot, 'packages/web/dist');
const JS_TARGET_KB = 250;
const COLD_TARGET_MS = 1000;

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** A main page: where it lives in the router, its page module, and what shows its content once loaded. */

interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}
const sizeCache = new Map<string, Size>();
function sizeOf(file: string): Size {
  let size = sizeCache.get(file);
  if (!size) {
    const bytes = readFileSync(path.join(dist, file));
    size = {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes).length,
    };
    sizeCache.set(file, size);
  }
  return size;
}
const sum = (files: Iterable<string>): Size => {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const size = sizeOf(file);
    total.raw += size.raw;
    total.gzip += size.gzip;
    total.brotli += size.brotli;
  }
  return total;
};

/**
 * The files a first visit to the route fetches before the page can draw: the boot script, entry + route
 * chunk, static imports.
 */
function initialFiles(
  manifest: Manifest,
  pageModule: string,
  also: string[] = [],
): { js: Set<string>; css: Set<string> } {
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || js.has(chunk.file)) return;
    js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)?.[0];
  if (!entry) throw new Error('no entry in the vite manifest');
  // The classic scripts index.html loads before the entry (the boot script, packages/web/boot-script.ts).
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  for (const m of html.matchAll(/<script src="\/([^"]+)"><\/script>/g)) js.add(m[1]!);
  visit(entry);
  // A page bundled into the entry has no key of its own: the entry is all it needs.
  if (manifest[pageModule]) visit(pageModule);
  for (const module of also) {
    // A module other chunks import too sits in a shared chunk (key `_Name-hash.js`) the page imports lazily.
    const name = path.basename(module).replace(/\.tsx?$/, '');
    const key = manifest[module]
      ? module
      : manifest[pageModule]?.dynamicImports?.find((k) => k.startsWith(`_${name}-`));
    if (!key) throw new Error(`${module}: no chunk of it in the vite manifest`);
    visit(key);
  }
  return { js, css };
}

/**
 * Cycles among the built chunks' static imports (chunk files, from the manifest). A cycle between the entry
 * (or a shared chunk it imports) and a lazy chunk makes the first load wait for that lazy chunk, or
 * runs a module before the one it needs ("g is not a function"): there must be none.
 */
function chunkCycles(manifest: Manifest): string[][] {
  const byFile = new Map<string, string[]>();
  for (const chunk of Object.values(manifest)) {
    if (!chunk.file.endsWith('.js')) continue;
    const imports = (chunk.imports ?? []).map((key) => manifest[key]?.file).filter((f): f is string => !!f);
    byFile.set(chunk.file, [...new Set([...(byFile.get(chunk.file) ?? []), ...imports])]);
  }
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of byFile.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of byFile.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

interface PageResult {
  name: string;
  path: string;
  jsRawKB: number;
  jsGzipKB: number;
  jsBrotliKB: number;
  cssRawKB: number;
  cssGzipKB: number;
  coldMs?: number[];
  warmMs?: number[];
  coldMedianMs?: number;
  warmMedianMs?: number;
  /** The renderer processes' CPU time per cold load (ms). */
  coldRendererCpuMs?: number[];
}

async function main() {
  if (!args.includes('--no-build')) {
    console.log('Building the web app …');
    execFileSync('npm', ['run', 'build:web', '--silent'], { cwd: repoRoot, stdio: 'inherit' });
  }
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
  const results: PageResult[] = PAGES.map((page) => {
    const { js, css } = initialFiles(manifest, page.module, page.also);
    const jsSize = sum(js);
    const cssSize = sum(css);
    return {
      name: page.name,
      path: '',
      jsRawKB: jsSize.raw / 1024,
      jsGzipKB: jsSize.gzip / 1024,
      jsBrotliKB: jsSize.brotli / 1024,
      cssRawKB: cssSize.raw / 1024,
      cssGzipKB: cssSize.gzip / 1024,
    };
  });

  const cycles = chunkCycles(manifest);
  console.log(
    cycles.length
      ? `Chunk graph: ${cycles.length} cycle(s) among static imports — NOT met\n${cycles.map((c) => `  ${c.join(' → ')}`).join('\n')}`
      : 'Chunk graph: no cycle among the chunks’ static imports',
  );

  const timed = !args.includes('--sizes-only');
  const startLoad = os.loadavg();
  if (timed) console.log(`Starting the demo (PGlite, loopback) … load ${loadAverage()}`);
  const server = timed ? await startDemo(args.includes('--fresh')) : null;
  let browser: Browser | undefined;
  let loadSpan = '';
  if (server)
    try {
      browser = await launchChromium();
      const { ids, storageState } = await signInAsDemoOwner(browser, server.baseUrl);

      const urls = PAGES.map((page) => `${server.baseUrl}${page.path(ids)}`);
      const before = loadAverage();
      for (const [index, page] of PAGES.entries()) {
        results[index]!.path = page.path(ids);
        results[index]!.coldMs = [];
        results[index]!.coldRendererCpuMs = [];
      }
      for (let round = 0; round < RUNS; round++) {
        for (let step = 0; step < PAGES.length; step++) {
          const index = (round + step) % PAGES.length;
          const load = await coldLoad(browser, storageState, urls[index]!, PAGES[index]!.content);
          results[index]!.coldMs!.push(Math.round(load.visible));
          results[index]!.coldRendererCpuMs!.push(Math.round(load.cpu));
        }
        if ((round + 1) % 5 === 0 || round + 1 === RUNS)
          console.log(`  cold round ${round + 1} of ${RUNS} (load ${loadAverage()})`);
      }
      for (const [index, page] of PAGES.entries()) {
        const result = results[index]!;
        const context = await browser.newContext({ storageState, viewport: { width: 1440, height: 900 } });
        const tab = await watchContent(await context.newPage(), page.content);
        await tab.load(urls[index]!);
        const warm: number[] = [];
        for (let run = 0; run < WARM_RUNS; run++) warm.push(await tab.load(urls[index]!));
        await context.close();
        result.warmMs = warm.map(Math.round);
        result.coldMedianMs = Math.round(median(result.coldMs!));
        result.warmMedianMs = Math.round(median(warm));
        console.log(
          `  ${page.name}: cold ${result.coldMedianMs} ms, warm ${result.warmMedianMs} ms, renderer CPU ${median(result.coldRendererCpuMs!)} ms per cold load`,
        );
      }
      loadSpan = `${before} → ${loadAverage()}`;
    } finally {
      await browser?.close();
      await server.stop();
    }
  else console.log('--sizes-only: no loads timed');

  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const cold = timed
    ? coldVerdict(
        results.map((r) => ({ name: r.name, cold: r.coldMs ?? [] })),
        COLD_TARGET_MS,
      )
    : null;
  const span = (name: string) => {
    const interval = cold?.perPage.find((p) => p.name === name)?.interval;
    return interval ? `${interval.low}–${interval.high}` : '-';
  };
  console.log(
    `\nbench:web — ${RUNS} cold (in rounds) + ${WARM_RUNS} warm loads per page, Debian chromium, demo on PGlite, ${os.cpus().length} CPUs; load average ${loadSpan || 'not timed'}`,
  );
  if (cold)
    console.log(
      `cold interval: each page's ${(cold.pageConfidence * 100).toFixed(2)} % interval for its median (95 % for all ${results.length} pages together)`,
    );
  console.log(
    `page               | JS raw KB | JS gzip KB | JS br KB | CSS raw KB | CSS gzip KB | cold ms | cold interval | cold > ${COLD_TARGET_MS} | warm ms`,
  );
  console.log(
    '-------------------|-----------|------------|----------|------------|-------------|---------|---------------|-------------|--------',
  );
  for (const r of results) {
    const over = r.coldMs
      ? `${r.coldMs.filter((ms) => ms > COLD_TARGET_MS).length} of ${r.coldMs.length}`
      : '-';
    console.log(
      [
        r.name.padEnd(18),
        kb(r.jsRawKB * 1024).padStart(9),
        kb(r.jsGzipKB * 1024).padStart(10),
        kb(r.jsBrotliKB * 1024).padStart(8),
        kb(r.cssRawKB * 1024).padStart(10),
        kb(r.cssGzipKB * 1024).padStart(11),
        String(r.coldMedianMs ?? '-').padStart(7),
        span(r.name).padStart(13),
        over.padStart(11),
        String(r.warmMedianMs ?? '-').padStart(7),
      ].join(' | '),
    );
  }
  const maxJs = Math.max(...results.map((r) => r.jsGzipKB));
  console.log(
    `\nTarget initial JS ≤ ${JS_TARGET_KB} KB gzip on every route: largest ${maxJs.toFixed(1)} KB — ${verdict(maxJs <= JS_TARGET_KB)}`,
  );
  if (cold) {
    const named = (list: typeof cold.deciding) =>
      list.map((p) => `${p.name} ${p.interval!.low}–${p.interval!.high} ms`).join(', ');
    const fewest = fewestLoads(cold.pageConfidence);
    const straddling = cold.deciding.filter((p) => p.interval);
    const undecided = [
      straddling.length ? `the interval contains the target: ${named(straddling)}` : '',
      straddling.length < cold.deciding.length
        ? `too few loads for an interval (at least ${fewest} per page)`
        : '',
    ].filter(Boolean);
    const reading = {
      met: `met — highest interval: ${named(cold.deciding)}`,
      'not met': `NOT met — wholly above: ${named(cold.deciding)}`,
      'not decided': `not decided — ${undecided.join('; ')}; run again with more loads (--runs ${Math.max(fewest, RUNS * 2)})`,
    }[cold.verdict];
    console.log(
      `Target main content visible ≤ ${COLD_TARGET_MS} ms cold on every page (median): ${reading}${Number(startLoad[0]) > os.cpus().length / 2 ? ' (machine not quiet at the start: the 1-minute load average was above half the CPUs)' : ''}`,
    );
  }

  const out = path.join(here, '../results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, timed ? 'web.json' : 'web-sizes.json'),
    `${JSON.stringify(
      {
        at: new Date().toISOString(),
        cpus: os.cpus().length,
        loadAverage: os.loadavg(),
        runs: RUNS,
        warmRuns: WARM_RUNS,
        coldVerdict: cold && {
          verdict: cold.verdict,
          pageConfidence: cold.pageConfidence,
          intervals: Object.fromEntries(cold.perPage.map((p) => [p.name, p.interval])),
        },
        targets: { initialJsGzipKB: JS_TARGET_KB, coldMs: COLD_TARGET_MS },
        chunkCycles: cycles,
        results,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nJSON: bench/results/${timed ? 'web.json' : 'web-sizes.json'}`);
}

await main();
