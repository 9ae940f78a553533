import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { learningPreferences } from '../learning-mail-schema';

export interface LearningPreferences {
  /** Whether the weekly digest also comes by e-mail (when the server has SMTP configured). */
  emailDigest: boolean;
}

const DEFAULTS: LearningPreferences = { emailDigest: true };

export async function getLearningPreferences(
  tx: Tx,
  ctx: OrgContext,
  userId: string,
): Promise<LearningPreferences> {
  const [row] = await tx
    .select()
    .from(learningPreferences)
    .where(
      and(eq(learningPreferences.organizationId, ctx.organizationId), eq(learningPreferences.userId, userId)),
    );
  return row ? { emailDigest: row.emailDigest } : DEFAULTS;
}

/** A person sets their own preferences; audited like every change. */
export async function setLearningPreferences(
  tx: Tx,
  ctx: OrgContext,
  userId: string,
  input: LearningPreferences,
): Promise<LearningPreferences> {
  const before = await getLearningPreferences(tx, ctx, userId);
  await tx
    .insert(learningPreferences)
    .values({ organizationId: ctx.organizationId, userId, emailDigest: input.emailDigest })
    .onConflictDoUpdate({
      target: [learningPreferences.organizationId, learningPreferences.userId],
      set: { emailDigest: input.emailDigest, updatedAt: new Date() },
    });
  await recordAudit(tx, ctx, {
    action: 'learning_preferences.updated',
    entityType: 'user',
    entityId: userId,
    before: { ...before },
    after: { ...input },
  });
  return input;
}
