import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../db/rows';
import type { Database } from '../db/types';
import { openTestDatabase } from '../test/harness';
import { DEMO_ORGANIZATION, seedDemo } from './seed';

describe('the demo organization', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
    expect(await seedDemo(db)).toBe(true);
  }, 120_000);
  afterAll(() => db.close());

  const query = <T>(text: ReturnType<typeof sql>) => db.system((tx) => selectRows<T>(tx, text));

  it('holds the three pilots as workflows with a standard each, and five people', async () => {
    const rows = await query<{ name: string; versions: number; outputs: number }>(
      sql`SELECT w.name, (SELECT count(*)::int FROM quality_standards s WHERE s.workflow_id = w.id) AS versions,
                 (SELECT count(*)::int FROM outputs o WHERE o.workflow_id = w.id) AS outputs
          FROM workflows w JOIN organizations g ON g.id = w.organization_id WHERE g.name = ${DEMO_ORGANIZATION} ORDER BY w.name`,
    );
    expect(rows).toEqual([
      { name: 'Draft quiz items', versions: 1, outputs: 2400 },
      { name: 'Needs-analysis summaries', versions: 1, outputs: 700 },
      { name: 'Stakeholder update emails', versions: 1, outputs: 1100 },
    ]);
    const [members] = await query<{ n: number }>(sql`SELECT count(*)::int AS n FROM memberships`);
    expect(members!.n).toBe(5);
  });

  it('reviews every sampled output, and double-reviews some', async () => {
    const [counts] = await query<{ pending: number; second: number; sampled: number }>(
      sql`SELECT count(*) FILTER (WHERE status IN ('queued', 'second_review'))::int AS pending,
                 (SELECT count(*)::int FROM reviews WHERE kind = 'second') AS second,
                 (SELECT count(*)::int FROM reviews WHERE kind = 'sampled') AS sampled
          FROM outputs`,
    );
    expect(counts!.pending).toBe(0);
    expect(counts!.sampled).toBeGreaterThan(100);
    expect(counts!.second).toBeGreaterThan(5);
  });

  it('shows the drift on German quiz items as an open alarm, raised inside the 60 days', async () => {
    const rows = await query<{ segment: string; cleared: boolean; age_days: number }>(
      sql`SELECT segment, cleared_at IS NOT NULL AS cleared, extract(epoch FROM now() - raised_at) / 86400 AS age_days FROM alarms`,
    );
    expect(rows.map((r) => [r.segment, r.cleared])).toContainEqual(['language=de', false]);
    for (const r of rows) expect(Number(r.age_days)).toBeLessThan(60);
    const [span] = await query<{ days: number }>(
      sql`SELECT extract(epoch FROM max(created_at) - min(created_at)) / 86400 AS days FROM outputs`,
    );
    expect(Number(span!.days)).toBeGreaterThan(55);
  });

  it('has gold items and a passed calibration round, and is created only once', async () => {
    const [gold] = await query<{ n: number }>(sql`SELECT count(*)::int AS n FROM gold_items`);
    expect(gold!.n).toBe(6);
    const rounds = await query<{ status: string }>(sql`SELECT status FROM calibration_rounds`);
    expect(rounds).toEqual([{ status: 'passed' }]);
    expect(await seedDemo(db)).toBe(false);
  });
});
