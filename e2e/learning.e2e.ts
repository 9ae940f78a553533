import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { choose, completeSetup, eventually, expectPath, navigate, sessionCall } from './support/app';
import { type Browser, openBrowser, screenshot } from './support/browser';
import { startServer, type TrellisServer } from './support/server';

const STATEMENT =
  'AI-drafted interview guides halve needs-analysis preparation <script>window.__xss=1</script> <img src=x onerror="window.__xss=2">';

/** Markup in statements and snippets stays text: no script ran, no element was made from it. */
async function expectInert(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('main script').count()).toBe(0);
}

describe('learning: an experiment for the needs-analysis pilot becomes a confirmed insight others find, follow and act on', () => {
  let server: TrellisServer;
  let owner: Browser;
  let colleague: Browser;
  let insightPath = '';
  const pageErrors: string[] = [];
  /** Digest e-mails as an SMTP server on loopback received them. */
  const mail: { to: string[]; raw: string }[] = [];
  let smtp: SMTPServer;

  beforeAll(async () => {
    smtp = new SMTPServer({
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          mail.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const smtpPort = (smtp.server.address() as AddressInfo).port;
    server = await startServer({
      env: {
        TRELLIS_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        TRELLIS_MAIL_FROM: 'Trellis <trellis@example.test>',
      },
    });
    owner = await openBrowser();
    owner.page.on('pageerror', (error) => pageErrors.push(error.message));
    await completeSetup(owner.page, server.setupUrl);
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail')
      await screenshot(owner.page, `failed-learning-${task.name.slice(0, 40)}`).catch(() => undefined);
  });
  afterAll(async () => {
    await colleague?.close();
    await owner?.close();
    await server?.stop();
    await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  });

  it('takes an idea through evaluation into an application, showing similar ideas while typing', async () => {
    const { page } = owner;
    await navigate(page, 'Learning');
    await page.getByRole('heading', { name: 'Learning', exact: true }).waitFor();
    await page.getByText('No insights yet').waitFor();
    await screenshot(page, 'learning-empty');
    await page
      .getByRole('navigation', { name: 'Learning pages' })
      .getByRole('link', { name: 'Ideas' })
      .click();
    const form = page.getByRole('form', { name: 'Propose an idea' });
    await form.getByLabel('Use case').fill('Needs-analysis assistant');
    await form
      .getByLabel('What AI would do, for whom')
      .fill('Drafts needs-analysis interview guides for L&D consultants.');
    await form.getByRole('button', { name: 'Propose idea' }).click();
    const card = page.getByTestId('idea-Needs-analysis assistant');
    await card.waitFor();

    await form.getByLabel('Use case').fill('Interview guide drafting');
    await form.getByLabel('What AI would do, for whom').fill('AI drafts the needs-analysis interview');
    await page.getByRole('alert', { name: 'Similar ideas' }).getByText('Needs-analysis assistant').waitFor();
    await screenshot(page, 'learning-ideas-similar');
    await form.getByLabel('Use case').fill('');
    await form.getByLabel('What AI would do, for whom').fill('');

    await card.getByRole('button', { name: 'Start evaluation' }).click();
    await card.getByRole('button', { name: 'Accept' }).click();
    await card.getByRole('button', { name: 'Create application' }).click();
    await card.getByText('now an application in the portfolio').waitFor();
  });

  it('logs an experiment for the needs-analysis pilot and records its result', async () => {
    const { page } = owner;
    await page
      .getByRole('navigation', { name: 'Learning pages' })
      .getByRole('link', { name: 'Overview' })
      .click();
    await page.getByRole('button', { name: 'Log experiment' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log an experiment' });
    await choose(page, 'Application', 'Needs-analysis assistant (idea)');
    await choose(page, 'Stage', 'pilot');
    await dialog.getByLabel('Title').fill('AI-drafted needs-analysis interview guides');
    await dialog
      .getByLabel('Hypothesis')
      .fill('Drafting the interview guide with AI halves preparation time without losing coverage.');
    const metric = dialog.getByRole('group', { name: 'Metric 1' });
    await metric.getByLabel('Name').fill('Preparation hours');
    await metric.getByLabel('Unit').fill('h');
    await page.getByRole('combobox', { name: 'Expected to' }).click();
    await page.getByRole('option', { name: 'Decrease' }).click();
    await screenshot(page, 'learning-log-experiment');
    await dialog.getByRole('button', { name: 'Log experiment' }).click();
    await eventually(() =>
      expect(new URL(page.url()).pathname).toMatch(/^\/learning\/experiments\/[0-9a-f-]+$/),
    );
    await page.getByRole('heading', { name: 'AI-drafted needs-analysis interview guides' }).waitFor();

    const result = page.getByRole('form', { name: 'Record the result' });
    await result.getByLabel('Preparation hours baseline').fill('6');
    await result.getByLabel('Preparation hours observed').fill('2.5');
    await choose(page, 'Result', 'Supported');
    await result.getByLabel('What we saw').fill('Twelve analyses in the pilot team; coverage held.');
    await result.getByLabel('Decision taken').fill('Use AI-drafted guides in every needs analysis.');
    await result.getByRole('button', { name: 'Save result' }).click();
    await page.getByRole('heading', { name: 'Result: supported' }).waitFor();
    await page.getByText('Use AI-drafted guides in every needs analysis.').waitFor();
    await screenshot(page, 'learning-experiment-result');
  });

  it('promotes the learning to a confirmed insight with the experiment on its evidence trail', async () => {
    const { page } = owner;
    await page.getByRole('button', { name: 'Record insight' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record an insight' });
    await dialog.getByLabel('Statement').fill(STATEMENT);
    const tags = dialog.getByLabel('Tags');
    await tags.fill('needs analysis');
    await tags.press('Enter');
    await dialog.getByRole('button', { name: 'Record insight' }).click();
    await eventually(() =>
      expect(new URL(page.url()).pathname).toMatch(/^\/learning\/insights\/[0-9a-f-]+$/),
    );
    insightPath = new URL(page.url()).pathname;
    await page.getByTestId('insight-statement').waitFor();
    expect(await page.getByTestId('insight-statement').textContent()).toBe(STATEMENT);
    await expectInert(page);
    const trail = page.getByTestId('evidence-trail');
    await trail.getByRole('link', { name: 'AI-drafted needs-analysis interview guides' }).waitFor();

    await page.getByLabel('Decision note').fill('Held across twelve analyses.');
    await page.getByRole('button', { name: 'Confirm insight' }).click();
    await page.getByText(/confirmed by Ada Owner/).waitFor();
    await screenshot(page, 'learning-insight-confirmed');
  });

  it('is found by search from another team, followed by its tag, and received in the digest', async () => {
    const invitation = await sessionCall<{ status: number; body: { url: string } }>(
      owner.page,
      'POST',
      '/invitations',
      {
        email: 'ben@example.test',
        role: 'contributor',
      },
    );
    expect(invitation.status).toBe(201);
    colleague = await openBrowser({ colorScheme: 'dark' });
    const { page } = colleague;
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const { pathname, search } = new URL(invitation.body.url);
    await page.goto(`${server.baseUrl}${pathname}${search}`);
    await page.getByLabel('Your name').fill('Ben Colleague');
    await page.getByLabel(/^Password/).fill('another long password');
    await page.getByRole('button', { name: 'Create account and join' }).click();
    await expectPath(page, '/');
    // Ben works in another team than the pilot's.
    const ben = await sessionCall<{ body: { user: { id: string } } }>(page, 'GET', '/session');
    const team = async (name: string) =>
      (await sessionCall<{ body: { id: string } }>(owner.page, 'POST', '/org-units', { name, kind: 'team' }))
        .body.id;
    await team('Needs analysis');
    const facilitation = await team('Facilitation');
    const joined = await sessionCall<{ status: number }>(
      owner.page,
      'PUT',
      `/org-units/${facilitation}/members/${ben.body.user.id}`,
      { role: 'member' },
    );
    expect(joined.status).toBe(204);

    await navigate(page, 'Learning');
    await page.getByLabel('Search what we learned').fill('interview preparation');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expectPath(page, '/learning/search');
    const hit = page.getByTestId('search-hit').filter({ hasText: 'halve needs-analysis' });
    await hit.waitFor();
    expect(await hit.locator('mark').allTextContents()).toEqual(
      expect.arrayContaining(['interview', 'preparation']),
    );
    expect(await hit.getByRole('link').first().textContent()).toBe(STATEMENT);
    await expectInert(page);
    await screenshot(page, 'learning-search-dark');

    await hit.getByRole('link').first().click();
    await expectPath(page, insightPath);
    await page.getByRole('button', { name: 'Follow #needs analysis' }).click();
    await page.getByText('#needs analysis followed').waitFor();

    const sent = await sessionCall<{ status: number; body: { recipients: number; emails: number } }>(
      owner.page,
      'POST',
      '/learning/digests',
    );
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ recipients: 1, emails: 1 });
    await page.reload();
    await page.getByRole('link', { name: 'Inbox, 1 unread' }).click();
    await expectPath(page, '/inbox');
    const digest = page
      .getByTestId('notification')
      .filter({ hasText: 'Your learning digest: 1 confirmed insight' });
    await digest.getByText(/Insight: AI-drafted interview guides halve needs-analysis preparation/).waitFor();
    await expectInert(page);
    await screenshot(page, 'learning-inbox-digest-dark');
    await digest.getByRole('button', { name: /^Mark/ }).click();
    await page.getByRole('link', { name: 'Inbox', exact: true }).waitFor();

    // The same digest by e-mail: the mailer sends the outbox row on its next tick.
    // Ben was invited by e-mail earlier; the digest is the second e-mail he gets.
    const digests = () => mail.filter((m) => /^Subject: Your learning digest/m.test(m.raw));
    await eventually(() => expect(digests()).toHaveLength(1), 60_000);
    expect(mail.filter((m) => /^Subject: .* invited you to /m.test(m.raw))).toHaveLength(1);
    const [digestMail] = digests();
    expect(digestMail!.to).toEqual(['ben@example.test']);
    expect(digestMail!.raw).toMatch(/^Subject: Your learning digest: 1 confirmed insight/m);
    expect(digestMail!.raw).toContain('&lt;script&gt;');
    await navigate(page, 'Learning');
    await page.getByRole('tab', { name: 'Following' }).click();
    const toggle = page.getByRole('switch', { name: 'E-mail me the digest' });
    expect(await toggle.isChecked()).toBe(true);
    await screenshot(page, 'learning-following-dark');
    await toggle.click({ force: true });
    await eventually(async () => expect(await toggle.isChecked()).toBe(false));

    await navigate(owner.page, 'Learning');
    await owner.page.getByRole('tab', { name: 'Following' }).click();
    const log = owner.page.getByRole('table', { name: 'Digest e-mails' });
    await log.getByText('ben@example.test').waitFor();
    await log.getByText('sent', { exact: true }).waitFor();
    await screenshot(owner.page, 'learning-digest-emails');
  });

  it('uses the insight to propose a gate-threshold change, decided as a decision request that links back', async () => {
    const { page } = colleague;
    await page.goto(`${server.baseUrl}${insightPath}`);
    const form = page.getByRole('form', { name: 'Propose a change' });
    await form.waitFor();
    await form.getByLabel('What changes').fill('Pilot → expanding: preparation-time reduction');
    await form.getByLabel('Its id (optional)').fill('pilot-to-expanding');
    await form
      .getByLabel('The change')
      .fill('Require at least a 40% reduction in preparation time (was 25%).');
    await form.getByRole('button', { name: 'Propose change' }).click();
    const proposal = page.getByTestId('proposal');
    await proposal.getByText('Pilot → expanding: preparation-time reduction').waitFor();
    await proposal.getByText('proposed', { exact: true }).waitFor();
    expect(await proposal.getByRole('button').count()).toBe(0);
    await screenshot(page, 'learning-proposal-requested-dark');
    await proposal.getByRole('link', { name: 'Decision request' }).click();
    await eventually(() =>
      expect(new URL(page.url()).pathname).toMatch(/^\/decisions\/requests\/[0-9a-f-]+$/),
    );
    const requestPath = new URL(page.url()).pathname;
    await page
      .getByRole('heading', {
        name: 'Change a gate threshold: Pilot → expanding: preparation-time reduction',
      })
      .waitFor();
    await page.getByText('Change a rubric, threshold, template or standard').waitFor();
    const origin = page.getByTestId('request-origin');
    await origin.getByRole('link', { name: /halve needs-analysis preparation/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await expectInert(page);

    const lead = owner.page;
    await lead
      .getByRole('link', { name: /^Inbox/ })
      .first()
      .click();
    await lead
      .getByTestId('notification')
      .filter({ hasText: 'Approval needed: Change a gate threshold' })
      .getByRole('link')
      .first()
      .click();
    await expectPath(lead, requestPath);
    await lead.getByLabel('Rationale').fill('Agreed at the portfolio review');
    await lead.getByRole('button', { name: 'Approve' }).click();
    await lead.getByText('Request approved.').waitFor();
    await lead
      .getByTestId('request-origin')
      .getByText(/is accepted; it follows this request/)
      .waitFor();
    await screenshot(lead, 'learning-proposal-request-approved');
    await lead.getByTestId('request-origin').getByRole('link').click();
    await expectPath(lead, insightPath);
    const decided = lead.getByTestId('proposal');
    await decided.getByText('accepted', { exact: true }).waitFor();
    await decided.getByText(/accepted by Ada Owner — “Agreed at the portfolio review”/).waitFor();
    await screenshot(lead, 'learning-proposal-accepted');

    await lead
      .getByRole('navigation', { name: 'Learning pages' })
      .getByRole('link', { name: 'This month' })
      .click();
    await lead.getByRole('heading', { name: /^What we learned in / }).waitFor();
    await lead.getByRole('link', { name: /halve needs-analysis preparation/ }).waitFor();
    await screenshot(lead, 'learning-month');
    await lead
      .getByRole('navigation', { name: 'Learning pages' })
      .getByRole('link', { name: 'Feedback loops' })
      .click();
    await lead.getByRole('heading', { name: 'Feedback loops' }).waitFor();
    await screenshot(lead, 'learning-loops');
    expect(pageErrors).toEqual([]);
  });
});
