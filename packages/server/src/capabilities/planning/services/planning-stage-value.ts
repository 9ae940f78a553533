import { countNoun } from '@trellis/core';
import { and, eq, sql } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { evidenceMeasurements } from '../../evidence/evidence-schema';
import { listApplicationEvidence } from '../../evidence/index';

/** What a stage's expected value (hours saved a month) defaults to, and where it comes from. */
export interface StageValueDefault {
  /** Hours saved a month; null when the application's evidence gives no basis. */
  hoursPerMonth: number | null;
  /** The basis in words, or what evidence would give one. */
  basis: string;
}

const HOURS: Record<string, number> = { h: 1, hour: 1, hours: 1, min: 1 / 60, minutes: 1 / 60 };

/**
 * The evidence-based default for an expansion stage's expected value: from the application's time metrics
 * (a mean or duration in hours or minutes where lower is better) whose comparison shows the pilot faster,
 * the time saved per measured piece of work × the pieces measured per month in the pilot window — the
 * hours the pilot saves a month. The largest such figure, stated with its metric and grade; none → null.
 */
export async function stageValueDefault(
  tx: Tx,
  ctx: OrgContext,
  applicationId: string,
): Promise<StageValueDefault> {
  const { items } = await listApplicationEvidence(tx, ctx, applicationId);
  let best: StageValueDefault & { hoursPerMonth: number } = { hoursPerMonth: 0, basis: '' };
  for (const e of items) {
    const toHours = HOURS[e.metric.unit.trim().toLowerCase()];
    if (!toHours || e.metric.better !== 'lower' || (e.metric.kind !== 'mean' && e.metric.kind !== 'duration'))
      continue;
    if (!e.comparison || e.comparison.difference.estimate >= 0) continue;
    const saved = -e.comparison.difference.estimate * toHours;
    const [span] = await tx
      .select({
        pieces: sql<number>`count(*)::int`,
        days: sql<number>`(max(${evidenceMeasurements.measuredOn}) - min(${evidenceMeasurements.measuredOn}) + 1)::int`,
      })
      .from(evidenceMeasurements)
      .where(
        and(
          eq(evidenceMeasurements.metricId, e.metric.id),
          eq(evidenceMeasurements.window, 'pilot'),
          eq(evidenceMeasurements.group, 'pilot'),
        ),
      );
    if (!span || span.pieces === 0) continue;
    const months = Math.max(1, Number(span.days) / 30.4375);
    const perMonth = Number(span.pieces) / months;
    const hours = Math.round(saved * perMonth);
    if (hours > best.hoursPerMonth)
      best = {
        hoursPerMonth: hours,
        basis: `From “${e.metric.name}”: ${saved.toFixed(1)} h saved per measurement × ${perMonth.toFixed(1)} measurements a month in the pilot (${e.grading.grade.replaceAll('-', ' ')} evidence).`,
      };
  }
  if (best.hoursPerMonth > 0) return best;
  return {
    hoursPerMonth: null,
    basis: `No default: ${items.length ? `none of its ${countNoun(items.length, 'metric')} is a time in hours or minutes that the pilot lowered` : 'the application has no evidence metric yet'}. Enter the hours a stage would save a month.`,
  };
}
