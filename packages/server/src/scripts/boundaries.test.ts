import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBoundaries } from './boundaries';

const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));
const trees: string[] = [];

/** A throwaway repository holding only the given files (paths from the repository root). */
function plant(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'boundaries-'));
  trees.push(root);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}
afterEach(() => {
  for (const root of trees.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

const server = 'packages/server/src';
/** A legal two-capability tree: learning reaches quality through its index.ts and its tables by file. */
const legal = {
  'packages/core/src/stats.ts': "import { z } from './z';\nexport const mean = z;\n",
  'packages/core/src/z.ts': 'export const z = 0;\n',
  [`${server}/platform/db/types.ts`]: 'export type Tx = unknown;\n',
  [`${server}/capabilities/quality/quality-schema.ts`]: 'export const workflows = 1;\n',
  [`${server}/capabilities/quality/services/workflows.ts`]:
    "import type { Tx } from '../../../platform/db/types';\nexport const getWorkflow = (tx: Tx) => tx;\n",
  [`${server}/capabilities/quality/index.ts`]: "export { getWorkflow } from './services/workflows';\n",
  [`${server}/capabilities/learning/services/insights.ts`]:
    "import { getWorkflow } from '../../quality/index';\nimport { workflows } from '../../quality/quality-schema';\nexport const x = [getWorkflow, workflows];\n",
  [`${server}/capabilities/learning/routes/insights.ts`]:
    "import { x } from '../services/insights';\nexport const routes = () => x;\n",
};

describe('import boundaries', () => {
  it('hold in this repository', () => {
    expect(checkBoundaries(repoRoot)).toEqual([]);
  });

  it('accept a tree that keeps them', () => {
    expect(checkBoundaries(plant(legal))).toEqual([]);
  });

  it('fail on an import cycle, type-only imports included', () => {
    const root = plant({
      ...legal,
      [`${server}/platform/http/a.ts`]: "import type { B } from './b';\nexport type A = B[];\n",
      [`${server}/platform/http/b.ts`]: "import type { A } from './a';\nexport type B = A | 1;\n",
    });
    expect(checkBoundaries(root)).toEqual([
      expect.objectContaining({ rule: 'cycle', detail: expect.stringContaining('platform/http/a.ts') }),
    ]);
  });

  it('fail on a cycle that runs through index.ts files', () => {
    const root = plant({
      ...legal,
      [`${server}/capabilities/quality/services/workflows.ts`]:
        "import { x } from '../../learning/index';\nexport const getWorkflow = () => x;\n",
      [`${server}/capabilities/learning/index.ts`]: "export { x } from './services/insights';\n",
    });
    expect(checkBoundaries(root).map((v) => v.rule)).toEqual(['cycle']);
  });

  it('fail on core doing I/O', () => {
    const root = plant({
      ...legal,
      'packages/core/src/load.ts': "import fs from 'node:fs';\nexport const f = fs;\n",
    });
    expect(checkBoundaries(root)).toEqual([
      { rule: 'core-io', file: 'packages/core/src/load.ts', detail: 'imports node:fs' },
    ]);
    const drizzle = plant({
      ...legal,
      'packages/core/src/q.ts': "import { eq } from 'drizzle-orm';\nexport const q = eq;\n",
    });
    expect(checkBoundaries(drizzle).map((v) => v.rule)).toEqual(['core-io']);
  });

  it('fail on platform importing a capability', () => {
    const root = plant({
      ...legal,
      [`${server}/platform/jobs/periodic.ts`]:
        "import { getWorkflow } from '../../capabilities/quality/index';\nexport const p = getWorkflow;\n",
    });
    expect(checkBoundaries(root)).toEqual([
      expect.objectContaining({ rule: 'platform-capability', file: `${server}/platform/jobs/periodic.ts` }),
    ]);
  });

  it("fail on a capability reaching past another's index.ts", () => {
    const root = plant({
      ...legal,
      [`${server}/capabilities/learning/services/digest.ts`]:
        "import { getWorkflow } from '../../quality/services/workflows';\nexport const d = getWorkflow;\n",
    });
    expect(checkBoundaries(root)).toEqual([
      expect.objectContaining({
        rule: 'capability-internals',
        file: `${server}/capabilities/learning/services/digest.ts`,
      }),
    ]);
  });

  it('fail on a route file that builds a query, today’s layout and the capability layout alike', () => {
    for (const file of [`${server}/routes/auth.ts`, `${server}/capabilities/learning/routes/ideas.ts`]) {
      const root = plant({
        ...legal,
        [file]:
          "import { eq } from 'drizzle-orm';\nexport const r = (tx: any) => tx.select().where(eq(1, 1));\n",
      });
      expect(checkBoundaries(root).map((v) => `${v.rule} ${v.file}`)).toEqual([
        `route-query ${file}`,
        `route-query ${file}`,
      ]);
    }
  });
});
