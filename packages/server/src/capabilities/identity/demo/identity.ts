import type { Permission } from '../../../platform/auth/permissions';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Database } from '../../../platform/db/types';
import { assignCustomRole, createCustomRole } from '../services/custom-roles';
import { addMember } from '../services/members';
import { createUser } from '../services/users';

/**
 * The demo's custom roles: an auditor who reads everything quality, evidence and decisions show without
 * changing anything, and a pilot contributor who feeds outputs and measurements. The auditor is given to a
 * new demo person (`auditorEmail`, password `password`) so the Members page shows a custom role. Single
 * sign-on is not seeded: it needs a real provider.
 */
export async function seedIdentity(
  db: Database,
  ctx: OrgContext,
  props: { auditorEmail: string; password: string },
): Promise<{ auditorRoleId: string; contributorRoleId: string; auditorUserId: string }> {
  const auditorPermissions: Permission[] = [
    'portfolio.read',
    'quality.read',
    'evidence.read',
    'core_review.read',
    'decisions.read',
    'learning.read',
  ];
  const user = await db.system((tx) =>
    createUser(tx, { email: props.auditorEmail, name: 'Imani Audit', password: props.password }),
  );
  return db.tenant(ctx.organizationId, async (tx) => {
    const auditor = await createCustomRole(tx, ctx, {
      name: 'Auditor',
      description: 'Reads quality, evidence and decisions for the internal audit; changes nothing.',
      permissions: auditorPermissions,
    });
    const contributor = await createCustomRole(tx, ctx, {
      name: 'Pilot data feeder',
      description: 'Sends outputs and measurements from a pilot team; reads its quality and evidence.',
      permissions: ['quality.read', 'quality.write', 'evidence.read', 'evidence.write'],
    });
    await addMember(tx, ctx, user.id, 'viewer');
    await assignCustomRole(tx, ctx, user.id, auditor.id);
    return { auditorRoleId: auditor.id, contributorRoleId: contributor.id, auditorUserId: user.id };
  });
}
