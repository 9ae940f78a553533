import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { hashSecret, newSecret } from '../../../platform/auth/secrets';
import { createSession } from '../../../platform/auth/sessions';
import { setupTokens } from '../../../platform/db/tenancy-schema';
import type { Tx } from '../../../platform/db/types';
import { HttpProblem } from '../../../platform/http/problem';
import { createOrganization } from './organizations';
import { countUsers, createUser } from './users';

const SETUP_TTL_MS = 24 * 3600 * 1000;
// Two setups racing on an empty instance: the second waits, then finds a user and is refused.
const SETUP_LOCK = 7_301_945;

/** With no users yet, issues a one-time setup token (a fresh one on every start; older ones stay valid). */
export async function issueSetupToken(tx: Tx, now = new Date()): Promise<string | null> {
  if ((await countUsers(tx)) > 0) return null;
  const token = newSecret();
  await tx
    .insert(setupTokens)
    .values({ tokenHash: hashSecret(token), expiresAt: new Date(now.getTime() + SETUP_TTL_MS) });
  return token;
}

export async function isSetupNeeded(tx: Tx): Promise<boolean> {
  return (await countUsers(tx)) === 0;
}

export interface SetupInput {
  token: string;
  organizationName: string;
  name: string;
  email: string;
  password: string;
}

/** Creates the first organization and its owner from a one-time setup token, and signs the owner in. */
export async function completeSetup(tx: Tx, input: SetupInput, requestId: string) {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${SETUP_LOCK})`);
  if ((await countUsers(tx)) > 0) {
    throw new HttpProblem(409, 'setup-closed', 'This instance is already set up; sign in instead.');
  }
  const now = new Date();
  const [token] = await tx
    .update(setupTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(setupTokens.tokenHash, hashSecret(input.token)),
        isNull(setupTokens.usedAt),
        gt(setupTokens.expiresAt, now),
      ),
    )
    .returning({ id: setupTokens.id });
  if (!token) {
    throw new HttpProblem(
      400,
      'validation-error',
      'The setup link is invalid or expired; restart Trellis for a new one.',
      [{ path: 'body.token', message: 'invalid or expired' }],
    );
  }
  const user = await createUser(tx, input);
  const organization = await createOrganization(tx, {
    name: input.organizationName.trim(),
    ownerId: user.id,
    actor: { type: 'user', id: user.id, name: user.name },
    requestId,
  });
  const session = await createSession(tx, user.id);
  return { user, organization, session };
}
