import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../platform/db/types';
import { createOrganizationWithOwner, openTestDatabase } from '../../../test/harness';
import { planningSolver } from '../services/planning-solver';
import { seedSaturatedPortfolio, systemContext } from '../test/planning-fixture';
import { seedOptimizer } from './optimizer';

describe('the optimizer demo run', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await planningSolver.close();
    await db.close();
  });

  it('stores one run for the organization’s plans, starting in the month of now', async () => {
    const owner = await createOrganizationWithOwner(db);
    const p = await seedSaturatedPortfolio(db, owner.organizationId);
    const run = await seedOptimizer(
      db,
      systemContext(owner.organizationId),
      new Date('2027-01-15T12:00:00Z'),
    );
    expect(run.startMonth).toBe('2027-01');
    expect(run.status).toBe('optimal');
    // Over 12 months the pilot (0.4 × 60) goes first, January–March, then the second team (0.9 × 100) and
    // the department (0.4 × 80) from April: 24 + 122 × 1.01^−3 = 142.41 beats second team first (90 + 24 ×
    // 1.01^−6 + 32 × 1.01^−9 = 131.87), because Customer Success has room for one 15-point step until July.
    const starts = Object.fromEntries(
      (run.optimizer as { scheduled: { stageId: string; startMonth: number }[] }).scheduled.map((s) => [
        s.stageId,
        s.startMonth,
      ]),
    );
    expect(starts).toEqual({ [p.pilotTeam]: 0, [p.secondTeam]: 3, [p.department]: 3 });
    expect(run.value).toBeCloseTo(24 + 122 / 1.01 ** 3, 9);
  }, 120_000);
});
