import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { selectRows } from '../../../platform/db/rows';
import type { Database } from '../../../platform/db/types';
import { createMember, createOrganizationWithOwner, openTestDatabase } from '../../../test/harness';
import { saveRetrospective } from '../../core-review/services/retrospectives';
import { seedLearning } from './learning';
import { seedLearning2 } from './learning2';

const ctxOf = (organizationId: string, id: string, role: OrgContext['role']): OrgContext => ({
  organizationId,
  role,
  actor: { type: 'user', id, name: role },
  requestId: 'demo',
});

describe('seedLearning', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('builds the demo’s learning through the services: a confirmed insight with evidence, a digest, a proposal', async () => {
    const owner = await createOrganizationWithOwner(db);
    const lead = await createMember(db, owner.organizationId, 'lead');
    const contributor = await createMember(db, owner.organizationId, 'contributor');
    const org = owner.organizationId;
    await seedLearning(db, {
      owner: ctxOf(org, owner.userId, 'owner'),
      lead: ctxOf(org, lead.userId, 'lead'),
      contributor: ctxOf(org, contributor.userId, 'contributor'),
    });
    const [counts] = await db.system((tx) =>
      selectRows<Record<string, number>>(
        tx,
        sql`SELECT
          (SELECT count(*)::int FROM insights WHERE organization_id = ${org} AND status = 'confirmed') AS confirmed,
          (SELECT count(*)::int FROM experiments WHERE organization_id = ${org} AND result = 'supported') AS supported,
          (SELECT count(*)::int FROM ideas WHERE organization_id = ${org} AND status = 'merged') AS merged,
          (SELECT count(*)::int FROM change_proposals WHERE organization_id = ${org} AND status = 'proposed') AS proposals,
          (SELECT count(*)::int FROM notifications WHERE user_id = ${contributor.userId} AND kind = 'digest.weekly') AS digests,
          (SELECT count(*)::int FROM search_documents WHERE organization_id = ${org}) AS documents`,
      ),
    );
    expect(counts).toEqual({ confirmed: 1, supported: 1, merged: 1, proposals: 1, digests: 1, documents: 7 });
  });
});

describe('seedLearning2', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(() => db.close());

  it('cites a retrospective, takes a rubric change through its decision request, and turns the lead’s e-mail off', async () => {
    const owner = await createOrganizationWithOwner(db);
    const lead = await createMember(db, owner.organizationId, 'lead');
    const contributor = await createMember(db, owner.organizationId, 'contributor');
    const org = owner.organizationId;
    const people = {
      owner: ctxOf(org, owner.userId, 'owner'),
      lead: ctxOf(org, lead.userId, 'lead'),
      contributor: ctxOf(org, contributor.userId, 'contributor'),
    };
    const { pilotId, insightId } = await seedLearning(db, people);
    await db.tenant(org, (tx) =>
      saveRetrospective(tx, people.lead, pilotId, {
        baseVersion: 0,
        answers: {
          collaboration: { text: 'Consultants edited every guide.', links: [] },
          conditions: { text: '', links: [] },
          sustainable: { text: '', links: [] },
          evolve: { text: '', links: [] },
        },
      }),
    );
    await seedLearning2(db, people, { insightId, retrospectiveApplicationId: pilotId });
    const [counts] = await db.system((tx) =>
      selectRows<Record<string, number>>(
        tx,
        sql`SELECT
          (SELECT count(*)::int FROM insight_evidence WHERE insight_id = ${insightId} AND kind = 'retrospective') AS retrospectives,
          (SELECT count(*)::int FROM change_proposals WHERE insight_id = ${insightId} AND status = 'accepted') AS accepted,
          (SELECT count(*)::int FROM change_proposals WHERE insight_id = ${insightId} AND status = 'proposed') AS proposed,
          (SELECT count(*)::int FROM decision_requests WHERE organization_id = ${org} AND decision_type = 'change_rule') AS requests,
          (SELECT count(*)::int FROM mail_preferences WHERE user_id = ${lead.userId} AND kind = 'digest' AND NOT enabled) AS off`,
      ),
    );
    expect(counts).toEqual({ retrospectives: 1, accepted: 1, proposed: 1, requests: 2, off: 1 });
  });
});
