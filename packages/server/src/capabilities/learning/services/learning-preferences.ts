import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { getMailPreferences, setMailPreferences } from '../../../platform/mail/outbox';

/**
 * A person's learning preferences in an organization. The one there is, the weekly digest by e-mail, is the
 * `digest` kind of their e-mail preferences (platform/mail): the learning page and the e-mail preferences
 * page show and change the same choice.
 */
export interface LearningPreferences {
  /** Whether the weekly digest also comes by e-mail (when the server has SMTP configured). */
  emailDigest: boolean;
}

export async function getLearningPreferences(
  tx: Tx,
  ctx: OrgContext,
  userId: string,
): Promise<LearningPreferences> {
  const mail = await getMailPreferences(tx, ctx.organizationId, userId);
  return { emailDigest: mail.digest };
}

/** A person sets their own preferences; audited like every change. */
export async function setLearningPreferences(
  tx: Tx,
  ctx: OrgContext,
  userId: string,
  input: LearningPreferences,
): Promise<LearningPreferences> {
  const before = await getLearningPreferences(tx, ctx, userId);
  await setMailPreferences(tx, ctx.organizationId, userId, { digest: input.emailDigest });
  await recordAudit(tx, ctx, {
    action: 'learning_preferences.updated',
    entityType: 'user',
    entityId: userId,
    before: { ...before },
    after: { ...input },
  });
  return input;
}
