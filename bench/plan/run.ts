import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CaseOptions, CaseResult } from './case';

/**
 * `npm run bench:plan`: the next-step optimizer against the greedy rank-by-score plan on generated
 * portfolios of 50, 200 and 1,000 candidate steps over 100 units and 12 months, capacity-tight and roomy.
 * Each case runs in its own process (peak RSS per case). `--seeds N` (default 2), `--time-limit S` (10).
 */
const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const seeds = flag('--seeds', 2);
const timeLimit = flag('--time-limit', 10);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const TIGHT = 0.3;
const ROOMY = 1.5;

function runCase(options: CaseOptions): Promise<CaseResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(here, 'case.ts'), JSON.stringify(options)],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.once('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code === 0 && line) resolve(JSON.parse(line.slice(7)) as CaseResult);
      else reject(new Error(`case ${JSON.stringify(options)} failed (exit ${code})\n${out.slice(-2000)}`));
    });
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const pct = (n: number | null) => (n === null ? '—' : Number.isFinite(n) ? `${(100 * n).toFixed(2)}%` : '∞');

async function main() {
  const load = os.loadavg()[0]!;
  const results: CaseResult[] = [];
  for (const steps of [50, 200, 1000]) {
    for (const tightness of [TIGHT, ROOMY]) {
      for (let seed = 1; seed <= seeds; seed++) {
        const options: CaseOptions = {
          steps,
          units: 100,
          horizonMonths: 12,
          tightness,
          seed: steps * 100 + seed,
          // 50 steps: the exact optimum (gap 0); larger portfolios: stop at a proven 1% gap or the limit.
          timeLimitSeconds: steps === 50 ? Math.max(timeLimit, 60) : timeLimit,
          relativeGap: steps === 50 ? 0 : 0.01,
        };
        const result = await runCase(options);
        console.error(
          `${steps} steps, tightness ${tightness}, seed ${options.seed}: ${result.status}, gap ${pct(result.gap)}, ratio ${(result.value / result.greedyValue).toFixed(3)}, ${fmt(result.wallMs)} ms`,
        );
        results.push(result);
      }
    }
  }
  const header = [
    'steps',
    'capacity',
    'model cols × rows',
    'optimizer ÷ greedy (min–max)',
    'status',
    'gap max',
    'wall s med (max)',
    'CPU s med',
    'peak RSS MB max',
  ];
  const rows: string[][] = [];
  for (const steps of [50, 200, 1000]) {
    for (const tightness of [TIGHT, ROOMY]) {
      const group = results.filter((r) => r.steps === steps && r.tightness === tightness);
      const ratios = group.map((r) => r.value / r.greedyValue);
      const statuses = [...new Set(group.map((r) => r.status))].join(', ');
      rows.push([
        String(steps),
        tightness === TIGHT ? `tight (${TIGHT})` : `roomy (${ROOMY})`,
        `${fmt(median(group.map((r) => r.columns)))} × ${fmt(median(group.map((r) => r.rows)))}`,
        `${median(ratios).toFixed(3)} (${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)})`,
        statuses,
        pct(Math.max(...group.map((r) => r.gap ?? 0))),
        `${(median(group.map((r) => r.wallMs)) / 1000).toFixed(1)} (${(Math.max(...group.map((r) => r.wallMs)) / 1000).toFixed(1)})`,
        (median(group.map((r) => r.cpuMs)) / 1000).toFixed(1),
        fmt(Math.max(...group.map((r) => r.peakRssMb))),
      ]);
    }
  }
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(
    `\nNext-step optimizer vs greedy rank-by-score: 100 units, 12 months, ${seeds} seed(s) per row, time limit ${timeLimit} s (60 s and gap 0 at 50 steps); 1-min load average at start ${load.toFixed(1)} on ${os.cpus().length} CPUs\n`,
  );
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  const at = (steps: number, tightness: number) =>
    results.filter((r) => r.steps === steps && r.tightness === tightness);
  const ratios = (steps: number) => at(steps, TIGHT).map((r) => r.value / r.greedyValue);
  const targets = [
    ...[200, 1000].map((steps) => ({
      target: `optimizer ÷ greedy ≥ 1.15 on capacity-tight portfolios of ${fmt(steps)} steps (median ${median(ratios(steps)).toFixed(3)})`,
      met: median(ratios(steps)) >= 1.15,
    })),
    {
      target: `gap ≤ 1% within ${timeLimit} s at 1,000 steps (every seed, both capacities)`,
      met: results
        .filter((r) => r.steps === 1000)
        .every((r) => (r.gap ?? 1) <= 0.01 && r.wallMs <= timeLimit * 1000),
    },
    {
      target: 'exact optimum (gap 0) at 50 steps',
      met: results.filter((r) => r.steps === 50).every((r) => r.status === 'optimal' && (r.gap ?? 1) <= 1e-9),
    },
  ];
  console.log('');
  for (const t of targets) console.log(`${t.met ? 'met    ' : 'NOT met'}  ${t.target}`);
  const dir = path.join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'plan.json'),
    JSON.stringify(
      { date: new Date().toISOString(), loadAverage: load, seeds, timeLimit, results, targets },
      null,
      2,
    ),
  );
}

await main();
