import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import { reviews, workflows } from '../../../quality/quality-schema';
import { type EvidenceKind, excerpt, uuids } from './types';

/** A review with a comment: what a reviewer found in an output. */
export const reviewFindingEvidence: EvidenceKind = {
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
  async options(tx, ctx) {
    const rows = await tx
      .select({ id: reviews.id, comment: reviews.comment, workflowName: workflows.name })
      .from(reviews)
      .innerJoin(workflows, eq(workflows.id, reviews.workflowId))
      .where(and(eq(reviews.organizationId, ctx.organizationId), ne(reviews.comment, '')))
      .orderBy(desc(reviews.createdAt))
      .limit(100);
    return rows.map((r) => ({ id: r.id, label: `${r.workflowName}: ${excerpt(r.comment, 80)}` }));
  },
};
