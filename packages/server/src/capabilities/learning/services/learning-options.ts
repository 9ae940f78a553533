import { asc, eq } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { orgUnits } from '../../capacity/capacity-schema';
import { applications } from '../../portfolio/portfolio-schema';

/** What the learning forms offer to pick from: the organization's applications and org units, by name. */
export async function learningOptions(tx: Tx, ctx: OrgContext) {
  const apps = await tx
    .select({ id: applications.id, name: applications.name, stage: applications.stage })
    .from(applications)
    .where(eq(applications.organizationId, ctx.organizationId))
    .orderBy(asc(applications.name))
    .limit(500);
  const units = await tx
    .select({ id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind })
    .from(orgUnits)
    .where(eq(orgUnits.organizationId, ctx.organizationId))
    .orderBy(asc(orgUnits.name))
    .limit(500);
  return { applications: apps, units };
}
