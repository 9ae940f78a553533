import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Database, Tx } from '../../../platform/db/types';
import { createChangeImpact } from '../../capacity/services/change-impacts';
import { createOrgUnit } from '../../capacity/services/org-units';
import { evidenceMeasurements, evidenceMetrics } from '../../evidence/evidence-schema';
import { createApplication } from '../../portfolio/services/applications';
import {
  expansionPlans,
  planStages,
  planStageUnits,
  stageDependencies,
} from '../../sequencing/sequencing-schema';

export const systemContext = (organizationId: string): OrgContext => ({
  organizationId,
  role: 'owner',
  actor: { type: 'system', id: null, name: 'planning fixture' },
  requestId: 'planning-fixture',
});

export interface FixtureStage {
  name: string;
  status?: 'planned' | 'running' | 'completed' | 'rolled_back';
  durationMonths: number;
  changeLoad: number;
  expectedValue: number;
  unitIds: string[];
  startedAt?: Date;
}

/**
 * An expansion plan with its stages, inserted directly (the sequencing services live on another branch):
 * stage ids in position order.
 */
export async function insertPlan(
  tx: Tx,
  organizationId: string,
  applicationId: string,
  stages: FixtureStage[],
  status: 'draft' | 'active' = 'active',
): Promise<string[]> {
  const [plan] = await tx
    .insert(expansionPlans)
    .values({ organizationId, applicationId, status })
    .returning({ id: expansionPlans.id });
  const ids: string[] = [];
  for (const [position, stage] of stages.entries()) {
    const [row] = await tx
      .insert(planStages)
      .values({
        organizationId,
        planId: plan!.id,
        position: position + 1,
        name: stage.name,
        status: stage.status ?? 'planned',
        durationMonths: stage.durationMonths,
        changeLoad: stage.changeLoad,
        expectedValue: stage.expectedValue,
        startedAt: stage.startedAt ?? null,
      })
      .returning({ id: planStages.id });
    ids.push(row!.id);
    for (const orgUnitId of stage.unitIds) {
      await tx.insert(planStageUnits).values({ organizationId, stageId: row!.id, orgUnitId });
    }
  }
  return ids;
}

export async function insertStageDependency(
  tx: Tx,
  organizationId: string,
  stageId: string,
  dependsOn: string,
) {
  await tx.insert(stageDependencies).values({ organizationId, stageId, dependsOnStageId: dependsOn });
}

/** A metric with `pilot` pilot-group and `comparison` comparison-group measurements in the pilot window. */
async function insertEvidence(
  tx: Tx,
  organizationId: string,
  applicationId: string,
  pilot: number,
  comparison: number,
) {
  const [metric] = await tx
    .insert(evidenceMetrics)
    .values({ organizationId, applicationId, name: 'Minutes per draft', kind: 'mean', better: 'lower' })
    .returning({ id: evidenceMetrics.id });
  const rows = [
    ...Array.from({ length: pilot }, (_, i) => ({ group: 'pilot' as const, value: 20 + (i % 5) })),
    ...Array.from({ length: comparison }, (_, i) => ({ group: 'comparison' as const, value: 30 + (i % 5) })),
  ];
  await tx.insert(evidenceMeasurements).values(
    rows.map((r, i) => ({
      organizationId,
      metricId: metric!.id,
      window: 'pilot' as const,
      group: r.group,
      measuredOn: `2026-10-${String((i % 28) + 1).padStart(2, '0')}`,
      value: r.value,
      source: 'entered' as const,
    })),
  );
}

export interface SaturatedPortfolio {
  customerSuccess: string;
  operations: string;
  contentDrafting: string;
  needsAnalysis: string;
  ticketTriage: string;
  /** Content drafting → Second team (Customer Success, 15/month for 6 months, value 100). */
  secondTeam: string;
  /** Needs analysis → Pilot team (Customer Success, 15/month for 3 months, value 60). */
  pilotTeam: string;
  /** Needs analysis → Department (Operations, after the pilot). */
  department: string;
  /** Ticket triage → Pilot (running on Operations, capacity 30, since January 2027: 2 months, 15/month). */
  running: string;
}

/**
 * An organization where Customer Success (capacity 40) already carries 25 change points a month through
 * June 2027 (an onboarding change), so from January 2027 it has room for one more 15-point step only:
 * content drafting (controlled evidence, value 100) and needs analysis (anecdotal, value 60) both want it.
 */
export async function seedSaturatedPortfolio(
  db: Database,
  organizationId: string,
): Promise<SaturatedPortfolio> {
  const ctx = systemContext(organizationId);
  return db.tenant(organizationId, async (tx) => {
    const customerSuccess = (
      await createOrgUnit(tx, ctx, {
        name: 'Customer Success',
        kind: 'department',
        headcount: 5,
        monthlyCapacity: 40,
      })
    ).id;
    const operations = (
      await createOrgUnit(tx, ctx, { name: 'Operations', kind: 'department', headcount: 3 })
    ).id;
    await createChangeImpact(tx, ctx, {
      orgUnitId: customerSuccess,
      title: 'New ticketing system',
      aspects: { process: 3, tools: 2 },
      peopleAffected: 5,
      startDate: '2027-01-01',
      endDate: '2027-06-30',
    });
    const contentDrafting = (await createApplication(tx, ctx, { name: 'Content drafting', stage: 'pilot' }))
      .id;
    const needsAnalysis = (await createApplication(tx, ctx, { name: 'Needs analysis', stage: 'pilot' })).id;
    const ticketTriage = (await createApplication(tx, ctx, { name: 'Ticket triage', stage: 'pilot' })).id;
    await insertEvidence(tx, organizationId, contentDrafting, 12, 12);
    await insertEvidence(tx, organizationId, needsAnalysis, 3, 0);
    const [secondTeam] = await insertPlan(tx, organizationId, contentDrafting, [
      {
        name: 'Second team',
        durationMonths: 6,
        changeLoad: 15,
        expectedValue: 100,
        unitIds: [customerSuccess],
      },
    ]);
    const [pilotTeam, department] = await insertPlan(tx, organizationId, needsAnalysis, [
      {
        name: 'Pilot team',
        durationMonths: 3,
        changeLoad: 15,
        expectedValue: 60,
        unitIds: [customerSuccess],
      },
      { name: 'Department', durationMonths: 2, changeLoad: 20, expectedValue: 80, unitIds: [operations] },
    ]);
    const [running] = await insertPlan(tx, organizationId, ticketTriage, [
      {
        name: 'Pilot',
        status: 'running',
        durationMonths: 2,
        changeLoad: 15,
        expectedValue: 40,
        unitIds: [operations],
        startedAt: new Date('2027-01-04T09:00:00Z'),
      },
    ]);
    return {
      customerSuccess,
      operations,
      contentDrafting,
      needsAnalysis,
      ticketTriage,
      secondTeam: secondTeam!,
      pilotTeam: pilotTeam!,
      department: department!,
      running: running!,
    };
  });
}
