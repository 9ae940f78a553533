import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { runDecisionDeadlines } from '../../capabilities/decisions/services/decision-deadlines';
import { createApplication } from '../../capabilities/portfolio/services/applications';
import { expectProblem } from '../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestDatabaseUrl,
  openTestDatabase,
  type TestPerson,
  testEngines,
} from '../../test/harness';
import { partsOf } from '../../test/mail';
import { loadConfig } from '../config';
import { openDatabase } from '../db/client';
import { selectRows } from '../db/rows';
import type { Database, Engine } from '../db/types';
import { notify } from '../notifications/notifications';
import { createMailTransport, deliverDueEmails } from './mailer';

interface Received {
  to: string[];
  raw: string;
  subject: string;
}

const FROM = 'Trellis <trellis@example.test>';
const ORIGIN = 'http://trellis.test';
const SEND = { from: FROM, origin: ORIGIN };

/** Two Trellis servers on one database: PGlite is one process's, so both share it; PostgreSQL gets two pools. */
async function openTwice(engine: Engine): Promise<[Database, Database]> {
  if (engine === 'pglite') {
    const db = await openTestDatabase('pglite');
    return [db, db];
  }
  const url = await createTestDatabaseUrl();
  const a = await openDatabase({ databaseUrl: url, poolSize: 4 });
  const b = await openDatabase({ databaseUrl: url, poolSize: 4 });
  return [a, b];
}

const headerOf = (raw: string, name: string) => {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  return new RegExp(`^${name}: (.*)$`, 'im').exec(head)?.[1]?.trim() ?? null;
};

describe.each(testEngines())('e-mail for what needs a person, two servers on one database (%s)', (engine) => {
  let smtp: SMTPServer;
  let port: number;
  const received: Received[] = [];
  let refuseNext = 0;
  let refused = 0;
  let dbs: [Database, Database];
  let apps: [FastifyInstance, FastifyInstance];
  let owner: TestPerson;
  let lead1: TestPerson;
  let lead2: TestPerson;
  let contributor: TestPerson;
  let applicationId: string;
  const settings = () => ({ smtpUrl: `smtp://127.0.0.1:${port}`, from: FROM });
  const of = (email: string) => received.filter((m) => m.to.includes(email));
  const subjectsOf = (email: string) => of(email).map((m) => m.subject);

  /** Both servers' mailers at the same moment, passes until nothing is due (time moves past each backoff). */
  async function deliverAll(from: Date) {
    const transports = [createMailTransport(settings()), createMailTransport(settings())];
    for (let pass = 0; pass < 6; pass++) {
      const now = new Date(from.getTime() + pass * 10 * 60_000);
      await Promise.all(dbs.map((db, i) => deliverDueEmails(db, transports[i]!, SEND, { now })));
    }
  }

  beforeAll(async () => {
    smtp = new SMTPServer({
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          if (refuseNext > 0) {
            refuseNext--;
            refused++;
            const error = new Error('Mailbox busy, try again later') as Error & { responseCode: number };
            error.responseCode = 451;
            callback(error);
            return;
          }
          const raw = Buffer.concat(chunks).toString('utf8');
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            raw,
            subject: headerOf(raw, 'Subject') ?? '',
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    port = (smtp.server.address() as AddressInfo).port;
    dbs = await openTwice(engine);
    const config = loadConfig({ publicUrl: ORIGIN, smtpUrl: settings().smtpUrl, mailFrom: FROM }, {});
    apps = [
      await buildApp({ db: dbs[0], config, serveWeb: false }),
      await buildApp({ db: dbs[1], config, serveWeb: false }),
    ];
    await Promise.all(apps.map((app) => app.ready()));
    owner = await createOrganizationWithOwner(dbs[0], 'Northwind & Co');
    lead1 = await createMember(dbs[0], owner.organizationId, 'lead');
    lead2 = await createMember(dbs[0], owner.organizationId, 'lead');
    contributor = await createMember(dbs[0], owner.organizationId, 'contributor');
    const ctx = {
      organizationId: owner.organizationId,
      role: owner.role,
      actor: { type: 'user' as const, id: owner.userId, name: 'Owner' },
      requestId: 'test',
    };
    applicationId = (
      await dbs[0].tenant(owner.organizationId, (tx) =>
        createApplication(tx, ctx, { name: 'Slide summaries', riskTier: 'high' }),
      )
    ).id;
  });
  afterAll(async () => {
    for (const app of apps ?? []) await app.close();
    for (const db of new Set(dbs ?? [])) await db.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('sends an invitation, a decision request with its reminder and escalation, an alarm and a password reset exactly once each', async () => {
    const [a, b] = apps;
    const start = new Date();
    const invited = await a.inject({
      method: 'POST',
      url: '/api/v1/invitations',
      headers: owner.headers,
      payload: { email: 'new.colleague@example.test', role: 'reviewer' },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    expect(invited.json().emailed).toBe(true);
    const reset = await b.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: contributor.email },
    });
    expect(reset.statusCode, reset.body).toBe(202);
    const requested = await b.inject({
      method: 'POST',
      url: '/api/v1/decisions/requests',
      headers: contributor.headers,
      payload: { decisionType: 'admit_to_pilot', applicationId, title: 'Admit slide summaries to a pilot' },
    });
    expect(requested.statusCode, requested.body).toBe(201);
    const request = requested.json() as { id: string; status: string; remindAt: string; dueAt: string };
    expect(request.status).toBe('pending');
    // A drift alarm reaches the workflow's leads through the same notify() the review service calls.
    await dbs[0].tenant(owner.organizationId, (tx) =>
      notify(
        tx,
        owner.organizationId,
        { roles: ['lead'] },
        {
          kind: 'alarm.raised',
          title: 'Drift alarm: Draft quiz items, segment de',
          body: 'The defect rate in segment de rose above its quality standard.',
          link: '/quality/00000000-0000-4000-8000-000000000001',
        },
      ),
    );

    refuseNext = 1; // the SMTP server refuses the first delivery: it is retried after its backoff
    await deliverAll(start);
    // At the deadlines, both servers run the deadline job at the same moment, then both mailers.
    for (const at of [new Date(request.remindAt), new Date(request.dueAt)]) {
      await Promise.all(dbs.map((db) => runDecisionDeadlines(db, { now: at })));
      await deliverAll(at);
    }
    expect(refused).toBe(1);

    const invitation = of('new.colleague@example.test');
    expect(invitation.map((m) => m.subject)).toEqual(['Owner invited you to Northwind & Co on Trellis']);
    const invitationText = partsOf(invitation[0]!.raw).text;
    expect(invitationText).toContain(invited.json().url);
    expect(invitationText).toContain('Needed by');
    expect(headerOf(invitation[0]!.raw, 'List-Unsubscribe')).toBeNull();

    // High risk: the owner (Accountable) and the leads (Responsible) approve; all three hear each step.
    const title = 'Admit slide summaries to a pilot';
    const decision = [
      `Approval needed: ${title}`,
      `Overdue: ${title}`,
      `Reminder: ${title} waits for your decision`,
    ];
    for (const lead of [lead1, lead2]) {
      expect(subjectsOf(lead.email).sort()).toEqual(
        [...decision, 'Drift alarm: Draft quiz items, segment de'].sort(),
      );
    }
    expect(subjectsOf(owner.email).sort()).toEqual([...decision].sort());
    expect(subjectsOf(contributor.email)).toEqual(['Reset your Trellis password']);

    const ask = of(lead1.email).find((m) => m.subject.startsWith('Approval needed'))!;
    const { text, html } = partsOf(ask.raw);
    expect(text).toContain('Trellis · Northwind & Co');
    expect(html).toContain('Trellis · Northwind &amp; Co');
    expect(text).toContain(`Needed by `);
    expect(text).toContain(`${ORIGIN}/decisions/requests/${request.id}`);
    expect(text).toContain(`${ORIGIN}/account/email`);
    expect(text).not.toContain('{{trellis-origin}}');
    expect(headerOf(ask.raw, 'List-Unsubscribe')).toMatch(
      new RegExp(`^<${ORIGIN}/mail/unsubscribe\\?token=[\\w-]+\\.[\\w-]+>$`),
    );
    expect(headerOf(ask.raw, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');

    // The one-time links do not stay in the outbox once sent.
    const bodies = await dbs[0].system((tx) =>
      selectRows<{ kind: string; text_body: string }>(
        tx,
        sql`SELECT kind, text_body FROM digest_emails WHERE kind IN ('invitation', 'password_reset')`,
      ),
    );
    expect(bodies.map((r) => r.text_body)).toEqual(['', '']);

    // The admin delivery log: this organization's e-mails, never a body or token; admins only.
    const log = await b.inject({ url: '/api/v1/mail/deliveries?limit=100', headers: owner.headers });
    expect(log.statusCode, log.body).toBe(200);
    const items = log.json().items as {
      kind: string;
      status: string;
      attempts: number;
      lastError: string | null;
    }[];
    expect(items.map((i) => i.kind).sort()).toEqual(
      [
        'invitation',
        ...Array(3).fill('decision_request'),
        ...Array(2).fill('drift_alarm'),
        ...Array(3).fill('decision_reminder'),
        ...Array(3).fill('decision_escalation'),
      ].sort(),
    );
    expect(items.every((i) => i.status === 'sent')).toBe(true);
    expect(items.filter((i) => i.attempts === 2)).toHaveLength(1);
    expect(log.body).not.toContain(invited.json().url.split('token=')[1]);
    expect(log.body).not.toContain('unsubscribe');
    expectProblem(await a.inject({ url: '/api/v1/mail/deliveries', headers: lead1.headers }), 403);
    const page = await a.inject({
      url: '/api/v1/mail/deliveries?limit=4&kind=decision_escalation',
      headers: owner.headers,
    });
    expect(page.json().items).toHaveLength(3);
    expect(page.json().nextCursor).toBeNull();
  }, 120_000);

  it('sends nothing more that a request asked for once it is withdrawn or decided, and says so in the log', async () => {
    const [a, b] = apps;
    const ask = async (title: string) => {
      const made = await a.inject({
        method: 'POST',
        url: '/api/v1/decisions/requests',
        headers: contributor.headers,
        payload: { decisionType: 'admit_to_pilot', applicationId, title },
      });
      expect(made.statusCode, made.body).toBe(201);
      return made.json() as { id: string; version: number; remindAt: string };
    };
    const withdraw = async (request: { id: string; version: number }) => {
      const withdrawn = await b.inject({
        method: 'POST',
        url: `/api/v1/decisions/requests/${request.id}/withdraw`,
        headers: contributor.headers,
        payload: { version: request.version },
      });
      expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    };
    const logged = async (title: string) => {
      const log = await a.inject({ url: '/api/v1/mail/deliveries?limit=100', headers: owner.headers });
      return (
        log.json().items as { kind: string; subject: string; status: string; lastError: string | null }[]
      )
        .filter((i) => i.subject.includes(title))
        .map((i) => `${i.kind} ${i.status}: ${i.lastError}`)
        .sort();
    };
    const everyone = () => [owner, lead1, lead2].flatMap((p) => subjectsOf(p.email));

    // Withdrawn before the mailer ran: its three approvers get nothing.
    const start = new Date();
    await withdraw(await ask('Withdrawn at once'));
    await deliverAll(start);
    expect(everyone().filter((s) => s.includes('Withdrawn at once'))).toEqual([]);
    expect(await logged('Withdrawn at once')).toEqual(
      Array(3).fill('decision_request cancelled: The request was withdrawn before this e-mail was sent.'),
    );

    // Rejected after its request went out but before its reminder did: no reminder.
    const rejectedOne = await ask('Rejected before its reminder');
    await deliverAll(start);
    await Promise.all(dbs.map((db) => runDecisionDeadlines(db, { now: new Date(rejectedOne.remindAt) })));
    const rejected = await a.inject({
      method: 'POST',
      url: `/api/v1/decisions/requests/${rejectedOne.id}/decision`,
      headers: owner.headers,
      payload: { version: rejectedOne.version, verdict: 'reject', comment: 'Not this quarter.' },
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    await deliverAll(new Date(rejectedOne.remindAt));
    expect(
      everyone()
        .filter((s) => s.includes('Rejected before its reminder'))
        .sort(),
    ).toEqual(Array(3).fill('Approval needed: Rejected before its reminder'));
    expect(await logged('Rejected before its reminder')).toEqual([
      ...Array(3).fill('decision_reminder cancelled: The request was rejected before this e-mail was sent.'),
      ...Array(3).fill('decision_request sent: null'),
    ]);

    // The real transport, but the requester withdraws the request as the mailer hands it the request's
    // first e-mail (and `refuse` makes the SMTP server refuse that one).
    const real = createMailTransport(settings());
    const withdrawnWhileSending = (
      request: { id: string; version: number },
      title: string,
      refuse: boolean,
    ) => {
      const seen = { withdrew: false };
      const transport = {
        sendMail: async (message: Parameters<typeof real.sendMail>[0]) => {
          if (!seen.withdrew && message.subject.includes(title)) {
            seen.withdrew = true;
            await withdraw(request);
            if (refuse) refuseNext = 1;
          }
          return real.sendMail(message);
        },
      };
      return { transport, seen };
    };

    // Withdrawn while the mailer is trying it and the SMTP server refuses: the retry does not revive it.
    const racing = withdrawnWhileSending(await ask('Withdrawn mid-delivery'), 'Withdrawn mid-delivery', true);
    await deliverDueEmails(dbs[0], racing.transport, SEND, { now: new Date(), limit: 1 });
    expect(racing.seen.withdrew).toBe(true);
    await deliverAll(new Date(Date.now() + 60 * 60_000));
    expect(everyone().filter((s) => s.includes('Withdrawn mid-delivery'))).toEqual([]);
    expect(await logged('Withdrawn mid-delivery')).toEqual(
      Array(3).fill('decision_request cancelled: The request was withdrawn before this e-mail was sent.'),
    );

    // Withdrawn while the mailer is sending it, and the SMTP server takes it: it went out, and is logged so.
    const taken = withdrawnWhileSending(
      await ask('Withdrawn while sending'),
      'Withdrawn while sending',
      false,
    );
    await deliverDueEmails(dbs[1], taken.transport, SEND, { now: new Date(), limit: 1 });
    expect(taken.seen.withdrew).toBe(true);
    await deliverAll(new Date(Date.now() + 60 * 60_000));
    expect(everyone().filter((s) => s.includes('Withdrawn while sending'))).toEqual([
      'Approval needed: Withdrawn while sending',
    ]);
    expect(await logged('Withdrawn while sending')).toEqual([
      ...Array(2).fill('decision_request cancelled: The request was withdrawn before this e-mail was sent.'),
      'decision_request sent: null',
    ]);
    const filtered = await a.inject({
      url: '/api/v1/mail/deliveries?status=cancelled&limit=100',
      headers: owner.headers,
    });
    expect(filtered.json().items).toHaveLength(11);
  }, 120_000);

  it('lets a person unsubscribe from a kind with one click, without signing in; they get none of it after', async () => {
    const ask = of(lead2.email).find((m) => m.subject.startsWith('Approval needed'))!;
    const url = new URL(headerOf(ask.raw, 'List-Unsubscribe')!.slice(1, -1));
    const path = `${url.pathname}${url.search}`;
    const [a, b] = apps;
    // A link scanner's GET changes nothing.
    const shown = await a.inject({ url: path });
    expect(shown.statusCode).toBe(200);
    expect(shown.body).toContain('Unsubscribe from decision requests?');
    expect(
      (await a.inject({ url: '/api/v1/mail/preferences', headers: lead2.headers })).json().kinds
        .decision_request,
    ).toBe(true);
    // A forged token changes nothing.
    const forged = await b.inject({
      method: 'POST',
      url: `${path.slice(0, -2)}${path.endsWith('AA') ? 'BB' : 'AA'}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(forged.statusCode).toBe(400);
    // RFC 8058: the mail client's POST, no cookie.
    const done = await b.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(done.statusCode, done.body).toBe(200);
    const prefs = (await a.inject({ url: '/api/v1/mail/preferences', headers: lead2.headers })).json();
    expect(prefs.kinds).toMatchObject({
      decision_request: false,
      decision_reminder: true,
      drift_alarm: true,
    });
    expect(
      (await a.inject({ url: '/api/v1/mail/preferences', headers: lead1.headers })).json().kinds
        .decision_request,
    ).toBe(true);

    const before = of(lead2.email).length;
    const requested = await a.inject({
      method: 'POST',
      url: '/api/v1/decisions/requests',
      headers: contributor.headers,
      payload: { decisionType: 'admit_to_pilot', applicationId, title: 'A second pilot' },
    });
    expect(requested.statusCode, requested.body).toBe(201);
    await deliverAll(new Date());
    expect(of(lead2.email)).toHaveLength(before);
    expect(subjectsOf(lead1.email)).toContain('Approval needed: A second pilot');
  });

  it('keeps password resets and invitations on, and names the field of bad input', async () => {
    const [a] = apps;
    expectProblem(
      await a.inject({
        method: 'PUT',
        url: '/api/v1/mail/preferences',
        headers: lead1.headers,
        payload: { kinds: { password_reset: false } },
      }),
      400,
    );
    expectProblem(
      await a.inject({
        method: 'PUT',
        url: '/api/v1/mail/preferences',
        headers: lead1.headers,
        payload: { kinds: { drift_alarm: 'no' } },
      }),
      400,
      'body.kinds.drift_alarm',
    );
    const off = await a.inject({
      method: 'PUT',
      url: '/api/v1/mail/preferences',
      headers: lead1.headers,
      payload: { kinds: { drift_alarm: false } },
    });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toMatchObject({
      kinds: { drift_alarm: false, decision_request: true },
      emailConfigured: true,
    });
  });
});
