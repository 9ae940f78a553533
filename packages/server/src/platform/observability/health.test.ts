import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { expectJson, expectProblem } from '../../test/api';
import { createTestApp } from '../../test/harness';
import { loadConfig } from '../config';
import type { Database } from '../db/types';
import { Health } from './health';

describe('health API', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('GET /healthz answers ok without credentials, with a request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(expectJson(res, 200, Health)).toEqual({ status: 'ok' });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('GET /readyz answers ok when the database answers', async () => {
    expect(expectJson(await t.app.inject({ method: 'GET', url: '/readyz' }), 200, Health)).toEqual({
      status: 'ok',
    });
  });

  it('GET /readyz answers 503 problem+json, without the reason, when the database does not', async () => {
    const down = (): Promise<never> => Promise.reject(new Error('connection refused at 10.0.0.7'));
    const db: Database = {
      engine: 'pglite',
      tenant: down,
      system: down,
      systemAutocommit: down,
      ping: down,
      close: async () => {},
    };
    const app = await buildApp({ db, config: loadConfig({}, {}), serveWeb: false });
    try {
      const res = await app.inject({ method: 'GET', url: '/readyz' });
      expectProblem(res, 503);
      expect(res.body).not.toContain('10.0.0.7');
      // The process itself is still up.
      expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('answers an unknown route with a 404 problem', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' }), 404);
  });
});
