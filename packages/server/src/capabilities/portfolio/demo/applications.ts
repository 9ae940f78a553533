import { and, eq } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { applications } from '../portfolio-schema';
import { type ApplicationRow, createApplication, type NewApplication } from '../services/applications';

/**
 * The demo's parts each name the applications they use; the first to need one registers it and the others
 * find it by name, so the demo holds one "AI-assisted needs analysis", not one per capability.
 */
export async function demoApplication(
  tx: Tx,
  ctx: OrgContext,
  input: NewApplication,
): Promise<ApplicationRow> {
  const [found] = await tx
    .select()
    .from(applications)
    .where(and(eq(applications.organizationId, ctx.organizationId), eq(applications.name, input.name)));
  return found ?? createApplication(tx, ctx, input);
}
