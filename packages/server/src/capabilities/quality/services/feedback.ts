import { eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { feedback, outputs } from '../quality-schema';
import { getOutput } from './outputs';

export interface FeedbackInput {
  rating?: number | undefined;
  flag: boolean;
  comment?: string | undefined;
  /** A flag on an output nobody reviewed puts it in the review queue (default true). */
  pullIntoQueue?: boolean | undefined;
}

/**
 * Records end-user feedback on an output. A flag is a signal, never a change to the output's π (the sample
 * stays a probability sample); on an unreviewed output it can pull the output into the queue, where its
 * review counts as a flagged review, outside the estimates.
 */
export async function postFeedback(tx: Tx, ctx: OrgContext, outputId: string, input: FeedbackInput) {
  const output = await getOutput(tx, ctx, outputId);
  const [row] = await tx
    .insert(feedback)
    .values({
      organizationId: ctx.organizationId,
      outputId,
      rating: input.rating ?? null,
      flag: input.flag,
      comment: input.comment ?? '',
    })
    .returning();
  const pulled = input.flag && (input.pullIntoQueue ?? true) && output.status === 'released';
  if (input.flag) {
    await tx
      .update(outputs)
      .set({ flagged: true, ...(pulled ? { status: 'queued' as const } : {}) })
      .where(eq(outputs.id, outputId));
  }
  await recordAudit(tx, ctx, {
    action: 'feedback.received',
    entityType: 'output',
    entityId: outputId,
    after: { rating: row!.rating, flag: row!.flag, pulledIntoQueue: pulled },
  });
  return { feedback: row!, pulledIntoQueue: pulled };
}
