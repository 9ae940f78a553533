import { createApiToken } from '../../packages/server/src/capabilities/identity/services/api-tokens';
import { addMember } from '../../packages/server/src/capabilities/identity/services/members';
import { createOrganization } from '../../packages/server/src/capabilities/identity/services/organizations';
import { createUser } from '../../packages/server/src/capabilities/identity/services/users';
import { createSession } from '../../packages/server/src/platform/auth/sessions';
import type { Database } from '../../packages/server/src/platform/db/types';

/**
 * The soak's organization: an owner, `reviewers` people with the reviewer role (each with a session), a
 * lead API token for ingestion and reads, and `workflows` workflows with a standard (created over HTTP, as
 * an integration would).
 */
export async function seedLoad(
  db: Database,
  baseUrl: string,
  opts: { workflows: number; reviewers: number },
) {
  const system = { type: 'system' as const, id: null, name: 'bench' };
  const password = 'a long enough password';
  const { organizationId } = await db.system(async (tx) => {
    const owner = await createUser(tx, { email: 'owner@load.test', name: 'Owner', password });
    const org = await createOrganization(tx, { name: 'Load', ownerId: owner.id, actor: system });
    return { organizationId: org.id };
  });
  const ctx = { organizationId, role: 'owner' as const, actor: system, requestId: 'bench' };
  const reviewers = [];
  for (let r = 0; r < opts.reviewers; r++) {
    const user = await db.system((tx) =>
      createUser(tx, { email: `reviewer${r}@load.test`, name: `Reviewer ${r}`, password }),
    );
    await db.tenant(organizationId, (tx) => addMember(tx, ctx, user.id, 'reviewer'));
    const session = await db.system((tx) => createSession(tx, user.id));
    reviewers.push({
      cookie: `trellis_session=${session.token}`,
      csrfToken: session.csrfToken,
      organizationId,
    });
  }
  const token = await db.tenant(organizationId, (tx) =>
    createApiToken(tx, { ...ctx, role: 'admin' }, { name: 'load', role: 'lead' }),
  );
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token.secret}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (response.status !== 201) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string };
  };
  const workflows: string[] = [];
  for (let w = 0; w < opts.workflows; w++) {
    const { id } = await post('/api/v1/workflows', { name: `Support replies ${w}` });
    await post(`/api/v1/workflows/${id}/standards`, {
      criteria: [{ key: 'ok', label: 'Acceptable', kind: 'pass_fail', severity: 'critical' }],
      defectRule: { kind: 'any_critical_fail' },
      outgoingLimit: 0.02,
      segmentKeys: ['language'],
    });
    workflows.push(id);
  }
  return { organizationId, token: token.secret, reviewers, workflows };
}
