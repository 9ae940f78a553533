import { type EvidenceGrade, evidenceGrades, gradeEvidence } from '@trellis/core';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { evidenceMeasurements, evidenceMetrics } from '../../evidence/evidence-schema';

const rank = (g: EvidenceGrade) => evidenceGrades.indexOf(g);

/**
 * The evidence grade (core's gradeEvidence, from the measurement design) of every metric of the given
 * stages' applications, keyed by metric id, and each application's best grade, keyed by application id.
 * Counts per cell as services/evidence.ts counts them: rows, or trials for proportions; the comparison
 * group's baseline rows do not count.
 */
export async function applicationGrades(
  tx: Tx,
  ctx: OrgContext,
  stages: { applicationId: string }[],
): Promise<Map<string, EvidenceGrade>> {
  const applicationIds = [...new Set(stages.map((s) => s.applicationId))];
  const grades = new Map<string, EvidenceGrade>();
  if (applicationIds.length === 0) return grades;
  const metrics = await tx
    .select({
      id: evidenceMetrics.id,
      applicationId: evidenceMetrics.applicationId,
      kind: evidenceMetrics.kind,
    })
    .from(evidenceMetrics)
    .where(
      and(
        eq(evidenceMetrics.organizationId, ctx.organizationId),
        inArray(evidenceMetrics.applicationId, applicationIds),
      ),
    );
  if (metrics.length === 0) return grades;
  const cells = await tx
    .select({
      metricId: evidenceMeasurements.metricId,
      window: evidenceMeasurements.window,
      group: evidenceMeasurements.group,
      rows: sql<number>`count(*)::int`,
      trials: sql<number>`coalesce(sum(coalesce(${evidenceMeasurements.total}, 1)), 0)::int`,
    })
    .from(evidenceMeasurements)
    .where(
      and(
        eq(evidenceMeasurements.organizationId, ctx.organizationId),
        inArray(
          evidenceMeasurements.metricId,
          metrics.map((m) => m.id),
        ),
      ),
    )
    .groupBy(evidenceMeasurements.metricId, evidenceMeasurements.window, evidenceMeasurements.group);
  for (const metric of metrics) {
    const size = (window: string, group: string) => {
      const cell = cells.find((c) => c.metricId === metric.id && c.window === window && c.group === group);
      return cell ? Number(metric.kind === 'proportion' ? cell.trials : cell.rows) : 0;
    };
    const { grade } = gradeEvidence({
      baselineN: size('baseline', 'pilot'),
      pilotN: size('pilot', 'pilot'),
      comparisonN: size('pilot', 'comparison'),
    });
    grades.set(metric.id, grade);
    const best = grades.get(metric.applicationId);
    if (!best || rank(grade) > rank(best)) grades.set(metric.applicationId, grade);
  }
  return grades;
}
