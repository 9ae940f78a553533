import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../platform/db/rows';
import type { Database } from '../../platform/db/types';
import { openTestDatabase } from '../../test/harness';
import { CALIBRATION_MIN_GOLD } from '../quality/services/calibration';
import { ingestOutputs } from '../quality/services/outputs';
import { seedDemo } from './seed';

describe('the demo organization', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
    expect(await seedDemo(db)).toBe(true);
  }, 900_000);
  afterAll(() => db.close());

  const query = <T>(text: ReturnType<typeof sql>) => db.system((tx) => selectRows<T>(tx, text));

  it('holds the three pilots as applications whose tasks are workflows with a standard each, and ten people (one with a custom role, four in Learner support who answer its pulse)', async () => {
    const rows = await query<{ application: string; name: string; versions: number; outputs: number }>(
      sql`SELECT a.name AS application, w.name, (SELECT count(*)::int FROM quality_standards s WHERE s.workflow_id = w.id) AS versions,
                 (SELECT count(*)::int FROM outputs o WHERE o.workflow_id = w.id) AS outputs
          FROM workflows w JOIN applications a ON a.id = w.application_id
          WHERE EXISTS (SELECT 1 FROM quality_standards s WHERE s.workflow_id = w.id) ORDER BY w.name`,
    );
    // Which workflow belongs to which pilot is the demo's story; how many outputs each has is the seed's
    // choice: enough for a dashboard and a drift alarm, few enough to seed in seconds.
    expect(rows.map(({ application, name, versions }) => ({ application, name, versions }))).toEqual([
      { application: 'AI-drafted course content', name: 'Draft quiz items', versions: 1 },
      { application: 'AI-assisted needs analysis', name: 'Needs-analysis summaries', versions: 1 },
      { application: 'Automated stakeholder updates', name: 'Stakeholder update emails', versions: 1 },
    ]);
    for (const r of rows) {
      expect(r.outputs, r.name).toBeGreaterThanOrEqual(300);
      expect(r.outputs, r.name).toBeLessThanOrEqual(10_000);
    }
    // The owner, the person with the custom role and the four in Learner support are distinct people.
    const [members] = await query<{ n: number }>(sql`SELECT count(*)::int AS n FROM memberships`);
    expect(members!.n).toBeGreaterThanOrEqual(6);
    const [people] = await query<{ n: number }>(
      sql`SELECT count(DISTINCT user_id)::int AS n FROM memberships`,
    );
    expect(people!.n).toBe(members!.n);
  });

  it('gives every capability data: portfolio, evidence, core review, capacity, decisions, learning, sequencing, roles, maturity', async () => {
    const [counts] = await query<Record<string, number>>(
      sql`SELECT (SELECT count(*)::int FROM applications) AS applications,
                 (SELECT count(DISTINCT name)::int FROM applications) AS distinct_names,
                 (SELECT count(*)::int FROM evidence_metrics) AS metrics,
                 (SELECT count(*)::int FROM evidence_measurements) AS measurements,
                 (SELECT count(*)::int FROM scaling_packages) AS packages,
                 (SELECT count(*)::int FROM org_units) AS units,
                 (SELECT count(*)::int FROM change_impacts) AS impacts,
                 (SELECT count(*)::int FROM decision_requests) AS requests,
                 (SELECT count(*)::int FROM insights) AS insights,
                 (SELECT count(*)::int FROM experiments) AS experiments,
                 (SELECT count(*)::int FROM expansion_plans) AS plans,
                 (SELECT count(*)::int FROM gate_decisions) AS gate_decisions,
                 (SELECT count(*)::int FROM planning_runs) AS planning_runs,
                 (SELECT count(*)::int FROM custom_roles) AS roles,
                 (SELECT count(*)::int FROM maturity_assessments) AS assessments`,
    );
    expect(counts!.applications).toBeGreaterThanOrEqual(7);
    // The capabilities share applications by name: no pilot is registered twice.
    expect(counts!.distinct_names).toBe(counts!.applications);
    for (const key of [
      'metrics',
      'packages',
      'units',
      'impacts',
      'requests',
      'insights',
      'experiments',
      'plans',
      'gate_decisions',
      'planning_runs',
      'roles',
      'assessments',
    ])
      expect(counts![key], key).toBeGreaterThan(0);
    expect(counts!.measurements).toBeGreaterThan(50);
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

  it('reviews German quiz items in full while their alarm is open, whatever the judge says', async () => {
    const [workflow] = await query<{ id: string; organization_id: string }>(
      sql`SELECT id, organization_id FROM workflows WHERE name = 'Draft quiz items'`,
    );
    const pipeline = {
      organizationId: workflow!.organization_id,
      role: 'contributor' as const,
      actor: { type: 'token' as const, id: null, name: 'test pipeline' },
      requestId: 'test',
    };
    const decisions = await db.tenant(workflow!.organization_id, (tx) =>
      ingestOutputs(
        tx,
        pipeline,
        workflow!.id,
        [0.1, 0.9, undefined].map((judgeScore, i) => ({
          clientId: `after-seed-${i}`,
          content: 'Welche Aussage trifft zu?',
          metadata: { language: 'de', itemType: 'multiple-choice', module: 'M1' },
          ...(judgeScore === undefined ? {} : { judgeScore }),
        })),
      ),
    );
    for (const d of decisions) expect(d).toMatchObject({ segment: 'language=de', review: true, pi: 1 });
  });

  it('has gold items and a passed calibration round, and is created only once', async () => {
    const [gold] = await query<{ n: number }>(sql`SELECT count(*)::int AS n FROM gold_items`);
    // A calibration round needs at least CALIBRATION_MIN_GOLD gold items; the round passed on them.
    expect(gold!.n).toBeGreaterThanOrEqual(CALIBRATION_MIN_GOLD);
    const rounds = await query<{ status: string }>(sql`SELECT status FROM calibration_rounds`);
    expect(rounds).toEqual([{ status: 'passed' }]);
    expect(await seedDemo(db)).toBe(false);
  });
});
