import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../../platform/db/rows';
import type { Database } from '../../../platform/db/types';
import { openTestDatabase } from '../../../test/harness';
import { seedDemo } from '../../demo/seed';
import { computeDiagnostic } from '../services/diagnostic';

describe('the demo’s diagnostic', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
    expect(await seedDemo(db)).toBe(true);
  }, 180_000);
  afterAll(() => db.close());

  it('has months of history: enough indicators with a status for a position, none alarmed below its threshold', async () => {
    const [org] = await db.system((tx) =>
      selectRows<{ id: string }>(tx, sql`SELECT id FROM organizations ORDER BY created_at LIMIT 1`),
    );
    const d = await db.tenant(org!.id, (tx) =>
      computeDiagnostic(
        tx,
        {
          organizationId: org!.id,
          role: 'owner',
          actor: { type: 'system', id: null, name: 't' },
          requestId: 't',
        },
        new Date(),
      ),
    );
    const summary = d.indicators.map(
      (i) => `${i.key}=${i.value}:${i.status}:${i.evidence?.count}/${i.evidence?.days?.toFixed(0)}`,
    );
    expect(d.position.zone, summary.join(' ')).not.toBe('too_early');
    for (const i of d.indicators)
      if (i.status === 'alarm' && i.value !== null) expect(i.pressure, i.key).toBe(1);
  });
});
