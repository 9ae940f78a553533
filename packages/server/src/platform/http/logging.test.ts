import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { openTestDatabase, testEngines } from '../../test/harness';
import { loadConfig } from '../config';
import type { Database } from '../db/types';
import { REDACTED, redactUrl } from './logging';

/** The app's log lines, captured from its pino stream. */
function captureLogs() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { stream, text: () => lines.join('\n'), records: () => lines.map((l) => JSON.parse(l)) };
}

describe.each(testEngines())('what the logs never hold (%s)', (engine) => {
  let db: Database;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const logs = captureLogs();
  const hash = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA';
  const clientSecret = 'sso-client-secret-4f9a2c';
  const signingSecret = 'whsec_abcdefghijklmnopqrstuvwxyz0123456789';

  beforeAll(async () => {
    db = await openTestDatabase(engine);
    app = await buildApp({
      db,
      config: loadConfig({ publicUrl: 'http://trellis.test' }, {}),
      logger: { level: 'info', stream: logs.stream },
      serveWeb: false,
    });
    // A query that fails with secrets among its parameters, as an INSERT of a user, an SSO configuration or
    // a webhook could: the error handler logs it.
    app.get('/test/failing-query', async () =>
      db.system((tx) =>
        tx.execute(
          sql`SELECT ${hash}::text AS a, ${clientSecret}::text AS b, ${signingSecret}::text AS c, 1 / (SELECT 0) AS d`,
        ),
      ),
    );
    // A data error quotes the value in its message.
    app.get('/test/duplicate', async () =>
      db.system((tx) => tx.execute(sql`SELECT ${signingSecret}::int AS n`)),
    );
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it('logs a failed query without its parameters or the values PostgreSQL quotes', async () => {
    const failed = await app.inject({ method: 'GET', url: '/test/failing-query' });
    expect(failed.statusCode).toBe(500);
    const duplicate = await app.inject({ method: 'GET', url: '/test/duplicate' });
    expect(duplicate.statusCode).toBe(500);
    const text = logs.text();
    // The failure is logged, with what helps: the statement and the database's code.
    const errors = logs.records().filter((r) => r.msg === 'request failed');
    expect(errors).toHaveLength(2);
    expect(JSON.stringify(errors[0].err)).toContain('22012');
    expect(JSON.stringify(errors[0].err)).toContain('SELECT');
    expect(JSON.stringify(errors[1].err)).toContain('22P02');
    for (const secret of [hash, clientSecret, signingSecret, 'c2FsdHNhbHRzYWx0'])
      expect(text).not.toContain(secret);
  });

  it('logs a request by its path and query names, never the values (invitation and pulse tokens)', async () => {
    const token = 'invitation-token-8d1e77a0b2';
    const pulse = 'pulse-token-31c9f0';
    await app.inject({ method: 'GET', url: `/api/v1/invitations/lookup?token=${token}` });
    await app.inject({ method: 'GET', url: `/api/v1/pulse/form?token=${pulse}&x=1` });
    await app.inject({
      method: 'GET',
      url: '/api/v1/workflows',
      headers: { authorization: 'Bearer trl_abcd1234_secretsecret', cookie: 'trellis_session=sessionsecret' },
    });
    const text = logs.text();
    for (const secret of [token, pulse, 'secretsecret', 'sessionsecret']) expect(text).not.toContain(secret);
    const urls = logs.records().flatMap((r) => (r.req?.url ? [r.req.url] : []));
    expect(urls).toContain(`/api/v1/invitations/lookup?token=${REDACTED}`);
    expect(urls).toContain(`/api/v1/pulse/form?token=${REDACTED}&x=${REDACTED}`);
  });
});

describe('redactUrl', () => {
  it('keeps the path and the names, drops every value', () => {
    expect(redactUrl('/a/b')).toBe('/a/b');
    expect(redactUrl('/a?token=abc&limit=5&flag')).toBe(
      `/a?token=${REDACTED}&limit=${REDACTED}&flag=${REDACTED}`,
    );
  });
});
