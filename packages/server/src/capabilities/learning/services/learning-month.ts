import { monthBounds } from '@trellis/core';
import { and, desc, eq, gte, lt } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { experiments, ideas, insights } from '../learning-schema';

/** What the organization learned in the month around `now`: decided insights, experiment results, new ideas. */
export async function learnedThisMonth(tx: Tx, ctx: OrgContext, now: Date) {
  const { start, end } = monthBounds(now);
  const org = ctx.organizationId;
  const confirmed = await tx
    .select()
    .from(insights)
    .where(
      and(
        eq(insights.organizationId, org),
        eq(insights.status, 'confirmed'),
        gte(insights.decidedAt, start),
        lt(insights.decidedAt, end),
      ),
    )
    .orderBy(desc(insights.decidedAt));
  const rejected = await tx
    .select()
    .from(insights)
    .where(
      and(
        eq(insights.organizationId, org),
        eq(insights.status, 'rejected'),
        gte(insights.decidedAt, start),
        lt(insights.decidedAt, end),
      ),
    )
    .orderBy(desc(insights.decidedAt));
  const results = await tx
    .select()
    .from(experiments)
    .where(
      and(
        eq(experiments.organizationId, org),
        gte(experiments.resultRecordedAt, start),
        lt(experiments.resultRecordedAt, end),
      ),
    )
    .orderBy(desc(experiments.resultRecordedAt));
  const proposed = await tx
    .select()
    .from(ideas)
    .where(and(eq(ideas.organizationId, org), gte(ideas.createdAt, start), lt(ideas.createdAt, end)))
    .orderBy(desc(ideas.createdAt));
  return { start, end, confirmed, rejected, results, ideas: proposed };
}
