import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOrganizationWithOwner,
  openTestDatabase,
  type TestPerson,
  testEngines,
} from '../../test/harness';
import { selectRows } from './rows';
import type { Database } from './types';

/** The PostgreSQL request transaction (BEGIN and the tenant scope in one round trip): what it must keep. */
describe.skipIf(!testEngines().includes('postgres'))('a request transaction on PostgreSQL', () => {
  let db: Database;
  let owner: TestPerson;
  beforeAll(async () => {
    db = await openTestDatabase('postgres');
    owner = await createOrganizationWithOwner(db);
  });
  afterAll(() => db.close());

  const names = () =>
    db.system((tx) => selectRows<{ name: string }>(tx, sql`SELECT name FROM workflows ORDER BY name`));

  it('runs as the app role in the organization, commits on success and rolls back on an error', async () => {
    const scope = await db.tenant(owner.organizationId, (tx) =>
      selectRows<{ role: string; org: string }>(
        tx,
        sql`SELECT current_user AS role, current_setting('app.organization_id') AS org`,
      ),
    );
    expect(scope).toEqual([{ role: 'trellis_app', org: owner.organizationId }]);
    await db.tenant(owner.organizationId, (tx) =>
      tx.execute(
        sql`INSERT INTO workflows (organization_id, name, sampling_salt) VALUES (${owner.organizationId}, 'kept', 1)`,
      ),
    );
    await expect(
      db.tenant(owner.organizationId, async (tx) => {
        await tx.execute(
          sql`INSERT INTO workflows (organization_id, name, sampling_salt) VALUES (${owner.organizationId}, 'lost', 1)`,
        );
        throw new Error('the request failed');
      }),
    ).rejects.toThrow('the request failed');
    expect(await names()).toEqual([{ name: 'kept' }]);
  });

  it('refuses a nested transaction and an organization id that is not a uuid, changing nothing', async () => {
    await expect(db.tenant(owner.organizationId, (tx) => tx.transaction(async () => 1))).rejects.toThrow(
      /nested transactions are not supported/,
    );
    await expect(db.tenant("x'; DROP TABLE workflows; --", async () => 1)).rejects.toThrow(/not a uuid/);
    expect(await names()).toEqual([{ name: 'kept' }]);
  });
});
