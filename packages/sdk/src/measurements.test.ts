import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApplication } from '../../server/src/capabilities/evidence/test/evidence';
// The tests run the real server; the SDK's own source imports nothing of the server.
import { selectRows } from '../../server/src/platform/db/rows';
import {
  createOrganizationWithOwner,
  createTestApp,
  createTokenHeaders,
  type TestPerson,
} from '../../server/src/test/harness';
import { createClient, TrellisError } from './index';
import type { MeasurementInput } from './types';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

const noSleep = async () => {};
const day = (i: number) => `2026-04-${String(6 + (i % 20)).padStart(2, '0')}`;
const hoursOf = (n: number, prefix: string): MeasurementInput[] =>
  Array.from({ length: n }, (_, i) => ({
    clientId: `${prefix}-${i}`,
    window: 'pilot',
    measuredOn: day(i),
    value: 3.5 + (i % 5) * 0.25,
    unit: 'h',
  }));

describe('SDK measurements against the real server on loopback', () => {
  let t: TestApp;
  let owner: TestPerson;
  let baseUrl: string;
  let token: string;
  let metricId: string;

  async function stored(id: string) {
    const [row] = await t.db.system((tx) =>
      selectRows<{ n: number; ids: number }>(
        tx,
        sql`SELECT count(*)::int AS n, count(DISTINCT client_id)::int AS ids FROM evidence_measurements WHERE metric_id = ${id}`,
      ),
    );
    return row!;
  }

  async function metric(name: string) {
    const applicationId = await createTestApplication(t.db, owner, `App for ${name}`);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${applicationId}/metrics`,
      headers: owner.headers,
      payload: {
        name,
        unit: 'h',
        kind: 'duration',
        better: 'lower',
        windows: {
          baseline: { start: '2026-01-05', end: '2026-03-27' },
          pilot: { start: '2026-04-06', end: '2026-06-26' },
        },
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    return (res.json() as { id: string }).id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    if (!address || typeof address !== 'object') throw new Error('not listening');
    baseUrl = `http://127.0.0.1:${address.port}`;
    owner = await createOrganizationWithOwner(t.db);
    token = (
      await createTokenHeaders(t.db, owner.organizationId, 'contributor')
    ).headers.authorization.replace(/^Bearer /, '');
    metricId = await metric('Hours to draft a module');
  });
  afterAll(() => t.close());

  it('records one measurement; recording it again returns the stored one', async () => {
    const client = createClient({ baseUrl, token });
    const [m] = hoursOf(1, 'one');
    const first = await client.recordMeasurement(metricId, m!);
    expect(first).toMatchObject({
      clientId: 'one-0',
      window: 'pilot',
      value: 3.5,
      source: 'entered',
      duplicate: false,
    });
    expect(await client.recordMeasurement(metricId, m!)).toEqual({ ...first, duplicate: true });
  });

  it('records in batches in input order, and a lost response is retried without duplicates', async () => {
    const id = await metric('Batched');
    const calls: number[] = [];
    // The server stores the second batch, but its answer is lost: the SDK retries it.
    const flaky: typeof fetch = async (input, init) => {
      calls.push(calls.length + 1);
      const response = await fetch(input, init);
      if (calls.length === 2) {
        await response.arrayBuffer();
        throw new TypeError('fetch failed', {
          cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }),
        });
      }
      return response;
    };
    const client = createClient({ baseUrl, token, fetch: flaky, retry: { sleep: noSleep } });
    const input = hoursOf(25, 'b');
    const progress: number[] = [];
    const out = await client.recordMeasurements(id, input, {
      batchSize: 10,
      onBatch: (_, p) => {
        progress.push(p.done);
      },
    });
    expect(calls).toHaveLength(4);
    expect(progress).toEqual([10, 20, 25]);
    expect(out.map((m) => m.clientId)).toEqual(input.map((m) => m.clientId));
    expect(out.slice(10, 20).every((m) => m.duplicate)).toBe(true);
    expect(await stored(id)).toEqual({ n: 25, ids: 25 });
  });

  it('throws a TrellisError naming the bad row, keeping the batches stored before it', async () => {
    const id = await metric('Refused');
    const client = createClient({ baseUrl, token, retry: { sleep: noSleep } });
    const input = hoursOf(15, 'r');
    input[12] = { ...input[12]!, measuredOn: '2026-07-30' };
    const error = await client.recordMeasurements(id, input, { batchSize: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrellisError);
    const e = error as TrellisError;
    expect(e.status).toBe(400);
    expect(e.attempts).toBe(1);
    expect(e.errors.map((f) => f.path)).toEqual(['body.measurements.2.measuredOn']);
    expect(e.acknowledgedMeasurements).toHaveLength(10);
    expect(await stored(id)).toEqual({ n: 10, ids: 10 });
    await expect(client.recordMeasurements(id, input, { batchSize: 0 })).rejects.toThrow(RangeError);
  });
});
