import type { Interval, Verdict } from '@trellis/core';
import { asc, eq } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { organizations } from '../../../platform/db/tenancy-schema';
import type { Database, Tx } from '../../../platform/db/types';
import { listApplicationEvidence } from '../../evidence/index';
import { applications, type LifecycleStage, lifecycleStages } from '../../portfolio/portfolio-schema';
import { computeDiagnostic, type Diagnostic } from './diagnostic';

export interface ValueClaim {
  applicationId: string;
  applicationName: string;
  stage: string;
  metric: string;
  unit: string;
  claim: string;
  /** not-enough-evidence for an anecdote, whatever its interval says. */
  verdict: Verdict;
  /** The verdict in words with its grade, e.g. "improved — before-after comparison". */
  verdictLabel: string;
  grade: string;
  difference: Interval;
  ratio: Interval | null;
}

export interface ExecutiveSummary {
  organizationName: string;
  generatedAt: Date;
  portfolio: Array<{ stage: LifecycleStage; count: number; applications: string[] }>;
  value: ValueClaim[];
  diagnostic: Diagnostic;
}

const IN_USE = ['pilot', 'expanding', 'scaled'] as const;

/**
 * What an executive reads: the portfolio by stage, the value the applications in use have shown (each claim
 * with its interval and evidence grade), and the diagnostic with maturity. The optimizer's next steps are
 * read from its own route.
 */
export async function executiveSummary(tx: Tx, ctx: OrgContext, now: Date): Promise<ExecutiveSummary> {
  const [org] = await tx
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, ctx.organizationId));
  const apps = await tx
    .select({ id: applications.id, name: applications.name, stage: applications.stage })
    .from(applications)
    .where(eq(applications.organizationId, ctx.organizationId))
    .orderBy(asc(applications.name));
  const portfolio = lifecycleStages.map((stage) => {
    const own = apps.filter((a) => a.stage === stage);
    return { stage, count: own.length, applications: own.map((a) => a.name) };
  });
  const value: ValueClaim[] = [];
  const inUse = apps.filter((a) => (IN_USE as readonly string[]).includes(a.stage));
  for (const app of inUse) {
    const { items } = await listApplicationEvidence(tx, ctx, app.id);
    for (const item of items) {
      if (!item.comparison || !item.claim || !item.verdict || !item.verdictLabel) continue;
      value.push({
        applicationId: app.id,
        applicationName: app.name,
        stage: app.stage,
        metric: item.metric.name,
        unit: item.metric.unit,
        claim: item.claim,
        verdict: item.verdict,
        verdictLabel: item.verdictLabel,
        grade: item.grading.grade,
        difference: item.comparison.difference,
        ratio: item.comparison.ratio,
      });
    }
  }
  return {
    organizationName: org?.name ?? '',
    generatedAt: now,
    portfolio,
    value,
    diagnostic: await computeDiagnostic(tx, ctx, now),
  };
}

/**
 * The summary is the most expensive read of the app (the diagnostic alone is some 80 queries over every
 * capability's tables; measured on the demo, it is 9/10 of the summary's time) and changes only when the
 * organization's data does. So it is kept per organization and role for `SUMMARY_TTL_MS`, and forgotten
 * as soon as this process answers a successful write for the organization (app.ts calls
 * `forgetExecutiveSummaries`). Writes no request makes here (another instance, a scheduler) show within the
 * TTL. A summary computed while a write was answered is not kept.
 */
export const SUMMARY_TTL_MS = 60_000;
const kept = new Map<string, { at: number; summary: Promise<ExecutiveSummary> }>();
const generations = new Map<string, number>();

export function forgetExecutiveSummaries(organizationId: string): void {
  generations.set(organizationId, (generations.get(organizationId) ?? 0) + 1);
  for (const key of kept.keys()) if (key.startsWith(`${organizationId}:`)) kept.delete(key);
}

export async function cachedExecutiveSummary(
  db: Database,
  ctx: OrgContext,
  now: Date,
): Promise<ExecutiveSummary> {
  const key = `${ctx.organizationId}:${ctx.role}`;
  const hit = kept.get(key);
  if (hit && now.getTime() - hit.at >= 0 && now.getTime() - hit.at < SUMMARY_TTL_MS) return hit.summary;
  const generation = generations.get(ctx.organizationId) ?? 0;
  const summary = db.tenant(ctx.organizationId, (tx) => executiveSummary(tx, ctx, now));
  kept.set(key, { at: now.getTime(), summary });
  try {
    await summary;
  } catch (error) {
    if (kept.get(key)?.summary === summary) kept.delete(key);
    throw error;
  }
  if ((generations.get(ctx.organizationId) ?? 0) !== generation && kept.get(key)?.summary === summary)
    kept.delete(key);
  return summary;
}
