import {
  normalizeRating,
  type ReadinessDimension,
  readinessDimensions,
  readinessLabels,
  workflowStepCoverage,
} from '@trellis/core';
import { and, eq, sql } from 'drizzle-orm';
import type { OrgContext } from '../auth/request-auth';
import { readinessRatings } from '../db/core-review-schema';
import { qualityStandards, reviews, workflows } from '../db/quality-schema';
import { selectRows } from '../db/rows';
import type { Tx } from '../db/types';
import { fieldError } from '../http/problem';
import type { ApplicationRow } from './applications';
import { getApplication } from './applications';
import { recordAudit } from './audit';
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

const ratedOnly =
  (dimension: ReadinessDimension, why: string): Measure =>
  (tx, ctx, application) =>
    rated(tx, ctx, application, dimension, why);

/** One function per dimension: making a dimension computable is a change to its entry only. */
export const readinessMeasures: Record<ReadinessDimension, Measure> = {
  workflows: workflowsReadiness,
  decision_rights: ratedOnly(
    'decision_rights',
    'Rated by a person until decision rubrics and RACI are in Trellis.',
  ),
  quality_standards: qualityStandardsReadiness,
  change_capacity: ratedOnly('change_capacity', 'Rated by a person until org-unit capacity is in Trellis.'),
  learning_orientation: ratedOnly(
    'learning_orientation',
    'Rated by a person until experiments and insights are in Trellis.',
  ),
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
