import { and, eq } from 'drizzle-orm';
import type { OrgContext } from '../auth/request-auth';
import { applications } from '../db/portfolio-schema';
import type { Tx } from '../db/types';
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
