import { readdirSync, readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../../platform/db/rows';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/**
 * Migration `one_digest_choice` moves the digest-by-e-mail choice from the learning preferences to the e-mail
 * preferences. Its statements run here against the old table, re-created with the rows people had: whoever
 * had turned the digest off keeps it off (also when they had turned it back on the e-mail page since), the
 * rest keep the default.
 */
describe.each(testEngines())('the one digest choice migration on %s', (engine) => {
  let t: TestApp;
  let owner: TestPerson;
  let off: TestPerson;
  let on: TestPerson;
  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db);
    off = await createMember(t.db, owner.organizationId, 'lead');
    on = await createMember(t.db, owner.organizationId, 'viewer');
  }, 120_000);
  afterAll(() => t.close());

  it("keeps each person's choice", async () => {
    const dir = new URL('../../../../drizzle/', import.meta.url);
    const file = readdirSync(dir).find((f) => f.endsWith('_one_digest_choice.sql'))!;
    const statements = readFileSync(new URL(file, dir), 'utf8').split('--> statement-breakpoint');
    const rows = await t.db.system(async (tx) => {
      await tx.execute(sql`CREATE TABLE learning_preferences (
        organization_id uuid NOT NULL, user_id uuid NOT NULL, email_digest boolean NOT NULL DEFAULT true,
        updated_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (organization_id, user_id))`);
      await tx.execute(sql`INSERT INTO learning_preferences (organization_id, user_id, email_digest) VALUES
        (${owner.organizationId}, ${off.userId}, false), (${owner.organizationId}, ${on.userId}, true)`);
      await tx.execute(sql`INSERT INTO mail_preferences (organization_id, user_id, kind, enabled)
        VALUES (${owner.organizationId}, ${off.userId}, 'digest', true)`);
      for (const statement of statements) await tx.execute(sql.raw(statement));
      return selectRows<{ user_id: string; enabled: boolean }>(
        tx,
        sql`SELECT user_id, enabled FROM mail_preferences WHERE kind = 'digest' ORDER BY user_id`,
      );
    });
    expect(rows).toEqual([{ user_id: off.userId, enabled: false }]);
    const gone = await t.db.system((tx) =>
      selectRows<{ n: number }>(
        tx,
        sql`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'learning_preferences'`,
      ),
    );
    expect(gone[0]!.n).toBe(0);
  });
});
