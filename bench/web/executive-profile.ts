import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { seedDemo } from '../../packages/server/src/capabilities/demo/seed';
import {
  cachedDiagnostic,
  computeDiagnostic,
} from '../../packages/server/src/capabilities/diagnostic/services/diagnostic';
import {
  cachedExecutiveSummary,
  executiveSummary,
} from '../../packages/server/src/capabilities/diagnostic/services/executive-summary';
import { listApplicationEvidence } from '../../packages/server/src/capabilities/evidence/services/evidence';
import { openDatabase } from '../../packages/server/src/platform/db/client';
import { selectRows } from '../../packages/server/src/platform/db/rows';

/**
 * `npx tsx bench/web/executive-profile.ts`: where the executive summary's time goes on the demo (PGlite),
 * warm: the whole summary, its evidence part (one listApplicationEvidence per application in use) and its
 * diagnostic part, and the two as the routes answer between the organization's writes (kept), median of 20
 * after 5 warm-ups.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'trellis-exec-profile-'));
const db = await openDatabase({ dataDir });
try {
  await seedDemo(db);
  const [org] = await db.system((tx) =>
    selectRows<{ id: string }>(tx, sql`SELECT id FROM organizations ORDER BY created_at LIMIT 1`),
  );
  const ctx = {
    organizationId: org!.id,
    role: 'owner' as const,
    actor: { type: 'system' as const, id: null, name: 'profile' },
    requestId: 'profile',
  };
  const apps = await db.tenant(ctx.organizationId, (tx) =>
    selectRows<{ id: string }>(
      tx,
      sql`SELECT id FROM applications WHERE stage IN ('pilot','expanding','scaled')`,
    ),
  );
  const time = async (name: string, run: () => Promise<unknown>) => {
    for (let i = 0; i < 5; i++) await run();
    const ms: number[] = [];
    for (let i = 0; i < 20; i++) {
      const start = performance.now();
      await run();
      ms.push(performance.now() - start);
    }
    ms.sort((a, b) => a - b);
    console.log(`${name.padEnd(40)} median ${ms[10]!.toFixed(1)} ms`);
  };
  console.log(`applications in use: ${apps.length}`);
  await time('executiveSummary', () =>
    db.tenant(ctx.organizationId, (tx) => executiveSummary(tx, ctx, new Date())),
  );
  await time('evidence of the applications in use', () =>
    db.tenant(ctx.organizationId, async (tx) => {
      for (const app of apps) await listApplicationEvidence(tx, ctx, app.id);
    }),
  );
  await time('computeDiagnostic', () =>
    db.tenant(ctx.organizationId, (tx) => computeDiagnostic(tx, ctx, new Date())),
  );
  // What the routes answer with between the organization's writes (kept.ts): the kept value.
  await time('cachedExecutiveSummary (kept)', () => cachedExecutiveSummary(db, ctx, new Date()));
  await time('cachedDiagnostic (kept)', () => cachedDiagnostic(db, ctx, new Date()));
} finally {
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
}
