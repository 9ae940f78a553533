import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { dumpMigratedPglite } from '../platform/db/client';
import { startPgCluster } from './pg-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresUrl: string | null;
  }
}

/**
 * Once per run: a migrated PGlite data dir dumped to a file (each test file loads it in ~0.5 s instead of
 * initdb + migrations), and a throwaway PostgreSQL 15 cluster (or TEST_DATABASE_URL). In CI a missing
 * PostgreSQL fails the run rather than skipping its suites.
 */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-test-'));
  const templatePath = path.join(dir, 'pglite-template.tar');
  const dump = await dumpMigratedPglite();
  fs.writeFileSync(templatePath, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', templatePath);

  let stop = () => {};
  let url = process.env.TEST_DATABASE_URL ?? null;
  if (!url) {
    const cluster = await startPgCluster();
    if (cluster) {
      url = cluster.url;
      stop = cluster.stop;
    } else if (process.env.CI) {
      throw new Error('PostgreSQL 15 binaries are missing: CI must install postgresql-15 (see .ci/run).');
    }
  }
  project.provide('postgresUrl', url);
  return () => {
    stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
