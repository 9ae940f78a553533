import { copyFileSync, cpSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  coldLoad,
  launchChromium,
  loadAverage,
  median,
  PAGES,
  signInAsDemoOwner,
  startDemo,
} from './support';

/**
 * `npm run bench:web:compare -- <build A> <build B> [--rounds N] [page-name …]`: two builds of the web app
 * (each a copy of packages/web/dist after `npm run build:web`) compared on the same demo server, load by load.
 * On this 2-CPU virtual machine the same build's cold median moves by 15–25 % from one run to the next, more
 * than most changes are worth; two full bench:web runs cannot tell them apart. Here the builds take turns
 * (A B B A …) within one run, N rounds × 4 cold loads each per page (default 4: 15 counted, the first load of
 * the run is dropped): the server lists its files once, at start, so one directory holds both builds' hashed
 * assets and only index.html changes between loads. Prints, per page, each build's median and mean content
 * visible (bench:web's definition) and the renderer processes' CPU time per load (from /proc), and writes
 * bench/results/web-compare.json. packages/web/dist is put back as it was.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const ROUNDS = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 4;
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds');
const [buildA, buildB, ...names] = positional;
if (
  !buildA ||
  !buildB ||
  !existsSync(path.join(buildA, 'index.html')) ||
  !existsSync(path.join(buildB, 'index.html'))
)
  throw new Error('usage: bench:web:compare -- <build A dir> <build B dir> [--rounds N] [page-name …]');
const pages = names.length
  ? PAGES.filter((p) => names.includes(p.name))
  : PAGES.filter((p) => ['diagnostic', 'executive', 'portfolio', 'review queue'].includes(p.name));
if (!pages.length) throw new Error(`no such page; one of: ${PAGES.map((p) => p.name).join(', ')}`);

const dist = path.resolve(here, '../../packages/web/dist');
const saved = `${dist}.compare-saved`;
const INDEX = ['index.html', 'index.html.br', 'index.html.gz'];
const builds = { A: path.resolve(buildA), B: path.resolve(buildB) };
const use = (build: string) => {
  for (const file of INDEX) {
    if (!existsSync(path.join(build, file))) continue;
    copyFileSync(path.join(build, file), path.join(dist, `${file}.next`));
    renameSync(path.join(dist, `${file}.next`), path.join(dist, file));
  }
};

if (existsSync(saved))
  throw new Error(`${saved} exists: a previous compare did not finish; put it back first`);
if (existsSync(dist)) renameSync(dist, saved);
const samples = new Map<string, { visible: number[]; cpu: number[] }>();
try {
  mkdirSync(dist);
  cpSync(builds.A, dist, { recursive: true });
  cpSync(path.join(builds.B, 'assets'), path.join(dist, 'assets'), { recursive: true, force: false });
  const server = await startDemo();
  const browser = await launchChromium();
  try {
    const { ids, storageState } = await signInAsDemoOwner(browser, server.baseUrl);
    let turn = 0;
    for (let round = 0; round < ROUNDS; round++) {
      console.log(`round ${round + 1} of ${ROUNDS} (load ${loadAverage()})`);
      for (const target of pages) {
        for (let i = 0; i < 4; i++) {
          for (const label of turn++ % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
            use(builds[label]);
            const { visible, cpu } = await coldLoad(
              browser,
              storageState,
              `${server.baseUrl}${target.path(ids)}`,
              target.content,
            );
            if (round === 0 && i === 0) continue;
            const key = `${target.name}\t${label}`;
            if (!samples.has(key)) samples.set(key, { visible: [], cpu: [] });
            samples.get(key)!.visible.push(Math.round(visible));
            samples.get(key)!.cpu.push(Math.round(cpu));
          }
        }
      }
    }
  } finally {
    await browser.close();
    await server.stop();
  }
} finally {
  rmSync(dist, { recursive: true, force: true });
  if (existsSync(saved)) renameSync(saved, dist);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(`\nA = ${builds.A}\nB = ${builds.B}\n`);
console.log(
  'page               | A median | B median | B − A | A mean | B mean | A renderer CPU | B renderer CPU | loads each',
);
const rows = pages.map((p) => {
  const a = samples.get(`${p.name}\tA`)!;
  const b = samples.get(`${p.name}\tB`)!;
  const row = {
    page: p.name,
    a,
    b,
    medianA: median(a.visible),
    medianB: median(b.visible),
    meanA: mean(a.visible),
    meanB: mean(b.visible),
    cpuA: median(a.cpu),
    cpuB: median(b.cpu),
  };
  console.log(
    `${p.name.padEnd(18)} | ${String(row.medianA).padStart(8)} | ${String(row.medianB).padStart(8)} | ${String(Math.round(row.medianB - row.medianA)).padStart(5)} | ${String(Math.round(row.meanA)).padStart(6)} | ${String(Math.round(row.meanB)).padStart(6)} | ${String(row.cpuA).padStart(14)} | ${String(row.cpuB).padStart(14)} | ${a.visible.length}`,
  );
  return row;
});
const out = path.resolve(here, '../results/web-compare.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify({ at: new Date().toISOString(), cpus: os.cpus().length, builds, rounds: ROUNDS, rows }, null, 2)}\n`,
);
console.log(`\nJSON: ${path.relative(process.cwd(), out)}`);
