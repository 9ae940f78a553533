import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { SourceMapConsumer } from 'source-map-js';
import { watchContent } from './support';

/**
 * `bench:web:waterfall --profile`: one cold load under V8's sampling profiler. Prints the main thread's self
 * time by script and by function and writes the whole profile (for DevTools) to bench/results. Built with
 * source maps (`TRELLIS_WEB_SOURCEMAPS=1 npm run build:web`: hidden ones, which browsers never ask for), the
 * functions are named by their source file and line, and the scripts by package (or file of ours).
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const RESULTS = path.resolve(here, '../results');
const ASSETS = path.resolve(here, '../../packages/web/dist/assets');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

const maps = new Map<string, SourceMapConsumer | null>();
function sourceMap(url: string): SourceMapConsumer | null {
  const file = path.join(ASSETS, path.basename(new URL(url).pathname));
  if (!maps.has(file))
    maps.set(
      file,
      existsSync(`${file}.map`)
        ? new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')))
        : null,
    );
  return maps.get(file)!;
}

/** A frame as `[script, function]`: from the source map where there is one. */
function place(frame: ProfileNode['callFrame']): [string, string] {
  if (!frame.url) {
    // Native work has a name in parentheses; a nameless frame without a script is an evaluated string (the
    // bench's own content check among them).
    const label = frame.functionName || '(evaluated code)';
    return [label, label];
  }
  const script = path.basename(new URL(frame.url).pathname) || frame.url;
  const at = `${script}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
  const map = frame.url.includes('/assets/') ? sourceMap(frame.url) : null;
  if (!map) return [script, `${frame.functionName || '(anonymous)'} ${at}`];
  const original = map.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
  if (!original.source) return [script, `${frame.functionName || '(anonymous)'} ${at}`];
  const source = original.source
    .replace(/^.*node_modules\//, '')
    .replace(/^(\.\.\/)+/, '')
    .replace(/^.*packages\/web\//, '');
  const parts = source.split('/');
  const owner = source.startsWith('src/') ? source : parts.slice(0, source.startsWith('@') ? 2 : 1).join('/');
  return [owner, `${original.name ?? (frame.functionName || '(anonymous)')} ${source}:${original.line}`];
}

export async function profileCold(page: Page, name: string, url: string, content: string) {
  const tab = await watchContent(page, content);
  // The fresh context first opens /readyz (no asset, nothing cached), so the profiler runs in the renderer
  // the page will use.
  await page.goto(new URL('/readyz', url).href);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const visible = await tab.load(url);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  await cdp.detach();
  const file = path.join(RESULTS, `profile-${name.replace(/\W+/g, '-')}.cpuprofile`);
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(file, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (const [i, id] of profile.samples.entries())
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, time] of self) {
    const [script, fn] = place(byId.get(id)!.callFrame);
    if (script === '(idle)') continue;
    byScript.set(script, (byScript.get(script) ?? 0) + time);
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + time);
  }
  const top = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  const busy = [...byScript.values()].reduce((a, b) => a + b, 0);
  const ms = (n: number) => `${Math.round(n)}`.padStart(5);
  console.log(
    `  profile: content visible ${Math.round(visible)} ms; ${Math.round(busy)} ms not idle (the whole profile: ${path.relative(process.cwd(), file)}, for DevTools)`,
  );
  console.log('  self ms | script');
  for (const [label, time] of top(byScript, 12)) console.log(`  ${ms(time)}   | ${label}`);
  console.log('  self ms | function');
  for (const [label, time] of top(byFunction, 25)) console.log(`  ${ms(time)}   | ${label.slice(0, 110)}`);
}
