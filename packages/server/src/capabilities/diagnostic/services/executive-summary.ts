import type { Interval, Verdict } from '@trellis/core';
import { asc, eq } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { organizations } from '../../../platform/db/tenancy-schema';
import type { Database, Tx } from '../../../platform/db/types';
import { listApplicationEvidence } from '../../evidence/index';
import { applications, type LifecycleStage, lifecycleStages } from '../../portfolio/portfolio-schema';
import { computeDiagnostic, type Diagnostic } from './diagnostic';
import { keptReads } from './kept';

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

/** The summary, kept between reads (kept.ts): forgotten on the organization's next write, or after the TTL. */
const summaries = keptReads<ExecutiveSummary>();

export function cachedExecutiveSummary(db: Database, ctx: OrgContext, now: Date): Promise<ExecutiveSummary> {
  return summaries.read(ctx, now, () =>
    db.tenant(ctx.organizationId, (tx) => executiveSummary(tx, ctx, now)),
  );
}
