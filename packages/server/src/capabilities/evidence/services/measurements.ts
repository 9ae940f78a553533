import { createHash } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { badRequest, type FieldError, HttpProblem, notFound } from '../../../platform/http/problem';
import { type EvidenceWindow, evidenceMeasurements, type MeasurementGroup } from '../evidence-schema';
import { getMetric, type MetricRow, windowsOf } from './evidence-metrics';

export type MeasurementRow = typeof evidenceMeasurements.$inferSelect;
export type MeasurementSource = 'entered' | 'imported' | 'api';

export interface MeasurementInput {
  window: EvidenceWindow;
  group?: MeasurementGroup | undefined;
  measuredOn: string;
  value: number;
  total?: number | undefined;
  unit?: string | undefined;
  note?: string | undefined;
  clientId?: string | undefined;
}

/** The errors of one measurement against its metric: window, unit and the value the kind allows. */
export function checkMeasurement(metric: MetricRow, m: MeasurementInput, path: string): FieldError[] {
  const errors: FieldError[] = [];
  const window = windowsOf(metric)[m.window];
  if (!window) {
    errors.push({
      path: `${path}.window`,
      message: `the ${m.window} window of this metric is not defined yet`,
    });
  } else if (m.measuredOn < window.start || m.measuredOn > window.end) {
    errors.push({
      path: `${path}.measuredOn`,
      message: `${m.measuredOn} is outside the ${m.window} window (${window.start} to ${window.end})`,
    });
  }
  if (m.unit !== undefined && m.unit !== metric.unit) {
    const wanted = metric.unit ? `"${metric.unit}"` : 'no unit (a proportion)';
    errors.push({
      path: `${path}.unit`,
      message: `"${m.unit}" is not this metric's unit: it takes ${wanted}`,
    });
  }
  if (!Number.isFinite(m.value)) errors.push({ path: `${path}.value`, message: 'must be a finite number' });
  else if (metric.kind === 'proportion') {
    if (m.total === undefined) {
      if (m.value !== 0 && m.value !== 1)
        errors.push({ path: `${path}.value`, message: 'must be 0 or 1, or a count with a total' });
    } else if (!Number.isInteger(m.total) || m.total < 1) {
      errors.push({ path: `${path}.total`, message: 'must be a whole number of at least 1' });
    } else if (!Number.isInteger(m.value) || m.value < 0 || m.value > m.total) {
      errors.push({
        path: `${path}.value`,
        message: `must be a whole count from 0 to the total (${m.total})`,
      });
    }
  } else {
    if (m.total !== undefined)
      errors.push({
        path: `${path}.total`,
        message: `only proportions take a total; this metric is a ${metric.kind}`,
      });
    if (metric.kind === 'duration' && m.value <= 0)
      errors.push({ path: `${path}.value`, message: 'a duration must be positive' });
  }
  return errors;
}

function contentHash(m: MeasurementInput): string {
  const canonical = JSON.stringify([
    m.window,
    m.group ?? 'pilot',
    m.measuredOn,
    m.value,
    m.total ?? null,
    m.note ?? '',
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export function presentMeasurement(row: MeasurementRow) {
  return {
    id: row.id,
    metricId: row.metricId,
    window: row.window,
    group: row.group,
    measuredOn: row.measuredOn,
    value: row.value,
    total: row.total,
    note: row.note,
    clientId: row.clientId,
    source: row.source,
    createdAt: row.createdAt.toISOString(),
  };
}

/** A concurrent request stored one of these client ids first; the caller retries the transaction. */
export class ConcurrentMeasurementError extends Error {
  override readonly name = 'ConcurrentMeasurementError';
}

/**
 * Records measurements of one metric, all or nothing: every row is checked first and any error refuses
 * the whole batch, naming each row and field (`pathOf(i)`). A client id stored before returns the stored
 * measurement (`duplicate: true`); the same client id with other content is a 409.
 */
export async function recordMeasurements(
  tx: Tx,
  ctx: OrgContext,
  metricId: string,
  inputs: MeasurementInput[],
  opts: { source: MeasurementSource; pathOf: (index: number) => string },
) {
  const metric = await getMetric(tx, ctx, metricId);
  const errors = inputs.flatMap((m, i) => checkMeasurement(metric, m, opts.pathOf(i)));
  if (errors.length) {
    const rows = new Set(errors.map((e) => e.path.slice(0, e.path.lastIndexOf('.')))).size;
    throw badRequest(`${rows} measurement(s) are not valid; nothing was stored.`, errors.slice(0, 200));
  }
  const clientIds = inputs.flatMap((m) => (m.clientId ? [m.clientId] : []));
  const stored = new Map(
    clientIds.length
      ? (
          await tx
            .select()
            .from(evidenceMeasurements)
            .where(
              and(
                eq(evidenceMeasurements.metricId, metric.id),
                inArray(evidenceMeasurements.clientId, clientIds),
              ),
            )
        ).map((r) => [r.clientId!, r])
      : [],
  );
  const seen = new Map<string, string>();
  const fresh: Array<typeof evidenceMeasurements.$inferInsert> = [];
  const plan: Array<{ row: MeasurementRow } | { fresh: number; duplicate: boolean }> = [];
  for (const [i, m] of inputs.entries()) {
    const hash = contentHash(m);
    const before = m.clientId ? stored.get(m.clientId) : undefined;
    const twin = m.clientId ? seen.get(m.clientId) : undefined;
    if ((before && before.contentHash !== hash) || (twin !== undefined && twin !== hash)) {
      throw new HttpProblem(
        409,
        'conflict',
        `Measurement ${i} reuses client id "${m.clientId}" with other content.`,
        [{ path: `${opts.pathOf(i)}.clientId`, message: 'already used for a different measurement' }],
      );
    }
    if (before) {
      plan.push({ row: before });
      continue;
    }
    if (twin !== undefined) {
      plan.push({ fresh: fresh.findIndex((f) => f.clientId === m.clientId), duplicate: true });
      continue;
    }
    if (m.clientId) seen.set(m.clientId, hash);
    plan.push({ fresh: fresh.length, duplicate: false });
    fresh.push({
      organizationId: ctx.organizationId,
      metricId: metric.id,
      window: m.window,
      group: m.group ?? 'pilot',
      measuredOn: m.measuredOn,
      value: m.value,
      total: metric.kind === 'proportion' ? (m.total ?? 1) : null,
      note: m.note ?? '',
      clientId: m.clientId ?? null,
      contentHash: hash,
      source: opts.source,
      recordedBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
    });
  }
  const inserted = fresh.length
    ? await tx
        .insert(evidenceMeasurements)
        .values(fresh)
        .onConflictDoNothing({ target: [evidenceMeasurements.metricId, evidenceMeasurements.clientId] })
        .returning()
    : [];
  if (inserted.length !== fresh.length) throw new ConcurrentMeasurementError();
  if (inserted.length) {
    const count = (w: EvidenceWindow) => inserted.filter((r) => r.window === w).length;
    await recordAudit(tx, ctx, {
      action: 'evidence_measurements.recorded',
      entityType: 'evidence_metric',
      entityId: metric.id,
      after: {
        source: opts.source,
        count: inserted.length,
        baseline: count('baseline'),
        pilot: count('pilot'),
        ...(inserted.length === 1 ? { measurement: presentMeasurement(inserted[0]!) } : {}),
      },
    });
  }
  return plan.map((p) =>
    'row' in p
      ? { ...presentMeasurement(p.row), duplicate: true }
      : { ...presentMeasurement(inserted[p.fresh]!), duplicate: p.duplicate },
  );
}

export async function listMeasurements(tx: Tx, ctx: OrgContext, metricId: string): Promise<MeasurementRow[]> {
  const metric = await getMetric(tx, ctx, metricId);
  return tx
    .select()
    .from(evidenceMeasurements)
    .where(eq(evidenceMeasurements.metricId, metric.id))
    .orderBy(
      asc(evidenceMeasurements.measuredOn),
      asc(evidenceMeasurements.createdAt),
      asc(evidenceMeasurements.id),
    );
}

/** Removes a measurement entered by mistake; the audit event keeps what it was. */
export async function deleteMeasurement(tx: Tx, ctx: OrgContext, id: string): Promise<void> {
  const [row] = await tx
    .delete(evidenceMeasurements)
    .where(and(eq(evidenceMeasurements.organizationId, ctx.organizationId), eq(evidenceMeasurements.id, id)))
    .returning();
  if (!row) throw notFound('The measurement');
  await recordAudit(tx, ctx, {
    action: 'evidence_measurement.deleted',
    entityType: 'evidence_metric',
    entityId: row.metricId,
    before: presentMeasurement(row),
  });
}
