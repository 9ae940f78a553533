import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../../platform/db/rows';
import { createMailTransport, deliverDueEmails, MAX_MAIL_ATTEMPTS } from '../../../platform/mail/mailer';
import { databaseDigest, expectProblem } from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  createTokenHeaders,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { partsOf } from '../../../test/mail';
import { call, createTestApplication, needsAnalysisExperiment } from '../test/learning';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
interface Received {
  from: string;
  to: string[];
  raw: string;
}
interface DigestEmail {
  id: number;
  recipient: { id: string; email: string };
  status: string;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
}

const FROM = 'Trellis <trellis@example.test>';
const SEND = { from: FROM, origin: 'http://trellis.test' };
const STATEMENT = 'Shorter guides & fewer questions work <script>alert(1)</script>';

describe.each(testEngines())('the weekly digest by e-mail, through an outbox, on %s', (engine) => {
  let t: TestApp;
  let smtp: SMTPServer;
  let port: number;
  const received: Received[] = [];
  /** Deliveries the SMTP server refuses with a temporary error before it accepts again. */
  let refuseNext = 0;
  let owner: TestPerson;
  let lead: TestPerson;
  let follower: TestPerson;
  let optedOut: TestPerson;
  let insightId: string;
  const settings = () => ({ smtpUrl: `smtp://digest:secret@127.0.0.1:${port}`, from: FROM });

  beforeAll(async () => {
    smtp = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      logger: false,
      onAuth(auth, _session, callback) {
        if (auth.username === 'digest' && auth.password === 'secret') callback(null, { user: 'digest' });
        else callback(new Error('Invalid username or password'));
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          if (refuseNext > 0) {
            refuseNext--;
            const error = new Error('Mailbox busy, try again later') as Error & { responseCode: number };
            error.responseCode = 451;
            callback(error);
            return;
          }
          const envelopeFrom = session.envelope.mailFrom;
          received.push({
            from: envelopeFrom ? envelopeFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    port = (smtp.server.address() as AddressInfo).port;
    t = await createTestApp(engine, { smtpUrl: settings().smtpUrl, mailFrom: FROM });
    owner = await createOrganizationWithOwner(t.db);
    lead = await createMember(t.db, owner.organizationId, 'lead');
    follower = await createMember(t.db, owner.organizationId, 'contributor');
    optedOut = await createMember(t.db, owner.organizationId, 'viewer');
    const app = await createTestApplication(t.db, owner, 'Needs-analysis assistant', { stage: 'pilot' });
    await call(t, follower, 'POST', '/api/v1/follows', { kind: 'tag', target: 'interviews' });
    await call(t, optedOut, 'POST', '/api/v1/follows', { kind: 'tag', target: 'interviews' });
    const experiment = await call<{ id: string }>(
      t,
      lead,
      'POST',
      '/api/v1/experiments',
      needsAnalysisExperiment(app.id),
    );
    const insight = await call<{ id: string }>(t, lead, 'POST', '/api/v1/insights', {
      statement: STATEMENT,
      tags: ['interviews'],
      evidence: [{ kind: 'experiment', entityId: experiment.id, stance: 'supporting' }],
    });
    insightId = insight.id;
    await call(t, lead, 'POST', `/api/v1/insights/${insightId}/status`, { status: 'confirmed' }, 200);
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('keeps each person’s choice: on by default, off for themselves only; bad input and tokens refused', async () => {
    // The choice is the `digest` kind of the person's e-mail preferences (the Learning page shows that one).
    const prefs = (who: TestPerson) =>
      call<{ kinds: { digest: boolean }; emailConfigured: boolean }>(
        t,
        who,
        'GET',
        '/api/v1/mail/preferences',
      );
    const put = (headers: Record<string, string>, payload: object) =>
      t.app.inject({ method: 'PUT', url: '/api/v1/mail/preferences', headers, payload });
    expect(await prefs(optedOut)).toMatchObject({ kinds: { digest: true }, emailConfigured: true });
    const token = await createTokenHeaders(t.db, owner.organizationId, 'admin');
    const before = await databaseDigest(t.db);
    expectProblem(await put(optedOut.headers, { kinds: { digest: 'no' } }), 400, 'body.kinds.digest');
    expectProblem(await put(token.headers, { kinds: { digest: false } }), 403);
    expect(await databaseDigest(t.db)).toEqual(before);
    const off = await put(optedOut.headers, { kinds: { digest: false } });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({ kinds: { digest: false }, emailConfigured: true });
    expect((await prefs(follower)).kinds.digest).toBe(true);
    expect((await prefs(optedOut)).kinds.digest).toBe(false);
    // The old learning-only route is gone: one choice, one route.
    expect(
      (await t.app.inject({ url: '/api/v1/learning/preferences', headers: optedOut.headers })).statusCode,
    ).toBe(404);
  });

  it('writes one e-mail per follower who keeps it on, in the digest’s transaction, and sends nothing yet', async () => {
    const sent = await call<{ recipients: number; emails: number }>(
      t,
      owner,
      'POST',
      '/api/v1/learning/digests',
    );
    expect(sent).toMatchObject({ recipients: 2, emails: 1 });
    const rows = await t.db.system((tx) =>
      selectRows<{ user_id: string; status: string; to_address: string }>(
        tx,
        sql`SELECT user_id, status, to_address FROM digest_emails WHERE organization_id = ${owner.organizationId}`,
      ),
    );
    expect(rows).toEqual([{ user_id: follower.userId, status: 'pending', to_address: follower.email }]);
    expect(received).toEqual([]);
  });

  it('retries a refused delivery with backoff, then sends it once: recipient, subject, escaped body', async () => {
    const transport = createMailTransport(settings());
    const now = new Date();
    refuseNext = 1;
    expect(await deliverDueEmails(t.db, transport, SEND, { now })).toEqual({ attempted: 1, sent: 0 });
    expect(received).toEqual([]);
    const [failed] = (await call<{ items: DigestEmail[] }>(t, owner, 'GET', '/api/v1/learning/digest-emails'))
      .items;
    expect(failed).toMatchObject({ status: 'pending', attempts: 1, sentAt: null });
    expect(failed!.lastError).toMatch(/451|try again later/i);
    // Backoff: 10 s after the first failure, so an immediate second pass leaves it alone.
    expect(await deliverDueEmails(t.db, transport, SEND, { now })).toEqual({ attempted: 0, sent: 0 });

    const later = new Date(now.getTime() + 11_000);
    expect(await deliverDueEmails(t.db, transport, SEND, { now: later })).toEqual({
      attempted: 1,
      sent: 1,
    });
    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail!.from).toBe('trellis@example.test');
    expect(mail!.to).toEqual([follower.email]);
    expect(mail!.raw).toMatch(
      /^Subject: Your learning digest: 1 confirmed insight, 0 experiment results\r?$/m,
    );
    expect(mail!.raw).toMatch(/^Message-ID: <digest-[0-9a-f-]{36}@example\.test>\r?$/m);
    const { text, html } = partsOf(mail!.raw);
    expect(text).toContain(`Insight: ${STATEMENT}`);
    expect(text).toContain(`http://trellis.test/learning/insights/${insightId}`);
    expect(html).toContain('Shorter guides &amp; fewer questions work &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain(`href="http://trellis.test/learning/insights/${insightId}"`);

    expect(
      await deliverDueEmails(t.db, transport, SEND, { now: new Date(later.getTime() + 3_600_000) }),
    ).toEqual({ attempted: 0, sent: 0 });
    expect(received).toHaveLength(1);
    const [done] = (await call<{ items: DigestEmail[] }>(t, owner, 'GET', '/api/v1/learning/digest-emails'))
      .items;
    expect(done).toMatchObject({
      status: 'sent',
      attempts: 2,
      lastError: null,
      recipient: { id: follower.userId },
    });
    expectProblem(await t.app.inject({ url: '/api/v1/learning/digest-emails', headers: lead.headers }), 403);
  });

  it('sends each e-mail once when two servers deliver at the same moment', async () => {
    await call(t, owner, 'POST', '/api/v1/learning/digests');
    const count = received.length;
    const results = await Promise.all([
      deliverDueEmails(t.db, createMailTransport(settings()), SEND),
      deliverDueEmails(t.db, createMailTransport(settings()), SEND),
    ]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(1);
    expect(received).toHaveLength(count + 1);
  });

  it('gives up after the last attempt and says why', async () => {
    await call(t, owner, 'POST', '/api/v1/learning/digests');
    await t.db.system((tx) =>
      tx.execute(
        sql`UPDATE digest_emails SET attempts = ${MAX_MAIL_ATTEMPTS - 1} WHERE status = 'pending' AND organization_id = ${owner.organizationId}`,
      ),
    );
    refuseNext = 1;
    const count = received.length;
    expect(await deliverDueEmails(t.db, createMailTransport(settings()), SEND)).toEqual({
      attempted: 1,
      sent: 0,
    });
    const failed = await call<{ items: DigestEmail[] }>(
      t,
      owner,
      'GET',
      '/api/v1/learning/digest-emails?status=failed',
    );
    expect(failed.items).toHaveLength(1);
    expect(failed.items[0]).toMatchObject({ status: 'failed', attempts: MAX_MAIL_ATTEMPTS });
    expect(await deliverDueEmails(t.db, createMailTransport(settings()), SEND)).toEqual({
      attempted: 0,
      sent: 0,
    });
    expect(received).toHaveLength(count);
  });
});

describe('the digest without SMTP', () => {
  it('writes no e-mail and says so', async () => {
    const t = await createTestApp('pglite');
    try {
      const owner = await createOrganizationWithOwner(t.db);
      const prefs = await call(t, owner, 'GET', '/api/v1/mail/preferences');
      expect(prefs).toMatchObject({ kinds: { digest: true }, emailConfigured: false });
      const sent = await call<{ emails: number }>(t, owner, 'POST', '/api/v1/learning/digests');
      expect(sent.emails).toBe(0);
    } finally {
      await t.close();
    }
  });
});
