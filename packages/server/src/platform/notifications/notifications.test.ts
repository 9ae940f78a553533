import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createMember,
  createOrganizationWithOwner,
  openTestDatabase,
  type TestPerson,
} from '../../test/harness';
import type { Database } from '../db/types';
import { notifications } from './notification-schema';
import { notify } from './notifications';

describe('notify', () => {
  let db: Database;
  let owner: TestPerson;
  let lead: TestPerson;
  let reviewer: TestPerson;
  let other: TestPerson;

  beforeAll(async () => {
    db = await openTestDatabase();
    owner = await createOrganizationWithOwner(db);
    lead = await createMember(db, owner.organizationId, 'lead');
    reviewer = await createMember(db, owner.organizationId, 'reviewer');
    other = await createOrganizationWithOwner(db);
  });
  afterAll(() => db.close());

  const inbox = (person: TestPerson) =>
    db.tenant(person.organizationId, (tx) =>
      tx
        .select()
        .from(notifications)
        .where(
          and(
            eq(notifications.organizationId, person.organizationId),
            eq(notifications.userId, person.userId),
          ),
        ),
    );

  it('reaches each person once, named directly or by role, and only members of the organization', async () => {
    const sent = await db.tenant(owner.organizationId, (tx) =>
      notify(
        tx,
        owner.organizationId,
        { userIds: [lead.userId], roles: ['lead', 'owner'] },
        { kind: 'approval.requested', title: 'Approve the pilot', link: '/decisions' },
      ),
    );
    expect(sent).toBe(2);
    expect((await inbox(lead)).map((n) => n.title)).toEqual(['Approve the pilot']);
    expect(await inbox(owner)).toHaveLength(1);
    expect(await inbox(reviewer)).toHaveLength(0);
    expect(await inbox(other)).toHaveLength(0);
  });

  it('writes nothing when the change that caused it rolls back', async () => {
    await expect(
      db.tenant(owner.organizationId, async (tx) => {
        await notify(tx, owner.organizationId, { userIds: [reviewer.userId] }, { kind: 'x', title: 'lost' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await inbox(reviewer)).toHaveLength(0);
  });
});
