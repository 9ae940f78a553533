import type { AddressInfo } from 'node:net';
import { createWorkflowWithStandard } from '../capabilities/quality/test/quality';
import type { Config } from '../platform/config';
import { createOrganizationWithOwner, createTestApp, createTokenHeaders } from './harness';

/**
 * For the client tests (packed TypeScript SDK, Python client): a real Trellis on PGlite listening on
 * 127.0.0.1, an organization with a contributor API token and a workflow with a quality standard.
 */
export async function startClientTestServer(config: Partial<Config> = {}) {
  const t = await createTestApp('pglite', config);
  const owner = await createOrganizationWithOwner(t.db);
  const workflowId = await createWorkflowWithStandard(t.app, owner.headers, 'Support replies', {
    outgoingLimit: 0.02,
  });
  const token = await createTokenHeaders(t.db, owner.organizationId, 'contributor');
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;
  return {
    ...t,
    owner,
    workflowId,
    baseUrl: `http://127.0.0.1:${port}`,
    token: token.headers.authorization.slice('Bearer '.length),
  };
}
