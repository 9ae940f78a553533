import { type DecisionType, summarizeHours } from '@trellis/core';
import { and, desc, eq, gte, isNotNull, lt, lte, or } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { beforePublicId } from '../../../platform/db/public-id';
import type { Tx } from '../../../platform/db/types';
import { fieldError } from '../../../platform/http/problem';
import { decisionLog, decisionRequests } from '../decisions-schema';

export type DecisionLogRow = typeof decisionLog.$inferSelect;

export interface NewLogEntry {
  kind: 'request' | 'automation_boundary';
  decisionType: DecisionType;
  outcome: 'approved' | 'rejected';
  title: string;
  requestId?: string | null;
  applicationId?: string | null;
  workflowId?: string | null;
  /** Everything the decision rested on, copied now: later edits of its sources do not change it. */
  evidence: Record<string, unknown>;
  rationale: string;
  decidedBy: string | null;
  decidedByName: string;
  decidedAt: Date;
}

/** Appends a decision to the log (append-only: nothing updates or deletes log rows). */
export async function appendDecision(tx: Tx, organizationId: string, entry: NewLogEntry) {
  const [row] = await tx
    .insert(decisionLog)
    .values({ organizationId, ...entry, evidence: JSON.parse(JSON.stringify(entry.evidence)) })
    .returning();
  return row!;
}

export async function listDecisionLog(
  tx: Tx,
  ctx: OrgContext,
  page: { limit: number; before?: string | undefined; applicationId?: string | undefined },
) {
  return tx
    .select()
    .from(decisionLog)
    .where(
      and(
        eq(decisionLog.organizationId, ctx.organizationId),
        page.before === undefined ? undefined : beforePublicId(decisionLog, 'decision_log', page.before),
        page.applicationId ? eq(decisionLog.applicationId, page.applicationId) : undefined,
      ),
    )
    .orderBy(desc(decisionLog.id))
    .limit(page.limit);
}

const hoursBetween = (from: Date, to: Date) => Math.max(0, (to.getTime() - from.getTime()) / 3_600_000);

/**
 * Decision speed in a window, for the governance-first diagnostic: lead time (submission → decision) of
 * requests decided in [from, to), split into self-serve and approver-decided, and the age at `to` of the
 * requests still open then.
 */
export async function decisionMetrics(tx: Tx, ctx: OrgContext, window: { from: Date; to: Date }) {
  if (!(window.from < window.to)) throw fieldError('query.from', 'The window must start before it ends.');
  const org = eq(decisionRequests.organizationId, ctx.organizationId);
  const decided = await tx
    .select()
    .from(decisionRequests)
    .where(
      and(
        org,
        isNotNull(decisionRequests.decidedAt),
        gte(decisionRequests.decidedAt, window.from),
        lt(decisionRequests.decidedAt, window.to),
        or(eq(decisionRequests.status, 'approved'), eq(decisionRequests.status, 'rejected')),
      ),
    );
  const open = await tx
    .select()
    .from(decisionRequests)
    .where(and(org, eq(decisionRequests.status, 'pending'), lte(decisionRequests.submittedAt, window.to)));
  const lead = (rows: typeof decided) =>
    summarizeHours(rows.map((r) => hoursBetween(r.submittedAt, r.decidedAt!)));
  const selfServe = decided.filter((r) => r.tier === 'low' || r.patternId !== null);
  const withApprovers = decided.filter((r) => !selfServe.includes(r));
  return {
    from: window.from,
    to: window.to,
    decided: decided.length,
    approved: decided.filter((r) => r.status === 'approved').length,
    rejected: decided.filter((r) => r.status === 'rejected').length,
    selfServeShare: decided.length ? selfServe.length / decided.length : null,
    leadTimeHours: lead(decided),
    approverLeadTimeHours: lead(withApprovers),
    open: open.length,
    openAgeHours: summarizeHours(open.map((r) => hoursBetween(r.submittedAt, window.to))),
    overdue: open.filter((r) => r.dueAt !== null && r.dueAt <= window.to).length,
  };
}
