import { describe, expect, it } from 'vitest';
import { listMemberships } from '../../../platform/auth/sessions';
import { createOrganizationWithOwner, openTestDatabase } from '../../../test/harness';
import { listCustomRoles } from '../services/custom-roles';
import { seedIdentity } from './identity';

describe('identity demo seed', () => {
  it('creates two custom roles and an auditor member holding one, through the services', async () => {
    const db = await openTestDatabase();
    const owner = await createOrganizationWithOwner(db);
    const ctx = {
      organizationId: owner.organizationId,
      role: 'owner' as const,
      actor: { type: 'system' as const, id: null, name: 'demo' },
      requestId: 'demo',
    };
    const seeded = await seedIdentity(db, ctx, {
      auditorEmail: 'imani@northwind.example',
      password: 'a long enough password',
    });
    const roles = await db.tenant(owner.organizationId, (tx) => listCustomRoles(tx, ctx));
    expect(roles.map((r) => [r.name, r.memberCount])).toEqual([
      ['Auditor', 1],
      ['Pilot data feeder', 0],
    ]);
    const memberships = await db.system((tx) => listMemberships(tx, seeded.auditorUserId));
    expect(memberships[0]).toMatchObject({ role: 'viewer', customRole: { name: 'Auditor' } });
    await db.close();
  });
});
