import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../packages/server/src/app';
import { loadConfig } from '../../packages/server/src/platform/config';
import { openDatabase } from '../../packages/server/src/platform/db/client';
import { attack } from './attack';

/**
 * `npm run bench:adversarial`: the adversarial run on PGlite (see attack.ts), every route of openapi.json.
 * Prints the figures as a table and writes bench/results/adversarial.json. Every count but requests must be 0.
 */
const here = path.dirname(fileURLToPath(import.meta.url));

async function main() {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'trellis-bench-adversarial-'));
  const db = await openDatabase({ dataDir: path.join(scratch, 'data') });
  // The request log is kept, to search it for pulse link tokens.
  const logLines: string[] = [];
  const app = await buildApp({
    db,
    config: loadConfig({ publicUrl: 'http://adversarial.test' }, {}),
    logger: { level: 'info', stream: { write: (line: string) => void logLines.push(line) } },
    serveWeb: false,
  });
  await app.ready();
  const started = Date.now();
  try {
    // --ids N: at most N of B's ids on each path (default: every one of them).
    const at = process.argv.indexOf('--ids');
    const idsPerPath = at > 0 ? Number(process.argv[at + 1]) : undefined;
    const figures = await attack(app, db, { idsPerPath, logLines });
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `\nAdversarial run: PGlite, ${figures.routes} routes of openapi.json, ${seconds.toFixed(0)} s\n`,
    );
    console.log('| measure | count | must be |');
    console.log('|---|---:|---:|');
    console.log(`| requests tried | ${figures.requests} | |`);
    console.log(`| 5xx answers | ${figures.serverErrors} | 0 |`);
    console.log(`| cross-tenant reads | ${figures.crossTenantReads} | 0 |`);
    console.log(`| cross-tenant writes | ${figures.crossTenantWrites} | 0 |`);
    console.log(`| anonymity breaks | ${figures.anonymityBreaks} | 0 |`);
    console.log(
      `| cross-tenant writes past validation (refused by the owner of the row) | ${figures.writesPastValidation} | |`,
    );
    for (const finding of figures.findings.slice(0, 50)) console.log(`  ${finding}`);
    const out = path.join(here, '../results');
    mkdirSync(out, { recursive: true });
    const file = path.join(out, 'adversarial.json');
    writeFileSync(file, `${JSON.stringify({ engine: 'pglite', seconds, ...figures }, null, 2)}\n`);
    console.log(`Wrote ${path.relative(process.cwd(), file)}`);
    if (
      figures.serverErrors + figures.crossTenantReads + figures.crossTenantWrites + figures.anonymityBreaks >
      0
    )
      process.exitCode = 1;
  } finally {
    await app.close();
    await db.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
