import { and, eq, inArray, ne } from 'drizzle-orm';
import type { OrgContext } from '../auth/request-auth';
import { experiments } from '../db/learning-schema';
import { reviews, workflows } from '../db/quality-schema';
import type { Tx } from '../db/types';

/** What an evidence link shows on an insight's trail. */
export interface EvidenceSummary {
  title: string;
  detail: string;
  link: string;
  occurredAt: Date;
}

interface EvidenceKind {
  label: string;
  /** The summaries of those `ids` that exist in the organization (others are simply absent). */
  resolve(tx: Tx, ctx: OrgContext, ids: string[]): Promise<Map<string, EvidenceSummary>>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuids = (ids: string[]) => ids.filter((id) => UUID.test(id));
const excerpt = (text: string, n = 160) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/**
 * The kinds of object an insight may cite, each checked against the organization's own rows. Gate
 * decisions and retrospectives join this list (one entry each) when their tables exist.
 */
export const evidenceKinds = {
  experiment: {
    label: 'Experiment',
    async resolve(tx, ctx, ids) {
      const valid = uuids(ids);
      if (!valid.length) return new Map();
      const rows = await tx
        .select()
        .from(experiments)
        .where(and(eq(experiments.organizationId, ctx.organizationId), inArray(experiments.id, valid)));
      return new Map(
        rows.map((e) => [
          e.id,
          {
            title: e.title,
            detail: e.result ? `Result: ${e.result}. ${excerpt(e.resultNote)}` : `Status: ${e.status}`,
            link: `/learning/experiments/${e.id}`,
            occurredAt: e.resultRecordedAt ?? e.createdAt,
          },
        ]),
      );
    },
  },
  review_finding: {
    label: 'Review finding',
    async resolve(tx, ctx, ids) {
      const valid = uuids(ids);
      if (!valid.length) return new Map();
      const rows = await tx
        .select({ review: reviews, workflowName: workflows.name })
        .from(reviews)
        .innerJoin(workflows, eq(workflows.id, reviews.workflowId))
        .where(
          and(
            eq(reviews.organizationId, ctx.organizationId),
            inArray(reviews.id, valid),
            ne(reviews.comment, ''),
          ),
        );
      return new Map(
        rows.map(({ review, workflowName }) => [
          review.id,
          {
            title: `Review finding in ${workflowName}`,
            detail: `${review.defect ? 'Defect' : 'No defect'}: ${excerpt(review.comment)}`,
            link: `/quality/${review.workflowId}/outputs`,
            occurredAt: review.createdAt,
          },
        ]),
      );
    },
  },
} satisfies Record<string, EvidenceKind>;

export type EvidenceKindName = keyof typeof evidenceKinds;
export const evidenceKindNames = Object.keys(evidenceKinds) as [EvidenceKindName, ...EvidenceKindName[]];
