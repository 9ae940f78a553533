import { execFile } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../platform/config';
import { openConfiguredDatabase } from '../../../platform/db/open';
import { selectRows } from '../../../platform/db/rows';
import { createMailTransport, deliverDueEmails } from '../../../platform/mail/mailer';
import { expectJson, expectProblem } from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { partsOf } from '../../../test/mail';
import { checkPassword } from '../services/login';
import { RESET_REQUESTS_PER_EMAIL } from '../services/password-reset';
import { Session } from './session-presenter';

const FROM = 'Trellis <trellis@example.test>';
interface Received {
  to: string[];
  raw: string;
}

describe.each(testEngines())('password reset by e-mail on %s', (engine) => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let smtp: SMTPServer;
  let settings: { smtpUrl: string; from: string };
  const received: Received[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      authOptional: true,
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    settings = { smtpUrl: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`, from: FROM };
    t = await createTestApp(engine, { smtpUrl: settings.smtpUrl, mailFrom: FROM });
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  let ip = 0;
  const ask = (email: string, remoteAddress = `10.3.0.${++ip}`) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email }, remoteAddress });
  const confirm = (payload: unknown) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset/confirm', payload: payload as object });
  const login = (email: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  /** Runs the mailer once and returns what reached the SMTP server for `email`. */
  async function deliver(email: string) {
    const start = received.length;
    await deliverDueEmails(t.db, createMailTransport(settings), {
      from: FROM,
      origin: 'http://trellis.test',
    });
    return received
      .slice(start)
      .filter((m) => m.to.includes(email))
      .map((m) => partsOf(m.raw));
  }
  const linkIn = (text: string) => /http:\/\/trellis\.test\/reset-password#token=([\w%-]+)/.exec(text)?.[1];
  const count = async (query: ReturnType<typeof sql>) =>
    (await t.db.system((tx) => selectRows<{ n: number }>(tx, query)))[0]!.n;

  it('e-mails a one-time link through the outbox; it sets a new password once and signs out everywhere', async () => {
    const owner: TestPerson = await createOrganizationWithOwner(t.db);
    const asked = await ask(owner.email);
    expect(asked.statusCode).toBe(202);
    expect(asked.body).toBe('null');
    const mails = await deliver(owner.email);
    expect(mails).toHaveLength(1);
    const token = decodeURIComponent(linkIn(mails[0]!.text)!);
    expect(mails[0]!.html).toContain(`reset-password#token=${encodeURIComponent(token)}`);
    // The token is kept only as a hash; the outbox forgets the body once it is sent.
    const everywhere = sql`SELECT count(*)::int AS n FROM password_resets r, digest_emails d
      WHERE r.token_hash = ${token} OR d.text_body LIKE ${`%${token}%`} OR d.html_body LIKE ${`%${encodeURIComponent(token)}%`}`;
    expect(await count(everywhere)).toBe(0);

    const other = await login(owner.email, owner.password);
    expect(other.statusCode).toBe(200);
    expectProblem(await confirm({ token, newPassword: 'short' }), 400, 'body.newPassword');
    const done = await confirm({ token, newPassword: 'a fresh reset passphrase' });
    expect(done.statusCode).toBe(204);
    // Every session ended: the harness's and the one just signed in.
    for (const cookie of [owner.headers.cookie!, `trellis_session=${other.cookies[0]!.value}`]) {
      // The old session has ended: signed out (204), not signed in.
      expect(
        (await t.app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } })).statusCode,
      ).toBe(204);
    }
    expectProblem(await login(owner.email, owner.password), 401);
    expectJson(await login(owner.email, 'a fresh reset passphrase'), 200, Session);
    // Once only.
    expectProblem(await confirm({ token, newPassword: 'yet another passphrase' }), 400, 'body.token');
  });

  it('answers an unknown e-mail exactly like a known one, sending nothing, and throttles both alike', async () => {
    const owner = await createOrganizationWithOwner(t.db);
    const unknown = `nobody-${engine}@example.com`;
    const answers: [number, string][] = [];
    for (const email of [owner.email, unknown]) {
      for (let i = 0; i < RESET_REQUESTS_PER_EMAIL; i++) {
        const res = await ask(email);
        answers.push([res.statusCode, res.body]);
      }
      const refused = await ask(email);
      expectProblem(refused, 429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3000);
    }
    expect(answers).toEqual(Array(2 * RESET_REQUESTS_PER_EMAIL).fill([202, 'null']));
    // Each new link voids the one before: only the last of the three works.
    const links = (await deliver(owner.email)).map((m) => decodeURIComponent(linkIn(m.text)!));
    expect(received.filter((m) => m.to.includes(unknown))).toEqual([]);
    expect(links).toHaveLength(RESET_REQUESTS_PER_EMAIL);
    expectProblem(
      await confirm({ token: links[0], newPassword: 'a fresh reset passphrase' }),
      400,
      'body.token',
    );
    expect((await confirm({ token: links.at(-1), newPassword: 'a fresh reset passphrase' })).statusCode).toBe(
      204,
    );
  });

  it('lets a link expire after 30 minutes', async () => {
    const owner = await createOrganizationWithOwner(t.db);
    await ask(owner.email);
    const token = decodeURIComponent(linkIn((await deliver(owner.email))[0]!.text)!);
    await t.db.system((tx) =>
      tx.execute(
        sql`UPDATE password_resets SET expires_at = now() - interval '1 second'
            WHERE user_id = ${owner.userId} AND expires_at <= now() + interval '30 minutes'`,
      ),
    );
    expectProblem(await confirm({ token, newPassword: 'a fresh reset passphrase' }), 400, 'body.token');
    expectJson(await login(owner.email, owner.password), 200, Session);
  });

  it('refuses a reset for an organization whose passwords are off: the e-mail says so, with no link', async () => {
    const owner = await createOrganizationWithOwner(t.db);
    const member = await createMember(t.db, owner.organizationId, 'contributor');
    await ask(member.email);
    const earlier = decodeURIComponent(linkIn((await deliver(member.email))[0]!.text)!);
    await t.db.system((tx) =>
      tx.execute(sql`INSERT INTO oidc_providers (organization_id, display_name, issuer, client_id, client_secret,
          scopes, role_mapping, default_role, allowed_domains, enabled, passwords_disabled)
          VALUES (${owner.organizationId}, 'SSO', 'https://idp.example', 'trellis', 'plain.x', 'openid email',
          '[]', 'viewer', '[]', true, true)`),
    );
    const asked = await ask(member.email);
    expect([asked.statusCode, asked.body]).toEqual([202, 'null']);
    const [notice] = await deliver(member.email);
    expect(notice!.text).toContain('single sign-on only');
    expect(linkIn(notice!.text)).toBeUndefined();
    // A link sent before passwords were turned off no longer works either.
    const refused = expectProblem(
      await confirm({ token: earlier, newPassword: 'a fresh reset passphrase' }),
      403,
    );
    expect(refused.type).toBe('urn:trellis:problem:password-login-disabled');
    const hash = sql`SELECT count(*)::int AS n FROM users WHERE id = ${member.userId} AND password_hash IS NOT NULL`;
    expect(await count(hash)).toBe(1);
  });
});

describe('password reset without e-mail', () => {
  it('answers 503 naming the shell command, storing nothing', async () => {
    const t = await createTestApp('pglite');
    try {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password-reset',
        payload: { email: 'someone@example.com' },
      });
      expect(expectProblem(res, 503).detail).toContain('trellis user reset-password');
      expectProblem(
        await t.app.inject({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { email: 'x' } }),
        400,
        'body.email',
      );
    } finally {
      await t.close();
    }
  });
});

describe('trellis user reset-password', () => {
  const run = promisify(execFile);
  const repoRoot = fileURLToPath(new URL('../../../../../..', import.meta.url));
  const cli = path.join(repoRoot, 'packages/server/src/cli.ts');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-reset-cli-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const trellis = (args: string[], input: string) => {
    const child = run(process.execPath, ['--import', 'tsx', cli, ...args, '--data-dir', dataDir], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: '' },
    });
    child.child.stdin?.end(input);
    return child;
  };

  it('sets the password read from standard input, and refuses an unknown e-mail or a short password', async () => {
    const email = 'ann@example.test';
    await trellis(
      ['user', 'create', '--email', email, '--name', 'Ann', '--org', 'Reset Co', '--password-stdin'],
      'the first long password\n',
    );
    const done = await trellis(['user', 'reset-password', '--email', email], 'a second long password\n');
    expect(done.stdout).toContain(`Set a new password for ${email}`);
    expect(done.stdout + done.stderr).not.toContain('a second long password');
    for (const [args, input, message] of [
      [['--email', 'nobody@example.test'], 'a second long password\n', /Nobody has the e-mail address/],
      [['--email', email], 'short\n', /must be 12 to 256 characters/],
    ] as const) {
      const failed = await trellis(['user', 'reset-password', ...args], input).catch(
        (error: { code: number; stderr: string }) => error,
      );
      expect(failed).toMatchObject({ code: 1 });
      expect((failed as { stderr: string }).stderr).toMatch(message);
    }
    const db = await openConfiguredDatabase(loadConfig({ dataDir }, {}));
    try {
      const check = (password: string) =>
        db.system((tx) => checkPassword(tx, { email, password, ip: '127.0.0.1' }));
      expect((await check('the first long password')).ok).toBe(false);
      expect((await check('a second long password')).ok).toBe(true);
    } finally {
      await db.close();
    }
  }, 400_000);
});
