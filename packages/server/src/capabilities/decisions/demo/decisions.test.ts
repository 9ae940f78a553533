import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { selectRows } from '../../../platform/db/rows';
import type { Database } from '../../../platform/db/types';
import {
  createMember,
  createOrganizationWithOwner,
  openTestDatabase,
  type TestPerson,
} from '../../../test/harness';
import { createWorkflow } from '../../quality/services/workflows';
import { runDecisionDeadlines } from '../services/decision-deadlines';
import { getEvaluation } from '../services/evaluations';
import { seedDecisions } from './decisions';

const ctxOf = (p: TestPerson, name: string): OrgContext => ({
  organizationId: p.organizationId,
  role: p.role,
  actor: { type: 'user', id: p.userId, name },
  requestId: 'demo',
});

describe('decisions demo seed', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('creates a ranked evaluation, boundaries and requests in each state', async () => {
    const owner = await createOrganizationWithOwner(db);
    const lead = await createMember(db, owner.organizationId, 'lead');
    const [malik, sofia] = [
      await createMember(db, owner.organizationId, 'reviewer'),
      await createMember(db, owner.organizationId, 'reviewer'),
    ];
    const people = {
      owner: ctxOf(owner, 'Dana'),
      lead: ctxOf(lead, 'Priya'),
      assessors: [ctxOf(malik!, 'Malik'), ctxOf(sofia!, 'Sofia')] as [OrgContext, OrgContext],
    };
    await db.tenant(owner.organizationId, (tx) =>
      createWorkflow(tx, people.owner, { name: 'Draft quiz items' }),
    );
    const now = new Date('2026-06-01T12:00:00Z');
    const seeded = await seedDecisions(db, people, now);
    const view = await db.tenant(owner.organizationId, (tx) =>
      getEvaluation(tx, people.owner, seeded.evaluationId),
    );
    expect(view.results!.candidates.map((c) => c.rank)).toEqual([1, 2, 3]);
    expect(view.results!.candidates[2]!.knockedOut).toHaveLength(1);
    const statuses = await db.system((tx) =>
      selectRows<{ status: string; tier: string }>(
        tx,
        sql`SELECT status, tier FROM decision_requests WHERE organization_id = ${owner.organizationId} ORDER BY submitted_at`,
      ),
    );
    expect(statuses).toEqual([
      { status: 'approved', tier: 'low' },
      { status: 'approved', tier: 'medium' },
      { status: 'pending', tier: 'medium' },
    ]);
    // The waiting request's reminder (at 36 h of 72) is due 40 h after submission.
    expect(await runDecisionDeadlines(db, { now })).toMatchObject({ reminded: 1 });
  });
});
