import { and, eq } from 'drizzle-orm';
import type { OrgContext } from '../auth/request-auth';
import { applications, type LifecycleStage, type RiskTier } from '../db/portfolio-schema';
import type { Tx } from '../db/types';
import { notFound } from '../http/problem';
import { recordAudit } from './audit';

export type ApplicationRow = typeof applications.$inferSelect;

export interface NewApplication {
  name: string;
  purpose?: string | undefined;
  ownerId?: string | null | undefined;
  stage?: LifecycleStage | undefined;
  riskTier?: RiskTier | undefined;
}

/** Registers an application; the shared entry point other capabilities (and their tests) build on. */
export async function createApplication(
  tx: Tx,
  ctx: OrgContext,
  input: NewApplication,
): Promise<ApplicationRow> {
  const [row] = await tx
    .insert(applications)
    .values({
      organizationId: ctx.organizationId,
      name: input.name,
      purpose: input.purpose ?? '',
      ownerId: input.ownerId ?? null,
      stage: input.stage ?? 'idea',
      riskTier: input.riskTier ?? 'low',
    })
    .returning();
  const application = row!;
  await recordAudit(tx, ctx, {
    action: 'application.created',
    entityType: 'application',
    entityId: application.id,
    after: { name: application.name, stage: application.stage, riskTier: application.riskTier },
  });
  return application;
}

export async function getApplication(tx: Tx, ctx: OrgContext, id: string): Promise<ApplicationRow> {
  const [row] = await tx
    .select()
    .from(applications)
    .where(and(eq(applications.organizationId, ctx.organizationId), eq(applications.id, id)));
  if (!row) throw notFound('The application');
  return row;
}
