import { eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/types';
import { indexSearchDocument } from '../../learning/index';
import { type reviews, workflows } from '../quality-schema';

/** Makes a reviewer's comment findable in learning search (a review finding an insight can cite). */
export async function indexReviewComment(tx: Tx, review: typeof reviews.$inferSelect) {
  const [workflow] = await tx
    .select({ name: workflows.name })
    .from(workflows)
    .where(eq(workflows.id, review.workflowId));
  await indexSearchDocument(tx, review.organizationId, {
    kind: 'review_comment',
    entityId: review.id,
    title: `Review finding in ${workflow?.name ?? 'a workflow'}${review.defect ? ' (defect)' : ''}`,
    body: review.comment,
    link: `/quality/${review.workflowId}/outputs`,
  });
}
