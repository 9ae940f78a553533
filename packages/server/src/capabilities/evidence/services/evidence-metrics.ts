import type { MetricKind } from '@trellis/core';
import { and, asc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { badRequest, type FieldError, fieldError, notFound } from '../../../platform/http/problem';
import { getApplication } from '../../portfolio/index';
import { type BetterDirection, evidenceMeasurements, evidenceMetrics } from '../evidence-schema';

export type MetricRow = typeof evidenceMetrics.$inferSelect;

export interface DateRange {
  start: string;
  end: string;
}

export interface MetricWindows {
  baseline: DateRange;
  pilot: DateRange;
}

export interface NewMetric {
  name: string;
  unit?: string | undefined;
  kind: MetricKind;
  better: BetterDirection;
  howMeasured?: string | undefined;
  windows?: MetricWindows | undefined;
}

const actorUserId = (ctx: OrgContext) => (ctx.actor.type === 'user' ? ctx.actor.id : null);

export const windowsOf = (m: MetricRow): Partial<MetricWindows> => ({
  ...(m.baselineStart && m.baselineEnd ? { baseline: { start: m.baselineStart, end: m.baselineEnd } } : {}),
  ...(m.pilotStart && m.pilotEnd ? { pilot: { start: m.pilotStart, end: m.pilotEnd } } : {}),
});

/** Each window runs forward, and the baseline ends before the pilot starts (ISO dates compare as text). */
function checkWindows(w: MetricWindows, prefix: string): void {
  const errors: FieldError[] = [];
  for (const key of ['baseline', 'pilot'] as const) {
    if (w[key].start > w[key].end)
      errors.push({ path: `${prefix}.${key}.end`, message: `must not be before the ${key} window starts` });
  }
  if (!errors.length && w.baseline.end >= w.pilot.start)
    errors.push({ path: `${prefix}.pilot.start`, message: 'must be after the baseline window ends' });
  if (errors.length) throw badRequest('The windows are not valid.', errors);
}

const windowColumns = (w: MetricWindows) => ({
  baselineStart: w.baseline.start,
  baselineEnd: w.baseline.end,
  pilotStart: w.pilot.start,
  pilotEnd: w.pilot.end,
});

/** Defines a metric of an application's pilot (optionally with its windows). */
export async function createMetric(tx: Tx, ctx: OrgContext, applicationId: string, input: NewMetric) {
  const application = await getApplication(tx, ctx, applicationId);
  const unit = input.unit ?? '';
  if (input.kind === 'proportion' && unit !== '')
    throw fieldError(
      'body.unit',
      'a proportion has no unit: each measurement is 0/1 or a count out of a total',
    );
  if (input.windows) checkWindows(input.windows, 'body.windows');
  const [row] = await tx
    .insert(evidenceMetrics)
    .values({
      organizationId: ctx.organizationId,
      applicationId: application.id,
      name: input.name,
      unit,
      kind: input.kind,
      better: input.better,
      howMeasured: input.howMeasured ?? '',
      ...(input.windows ? windowColumns(input.windows) : {}),
      createdBy: actorUserId(ctx),
    })
    .onConflictDoNothing({ target: [evidenceMetrics.applicationId, evidenceMetrics.name] })
    .returning();
  if (!row) throw fieldError('body.name', 'another metric of this application already has this name');
  await recordAudit(tx, ctx, {
    action: 'evidence_metric.created',
    entityType: 'evidence_metric',
    entityId: row.id,
    after: {
      applicationId: application.id,
      name: row.name,
      unit,
      kind: row.kind,
      better: row.better,
      ...windowsOf(row),
    },
  });
  return row;
}

export async function getMetric(tx: Tx, ctx: OrgContext, id: string): Promise<MetricRow> {
  const [row] = await tx
    .select()
    .from(evidenceMetrics)
    .where(and(eq(evidenceMetrics.organizationId, ctx.organizationId), eq(evidenceMetrics.id, id)));
  if (!row) throw notFound('The metric');
  return row;
}

export async function listMetrics(tx: Tx, ctx: OrgContext, applicationId: string): Promise<MetricRow[]> {
  await getApplication(tx, ctx, applicationId);
  return tx
    .select()
    .from(evidenceMetrics)
    .where(
      and(
        eq(evidenceMetrics.organizationId, ctx.organizationId),
        eq(evidenceMetrics.applicationId, applicationId),
      ),
    )
    .orderBy(asc(evidenceMetrics.createdAt), asc(evidenceMetrics.name));
}

/**
 * Sets (or moves) the baseline and pilot windows. Refused when a stored measurement would fall outside
 * its window, so the windows and their measurements always agree.
 */
export async function setMetricWindows(tx: Tx, ctx: OrgContext, id: string, windows: MetricWindows) {
  const metric = await getMetric(tx, ctx, id);
  checkWindows(windows, 'body');
  const outside = (key: 'baseline' | 'pilot') =>
    and(
      eq(evidenceMeasurements.metricId, metric.id),
      eq(evidenceMeasurements.window, key),
      sql`(${evidenceMeasurements.measuredOn} < ${windows[key].start} OR ${evidenceMeasurements.measuredOn} > ${windows[key].end})`,
    );
  const errors: FieldError[] = [];
  for (const key of ['baseline', 'pilot'] as const) {
    const [found] = await tx
      .select({
        n: sql<number>`count(*)::int`,
        first: sql<string>`min(${evidenceMeasurements.measuredOn})::text`,
      })
      .from(evidenceMeasurements)
      .where(outside(key));
    if (found && found.n > 0)
      errors.push({
        path: `body.${key}`,
        message: `${found.n} ${key} measurement(s) would fall outside this window (the earliest on ${found.first})`,
      });
  }
  if (errors.length) throw badRequest('Measurements would fall outside the new windows.', errors);
  const [row] = await tx
    .update(evidenceMetrics)
    .set({ ...windowColumns(windows), updatedAt: new Date() })
    .where(eq(evidenceMetrics.id, metric.id))
    .returning();
  await recordAudit(tx, ctx, {
    action: 'evidence_metric.windows_set',
    entityType: 'evidence_metric',
    entityId: metric.id,
    before: windowsOf(metric),
    after: windows,
  });
  return row!;
}
