import type { Database } from '../../../platform/db/types';
import type { TestPerson } from '../../../test/harness';
import { createApplication } from '../../portfolio/services/applications';

/** An application in the pilot stage, registered by `person` through the registry's service. */
export async function createTestApplication(db: Database, person: TestPerson, name = 'Content drafting') {
  const ctx = {
    organizationId: person.organizationId,
    role: person.role,
    actor: { type: 'user' as const, id: person.userId, name: 'Owner' },
    requestId: 'test',
  };
  const application = await db.tenant(person.organizationId, (tx) =>
    createApplication(tx, ctx, { name, stage: 'pilot' }),
  );
  return application.id;
}
