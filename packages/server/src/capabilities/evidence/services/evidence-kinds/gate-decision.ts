import { and, desc, eq, inArray } from 'drizzle-orm';
import { applications } from '../../../portfolio/portfolio-schema';
import { expansionPlans, gateDecisions, planStages } from '../../../sequencing/sequencing-schema';
import { type EvidenceKind, excerpt, uuids } from './types';

const OUTCOME: Record<string, string> = {
  advance: 'advance',
  hold: 'hold',
  rework: 'rework',
  roll_back: 'roll back',
};

const query = (tx: Parameters<EvidenceKind['options']>[0]) =>
  tx
    .select({
      decision: gateDecisions,
      stageName: planStages.name,
      planId: planStages.planId,
      applicationName: applications.name,
    })
    .from(gateDecisions)
    .innerJoin(planStages, eq(planStages.id, gateDecisions.stageId))
    .innerJoin(expansionPlans, eq(expansionPlans.id, planStages.planId))
    .innerJoin(applications, eq(applications.id, expansionPlans.applicationId));

/** A recorded gate decision of an expansion plan, with its rationale (the evidence stays frozen with it). */
export const gateDecisionEvidence: EvidenceKind = {
  label: 'Gate decision',
  async resolve(tx, ctx, ids) {
    const valid = uuids(ids);
    if (!valid.length) return new Map();
    const rows = await query(tx).where(
      and(eq(gateDecisions.organizationId, ctx.organizationId), inArray(gateDecisions.id, valid)),
    );
    return new Map(
      rows.map(({ decision, stageName, planId, applicationName }) => [
        decision.id,
        {
          title: `${applicationName}, ${stageName}: ${OUTCOME[decision.outcome] ?? decision.outcome}`,
          detail: excerpt(decision.rationale),
          link: `/sequencing/plans/${planId}`,
          occurredAt: decision.createdAt,
        },
      ]),
    );
  },
  async options(tx, ctx) {
    const rows = await query(tx)
      .where(eq(gateDecisions.organizationId, ctx.organizationId))
      .orderBy(desc(gateDecisions.createdAt))
      .limit(100);
    return rows.map(({ decision, stageName, applicationName }) => ({
      id: decision.id,
      label: `${applicationName}, ${stageName} — ${OUTCOME[decision.outcome] ?? decision.outcome} (${decision.createdAt.toISOString().slice(0, 10)})`,
    }));
  },
};
