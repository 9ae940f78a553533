import {
  type DiagnosticPosition,
  diagnosticPosition,
  INDICATORS,
  type IndicatorDefinition,
  type IndicatorReading,
  type IndicatorStatus,
  indicatorStatus,
  judgedPressure,
  type MaturityScore,
  maturityScores,
  type SelfAssessmentAnswers,
  validateSelfAssessment,
} from '@trellis/core';
import { and, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Database, Tx } from '../../../platform/db/types';
import { maturityAssessments, maturitySnapshots } from '../diagnostic-schema';
import { readIndicators } from './diagnostic-indicators';
import { diagnosticWindows } from './diagnostic-windows';
import { keptReads } from './kept';

export type IndicatorView = IndicatorDefinition &
  IndicatorReading & { pressure: number | null; status: IndicatorStatus };

export interface Diagnostic {
  generatedAt: Date;
  windows: Array<{ from: Date; to: Date }>;
  indicators: IndicatorView[];
  position: DiagnosticPosition;
  maturity: MaturityScore[];
}

async function latestAssessment(tx: Tx, ctx: OrgContext) {
  const [row] = await tx
    .select()
    .from(maturityAssessments)
    .where(eq(maturityAssessments.organizationId, ctx.organizationId))
    .orderBy(desc(maturityAssessments.createdAt))
    .limit(1);
  return row ?? null;
}

/** The diagnostic now: every indicator from the data, the position, and maturity with the newest self-assessment. */
export async function computeDiagnostic(tx: Tx, ctx: OrgContext, now: Date): Promise<Diagnostic> {
  const readings = await readIndicators(tx, ctx, now);
  const assessment = await latestAssessment(tx, ctx);
  return {
    generatedAt: now,
    windows: diagnosticWindows(now),
    indicators: readings.map((r) => ({
      ...INDICATORS[r.key],
      ...r,
      pressure: judgedPressure(r),
      status: indicatorStatus(r),
    })),
    position: diagnosticPosition(readings),
    maturity: maturityScores(readings, assessment?.answers ?? null),
  };
}

const monthOfDate = (d: Date) => d.toISOString().slice(0, 7);

/**
 * The diagnostic, recording this month's maturity snapshot the first time it is read in the month (one per
 * month per organization: the unique index makes a concurrent second reader a no-op).
 */
export async function readDiagnostic(tx: Tx, ctx: OrgContext, now: Date): Promise<Diagnostic> {
  const diagnostic = await computeDiagnostic(tx, ctx, now);
  const month = monthOfDate(now);
  const [row] = await tx
    .insert(maturitySnapshots)
    .values({
      organizationId: ctx.organizationId,
      reason: 'monthly',
      month,
      scores: diagnostic.maturity,
      position: diagnostic.position.position,
      zone: diagnostic.position.zone,
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: maturitySnapshots.id });
  if (row)
    await recordAudit(
      tx,
      { ...ctx, actor: { type: 'system', id: null, name: 'Strategy diagnostic' } },
      {
        action: 'maturity_snapshot.recorded',
        entityType: 'maturity_snapshot',
        entityId: row.id,
        after: { reason: 'monthly', month },
      },
    );
  return diagnostic;
}

/**
 * The diagnostic page's read (`readDiagnostic`), kept between reads (kept.ts): forgotten on the organization's
 * next write, after the TTL, or when the month turns (the month's snapshot is recorded by the first read in it).
 */
const diagnostics = keptReads<Diagnostic>((keptAt, now) => monthOfDate(keptAt) === monthOfDate(now));

export function cachedDiagnostic(db: Database, ctx: OrgContext, now: Date): Promise<Diagnostic> {
  return diagnostics.read(ctx, now, () =>
    db.tenant(ctx.organizationId, (tx) => readDiagnostic(tx, ctx, now)),
  );
}

/** Stores a self-assessment (every question 1–5) and the maturity snapshot it makes. */
export async function takeSelfAssessment(tx: Tx, ctx: OrgContext, answers: SelfAssessmentAnswers, now: Date) {
  validateSelfAssessment(answers);
  const [assessment] = await tx
    .insert(maturityAssessments)
    .values({
      organizationId: ctx.organizationId,
      answers: { ...answers },
      takenBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
      takenByName: ctx.actor.name,
      createdAt: now,
    })
    .returning();
  const diagnostic = await computeDiagnostic(tx, ctx, now);
  const [snapshot] = await tx
    .insert(maturitySnapshots)
    .values({
      organizationId: ctx.organizationId,
      reason: 'self_assessment',
      month: monthOfDate(now),
      assessmentId: assessment!.id,
      scores: diagnostic.maturity,
      position: diagnostic.position.position,
      zone: diagnostic.position.zone,
      createdAt: now,
    })
    .returning();
  await recordAudit(tx, ctx, {
    action: 'maturity_assessment.taken',
    entityType: 'maturity_assessment',
    entityId: assessment!.id,
    after: { answers, snapshotId: snapshot!.id },
  });
  return { assessment: assessment!, snapshot: snapshot!, maturity: diagnostic.maturity };
}

/** Maturity history, oldest first, and the newest self-assessment (who, when, answers). */
export async function maturityHistory(tx: Tx, ctx: OrgContext) {
  const snapshots = await tx
    .select()
    .from(maturitySnapshots)
    .where(and(eq(maturitySnapshots.organizationId, ctx.organizationId)))
    .orderBy(maturitySnapshots.createdAt);
  return { snapshots, latestAssessment: await latestAssessment(tx, ctx) };
}
