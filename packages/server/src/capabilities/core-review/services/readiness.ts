import {
  countNoun,
  decisionTypes,
  monthRange,
  normalizeRating,
  type ReadinessDimension,
  readinessDimensions,
  readinessLabels,
  workflowStepCoverage,
} from '@trellis/core';
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { selectRows } from '../../../platform/db/rows';
import type { Tx } from '../../../platform/db/types';
import { fieldError } from '../../../platform/http/problem';
import { computeUnitHeatmap } from '../../capacity/index';
import {
  automationBoundaries,
  decisionRights,
  decisionRubrics,
  evaluationScores,
} from '../../decisions/decisions-schema';
import { experiments } from '../../learning/learning-schema';
import type { ApplicationRow } from '../../portfolio/index';
import { getApplication } from '../../portfolio/index';
import { applicationUnits } from '../../portfolio/portfolio-schema';
import { qualityStandards, reviews, workflows } from '../../quality/quality-schema';
import { expansionPlans, planStages, planStageUnits } from '../../sequencing/sequencing-schema';
import { readinessRatings } from '../core-review-schema';
import { getLatestScalingPackage } from './scaling-packages';

/**
 * Sampled reviews a workflow needs on its current standard version before its quality standard counts as
 * proven: with 30 reviews and no defect the one-sided 95% upper bound on the defect rate is about 3/30 = 10%
 * (the "rule of three", Hanley & Lippman-Hand 1983), the coarsest bound worth calling evidence.
 */
export const ENOUGH_REVIEWED_OUTPUTS = 30;

export interface DimensionReadiness {
  dimension: ReadinessDimension;
  source: 'computed' | 'rated' | 'missing';
  /** 0–1: a computed share, or a 1–5 rating normalized ((r − 1) / 4). Null when missing. */
  score: number | null;
  /** The person's 1–5 rating when rated. */
  rating: number | null;
  explanation: string;
}

type Measure = (tx: Tx, ctx: OrgContext, application: ApplicationRow) => Promise<DimensionReadiness>;

/** A person's rating, or missing: what every dimension falls back to when it cannot be computed. */
async function rated(
  tx: Tx,
  ctx: OrgContext,
  application: ApplicationRow,
  dimension: ReadinessDimension,
  why: string,
): Promise<DimensionReadiness> {
  const [row] = await tx
    .select()
    .from(readinessRatings)
    .where(
      and(
        eq(readinessRatings.organizationId, ctx.organizationId),
        eq(readinessRatings.applicationId, application.id),
        eq(readinessRatings.dimension, dimension),
      ),
    );
  if (!row)
    return { dimension, source: 'missing', score: null, rating: null, explanation: `Not rated yet. ${why}` };
  return {
    dimension,
    source: 'rated',
    score: normalizeRating(row.rating),
    rating: row.rating,
    explanation: `Rated ${row.rating}/5 by ${row.ratedByName}: ${row.note}`,
  };
}

/** Workflows: the share of the pilot's workflow steps the newest scaling package carries forward. */
const workflowsReadiness: Measure = async (tx, ctx, application) => {
  const latest = await getLatestScalingPackage(tx, ctx, application.id);
  const coverage = latest ? workflowStepCoverage(latest.package.content.core) : null;
  if (!latest || !coverage)
    return rated(
      tx,
      ctx,
      application,
      'workflows',
      'Computed once a scaling package includes workflow-step elements.',
    );
  const stale = latest.current ? '' : ' (elements changed since; generate a new package)';
  return {
    dimension: 'workflows',
    source: 'computed',
    score: coverage.covered / coverage.total,
    rating: null,
    explanation: `${coverage.covered} of ${coverage.total} workflow steps carry forward (scale or systematize first) in scaling package v${latest.package.version}${stale}.`,
  };
};

/** Quality standards: the share of the application's workflows with a standard and enough reviewed outputs. */
const qualityStandardsReadiness: Measure = async (tx, ctx, application) => {
  const rows = await selectRows<{ name: string; version: number | null; reviewed: number }>(
    tx,
    sql`SELECT w.name, s.version,
          (SELECT count(*)::int FROM ${reviews} r WHERE r.workflow_id = w.id AND r.kind = 'sampled'
             AND r.standard_version = s.version) AS reviewed
        FROM ${workflows} w
        LEFT JOIN LATERAL (SELECT q.version FROM ${qualityStandards} q WHERE q.workflow_id = w.id
          ORDER BY q.version DESC LIMIT 1) s ON true
        WHERE w.organization_id = ${ctx.organizationId} AND w.application_id = ${application.id}
        ORDER BY w.name`,
  );
  if (rows.length === 0)
    return rated(tx, ctx, application, 'quality_standards', 'Computed once the application has workflows.');
  const proven = rows.filter((r) => r.version !== null && r.reviewed >= ENOUGH_REVIEWED_OUTPUTS);
  const detail = rows
    .map((r) =>
      r.version === null ? `${r.name}: no standard` : `${r.name}: ${r.reviewed} reviewed on v${r.version}`,
    )
    .join('; ');
  return {
    dimension: 'quality_standards',
    source: 'computed',
    score: proven.length / rows.length,
    rating: null,
    explanation: `${proven.length} of ${rows.length} workflows have a quality standard with at least ${ENOUGH_REVIEWED_OUTPUTS} reviewed outputs (${detail}).`,
  };
};

const NOT_ENOUGH = 'Not enough evidence yet:';

/**
 * Decision rights, from what the organization has set up: the RACI grid (share of decision types with an
 * Accountable role), its decision rubrics (was this application scored in an evaluation?) and automation
 * boundaries (share of the application's workflows with one decided). A part without any data in the
 * organization (no RACI cell, no rubric, no boundary anywhere) does not count; with none, it is not known.
 */
const decisionRightsReadiness: Measure = async (tx, ctx, application) => {
  const org = ctx.organizationId;
  const [row] = await selectRows<{
    raciCells: number;
    accountableTypes: number;
    rubrics: number;
    scored: number;
    boundariesInOrg: number;
    workflows: number;
    decided: number;
  }>(
    tx,
    sql`SELECT
          (SELECT count(*)::int FROM ${decisionRights} WHERE organization_id = ${org}) AS "raciCells",
          (SELECT count(DISTINCT decision_type)::int FROM ${decisionRights}
             WHERE organization_id = ${org} AND letter = 'A') AS "accountableTypes",
          (SELECT count(*)::int FROM ${decisionRubrics} WHERE organization_id = ${org}) AS rubrics,
          (SELECT count(*)::int FROM ${evaluationScores}
             WHERE organization_id = ${org} AND application_id = ${application.id}) AS scored,
          (SELECT count(*)::int FROM ${automationBoundaries} WHERE organization_id = ${org}) AS "boundariesInOrg",
          (SELECT count(*)::int FROM ${workflows}
             WHERE organization_id = ${org} AND application_id = ${application.id}) AS workflows,
          (SELECT count(DISTINCT b.workflow_id)::int FROM ${automationBoundaries} b
             JOIN ${workflows} w ON w.id = b.workflow_id
             WHERE b.organization_id = ${org} AND w.application_id = ${application.id}) AS decided`,
  );
  const r = row!;
  const parts: { score: number; text: string }[] = [];
  if (r.raciCells > 0)
    parts.push({
      score: r.accountableTypes / decisionTypes.length,
      text: `${r.accountableTypes} of ${countNoun(decisionTypes.length, 'decision type')} have an Accountable role in the RACI grid`,
    });
  if (r.rubrics > 0)
    parts.push({
      score: r.scored > 0 ? 1 : 0,
      text: r.scored > 0 ? 'scored against a decision rubric' : 'not yet scored against a decision rubric',
    });
  if (r.boundariesInOrg > 0 && r.workflows > 0)
    parts.push({
      score: r.decided / r.workflows,
      text: `${r.decided} of ${countNoun(r.workflows, 'workflow')} with an automation boundary decided`,
    });
  if (parts.length === 0)
    return rated(
      tx,
      ctx,
      application,
      'decision_rights',
      `${NOT_ENOUGH} computed once the organization has a RACI grid, a decision rubric or an automation boundary.`,
    );
  return {
    dimension: 'decision_rights',
    source: 'computed',
    score: parts.reduce((a, p) => a + p.score, 0) / parts.length,
    rating: null,
    explanation: `${parts.map((p) => p.text).join('; ')}.`,
  };
};

const STATUS_SCORE = { green: 1, amber: 0.5, red: 0 } as const;
/** Months ahead the change-capacity part looks at: this one and the next two. */
export const READINESS_CAPACITY_MONTHS = 3;

/**
 * Change absorption capacity, from the heatmap: the units that use the application or that its expansion
 * plan reaches, each at its worst status over this month and the next two (green 1, amber ½, red 0; the
 * unit's capacity with everything under it, as shown everywhere). No such unit: not known.
 */
const changeCapacityReadiness: Measure = async (tx, ctx, application) => {
  const linked = await selectRows<{ id: string }>(
    tx,
    sql`SELECT org_unit_id AS id FROM ${applicationUnits}
          WHERE organization_id = ${ctx.organizationId} AND application_id = ${application.id}
        UNION
        SELECT u.org_unit_id FROM ${planStageUnits} u
          JOIN ${planStages} s ON s.id = u.stage_id
          JOIN ${expansionPlans} p ON p.id = s.plan_id
          WHERE p.organization_id = ${ctx.organizationId} AND p.application_id = ${application.id}`,
  );
  if (linked.length === 0)
    return rated(
      tx,
      ctx,
      application,
      'change_capacity',
      `${NOT_ENOUGH} computed once org units use the application or its expansion plan reaches them.`,
    );
  const months = monthRange(new Date().toISOString().slice(0, 7), READINESS_CAPACITY_MONTHS);
  const heatmap = await computeUnitHeatmap(tx, ctx, months);
  const ids = new Set(linked.map((l) => l.id));
  const units = heatmap.rows
    .map((row, i) => ({ row, unit: heatmap.units[i]! }))
    .filter(({ unit }) => ids.has(unit.id))
    .map(({ row, unit }) => {
      const worst = row.cells.reduce((w, c) => (STATUS_SCORE[c.status] < STATUS_SCORE[w.status] ? c : w));
      return { unit, worst };
    })
    .sort((a, b) => a.unit.name.localeCompare(b.unit.name));
  const detail = units
    .map(
      ({ unit, worst }) =>
        `${unit.name}: ${worst.status}${worst.ratio === null ? '' : ` (${Math.round(worst.ratio * 100)}% of capacity in ${worst.month})`}`,
    )
    .join('; ');
  return {
    dimension: 'change_capacity',
    source: 'computed',
    score: units.reduce((a, u) => a + STATUS_SCORE[u.worst.status], 0) / units.length,
    rating: null,
    explanation: `${countNoun(units.length, 'unit')} at their worst over ${months[0]} – ${months.at(-1)} (green 1, amber ½, red 0): ${detail}.`,
  };
};

/**
 * Learning orientation, from the application's experiments: of those that have ended (completed,
 * abandoned or past their end date), the share with a recorded result. None ended yet: not known.
 */
const learningReadiness: Measure = async (tx, ctx, application) => {
  const [row] = await selectRows<{ total: number; ended: number; withResult: number }>(
    tx,
    sql`SELECT count(*)::int AS total,
          count(*) FILTER (WHERE status IN ('completed', 'abandoned') OR ends_on < now())::int AS ended,
          count(*) FILTER (WHERE (status IN ('completed', 'abandoned') OR ends_on < now())
            AND result IS NOT NULL)::int AS "withResult"
        FROM ${experiments} WHERE organization_id = ${ctx.organizationId} AND application_id = ${application.id}`,
  );
  const r = row!;
  if (r.ended === 0)
    return rated(
      tx,
      ctx,
      application,
      'learning_orientation',
      r.total === 0
        ? `${NOT_ENOUGH} computed once the application has an experiment that has ended.`
        : `${NOT_ENOUGH} ${countNoun(r.total, 'experiment')} of this application, none ended yet.`,
    );
  return {
    dimension: 'learning_orientation',
    source: 'computed',
    score: r.withResult / r.ended,
    rating: null,
    explanation: `${r.withResult} of ${countNoun(r.ended, 'ended experiment')} with a recorded result (${r.total} in all).`,
  };
};

/** One function per dimension: making a dimension computable is a change to its entry only. */
export const readinessMeasures: Record<ReadinessDimension, Measure> = {
  workflows: workflowsReadiness,
  decision_rights: decisionRightsReadiness,
  quality_standards: qualityStandardsReadiness,
  change_capacity: changeCapacityReadiness,
  learning_orientation: learningReadiness,
};

export async function getReadiness(
  tx: Tx,
  ctx: OrgContext,
  applicationId: string,
): Promise<DimensionReadiness[]> {
  const application = await getApplication(tx, ctx, applicationId);
  const out: DimensionReadiness[] = [];
  for (const dimension of readinessDimensions)
    out.push(await readinessMeasures[dimension](tx, ctx, application));
  return out;
}

/** Records a person's 1–5 rating; refused for a dimension Trellis computes for this application now. */
export async function rateReadiness(
  tx: Tx,
  ctx: OrgContext,
  applicationId: string,
  dimension: ReadinessDimension,
  input: { rating: number; note: string },
): Promise<DimensionReadiness> {
  const application = await getApplication(tx, ctx, applicationId);
  const measure = readinessMeasures[dimension];
  if ((await measure(tx, ctx, application)).source === 'computed')
    throw fieldError(
      'params.dimension',
      `${readinessLabels[dimension]} is computed from data for this application`,
    );
  const key = { organizationId: ctx.organizationId, applicationId, dimension };
  const [before] = await tx
    .select()
    .from(readinessRatings)
    .where(and(eq(readinessRatings.applicationId, applicationId), eq(readinessRatings.dimension, dimension)));
  const values = {
    ...key,
    rating: input.rating,
    note: input.note,
    ratedBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
    ratedByName: ctx.actor.name,
    ratedAt: sql`now()`,
  };
  await tx
    .insert(readinessRatings)
    .values(values)
    .onConflictDoUpdate({
      target: [readinessRatings.applicationId, readinessRatings.dimension],
      set: values,
    });
  await recordAudit(tx, ctx, {
    action: 'readiness.rated',
    entityType: 'application',
    entityId: applicationId,
    before: before ? { dimension, rating: before.rating, note: before.note } : null,
    after: { dimension, rating: input.rating, note: input.note },
  });
  return measure(tx, ctx, application);
}
