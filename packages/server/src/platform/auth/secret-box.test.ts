import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseDigest } from '../../test/api';
import { createOrganizationWithOwner, createTestApp, type TestPerson, testEngines } from '../../test/harness';
import { selectRows } from '../db/rows';
import { Problem } from '../http/problem';
import { isSealed, openSecret, SecretKeyRequiredError, sealSecret } from './secret-box';

describe('sealSecret', () => {
  it('seals under a key, opens again, and refuses to keep a secret in the clear where that is not allowed', () => {
    const sealed = sealSecret('s3cret', 'a long key');
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain('s3cret');
    expect(openSecret(sealed, 'a long key')).toBe('s3cret');
    expect(sealSecret('s3cret', undefined)).toBe('plain.s3cret');
    expect(() => sealSecret('s3cret', undefined, false)).toThrow(SecretKeyRequiredError);
  });
});

describe.each(testEngines())('SSO client secrets in production (%s)', (engine) => {
  const payload = {
    displayName: 'Corp',
    issuer: 'https://login.example.com',
    clientId: 'trellis',
    clientSecret: 'client-secret-7f3a',
  };
  let production: Awaited<ReturnType<typeof createTestApp>>;
  let productionWithKey: Awaited<ReturnType<typeof createTestApp>>;
  let owner: TestPerson;
  let ownerWithKey: TestPerson;

  beforeAll(async () => {
    production = await createTestApp(engine, { plainSecretsAllowed: false });
    productionWithKey = await createTestApp(engine, {
      plainSecretsAllowed: false,
      secretKey: 'k'.repeat(40),
    });
    owner = await createOrganizationWithOwner(production.db);
    ownerWithKey = await createOrganizationWithOwner(productionWithKey.db);
  });
  afterAll(async () => {
    await production.close();
    await productionWithKey.close();
  });

  it('refuses to store a client secret without TRELLIS_SECRET_KEY, storing nothing', async () => {
    const before = await databaseDigest(production.db);
    const res = await production.app.inject({
      method: 'PUT',
      url: '/api/v1/sso',
      headers: owner.headers,
      payload,
    });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Problem.parse(res.json()).detail).toContain('TRELLIS_SECRET_KEY');
    expect(await databaseDigest(production.db)).toEqual(before);
  });

  it('stores it sealed when the key is set', async () => {
    const res = await productionWithKey.app.inject({
      method: 'PUT',
      url: '/api/v1/sso',
      headers: ownerWithKey.headers,
      payload,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().clientSecretEncrypted).toBe(true);
    const rows = await productionWithKey.db.system((tx) =>
      selectRows<{ secret: string }>(tx, sql`SELECT client_secret AS secret FROM oidc_providers`),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.secret).not.toContain(payload.clientSecret);
    expect(isSealed(rows[0]!.secret)).toBe(true);
  });
});
