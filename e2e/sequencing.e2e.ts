import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { completeSetup, expectPath, navigate, sessionCall } from './support/app';
import { type Browser, openBrowser, screenshot } from './support/browser';
import { startServer, type TrellisServer } from './support/server';

type Reply<T> = { status: number; body: T };
const DAY = 86_400_000;

describe('sequencing: a plan from the template, its gate from not enough evidence to advance, advanced', () => {
  let server: TrellisServer;
  let browser: Browser;
  let workflowId = '';
  let secondTeam = '';
  const pageErrors: string[] = [];

  const api = async <T>(method: string, path: string, body?: unknown, status = [200, 201, 204]) => {
    const res = await sessionCall<Reply<T>>(browser.page, method, path, body);
    expect(status, `${method} ${path}: ${JSON.stringify(res.body)}`).toContain(res.status);
    return res.body;
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
    browser.page.on('pageerror', (error) => pageErrors.push(error.message));
    await completeSetup(browser.page, server.setupUrl);
    // The organization as a new user finds it after the earlier capabilities: units and the pilot with its task.
    const division = await api<{ id: string }>('POST', '/org-units', {
      name: 'Learning & Development',
      kind: 'division',
    });
    const content = await api<{ id: string }>('POST', '/org-units', {
      name: 'Content team',
      kind: 'team',
      parentId: division.id,
      headcount: 10,
    });
    secondTeam = (
      await api<{ id: string }>('POST', '/org-units', {
        name: 'Course design',
        kind: 'team',
        parentId: division.id,
        headcount: 8,
      })
    ).id;
    const app = await api<{ id: string }>('POST', '/applications', {
      name: 'Content drafting',
      stage: 'pilot',
      orgUnitIds: [content.id],
    });
    workflowId = (
      await api<{ id: string }>('POST', `/applications/${app.id}/tasks`, { name: 'Draft module text' })
    ).id;
    await api('POST', `/workflows/${workflowId}/standards`, {
      criteria: [{ key: 'accurate', label: 'Accurate', kind: 'pass_fail', severity: 'critical' }],
      defectRule: { kind: 'any_critical_fail' },
      outgoingLimit: 0.05,
      limitScope: 'workflow',
      policy: 'full',
      doubleReviewFraction: 0,
    });
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail')
      await screenshot(browser.page, `failed-sequencing-${task.name.slice(0, 40)}`).catch(() => undefined);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('makes a plan from the starter template for the content-drafting pilot', async () => {
    const { page } = browser;
    await navigate(page, 'Sequencing');
    await page.getByText('No expansion plans yet').waitFor();
    await screenshot(page, 'sequencing-empty');
    await page.getByRole('button', { name: 'New plan' }).click();
    const dialog = page.getByRole('dialog', { name: 'New expansion plan' });
    await dialog.getByRole('combobox', { name: 'Application' }).click();
    await page.getByRole('option', { name: 'Content drafting (pilot)' }).click();
    await dialog.getByText('1. Pilot team').waitFor();
    await dialog.getByLabel('1. Pilot team', { exact: true }).click();
    await page.getByRole('option', { name: /^Content team/ }).click();
    await page.keyboard.press('Escape');
    await dialog.getByLabel('2. Second team', { exact: true }).click();
    await page.getByRole('option', { name: /^Course design/ }).click();
    await page.keyboard.press('Escape');
    await screenshot(page, 'sequencing-new-plan');
    await dialog.getByRole('button', { name: 'Create plan' }).click();
    await page.getByRole('heading', { name: 'Expansion plan: Content drafting' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/sequencing\/plans\/[0-9a-f-]+$/);
    await page.getByRole('button', { name: 'Start next stage' }).waitFor();
    await screenshot(page, 'sequencing-plan-draft');
  });

  it('starts the pilot stage (under way for ten weeks): the gate has not enough evidence', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Start next stage' }).click();
    const dialog = page.getByRole('dialog', { name: /^Start/ });
    await dialog.getByLabel('Started on').fill(new Date(Date.now() - 75 * DAY).toISOString().slice(0, 10));
    await dialog.getByRole('button', { name: 'Start stage' }).click();
    const gate = page.getByRole('region', { name: 'Gate of Pilot team' });
    await gate.getByText('Recommendation: not enough evidence — hold').waitFor();
    const criteria = gate.getByRole('table', { name: 'Gate criteria' });
    await criteria
      .getByRole('row', { name: /Quality.*Not enough evidence.*Draft module text: 0 of 30/ })
      .waitFor();
    await criteria.getByRole('row', { name: /Pulse readiness.*Not enough evidence/ }).waitFor();
    await criteria.getByRole('row', { name: /Minimum duration.*Met/ }).waitFor();
    await screenshot(page, 'sequencing-gate-not-enough-evidence');
  });

  it('watches the gate turn to advance as reviews, adoption and the pulse come in, and advances', async () => {
    const { page } = browser;
    // 80 outputs reviewed, none defective: Wilson's upper bound 3.84 / 83.84 = 4.6% ≤ the 5% target.
    const outputs = Array.from({ length: 80 }, (_, i) => ({
      clientId: `m-${i}`,
      content: `Module text ${i}`,
    }));
    await api('POST', `/workflows/${workflowId}/outputs/batch`, { outputs });
    for (let i = 0; i < 80; i++) {
      const claimed = await api<{ output: { id: string } }>('POST', `/workflows/${workflowId}/queue/next`);
      await api('POST', `/outputs/${claimed.output.id}/reviews`, {
        answers: { accurate: true },
        timeSpentMs: 20_000,
      });
    }
    // Course design's readiness pulse: three of its people join by invitation and answer, each through the
    // link in their own inbox (the lead who opens the round gets none); then it is closed.
    const respondents: { cookie: string; organizationId: string }[] = [];
    for (const i of [0, 1, 2]) {
      const invitation = await api<{ url: string }>('POST', '/invitations', {
        email: `designer-${i}@example.test`,
        role: 'contributor',
      });
      // "Create your account" through the link, then sign in as the new person.
      const registered = await fetch(`${server.baseUrl}/api/v1/invitations/register`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          token: new URL(invitation.url).searchParams.get('token'),
          name: `Designer ${i + 1}`,
          password: 'another long password',
        }),
      });
      expect(registered.status).toBe(202);
      const accepted = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: `designer-${i}@example.test`, password: 'another long password' }),
      });
      expect(accepted.status).toBe(200);
      const cookie = accepted.headers.get('set-cookie')!.split(';')[0]!;
      const session = (await accepted.json()) as {
        user: { id: string };
        memberships: { organization: { id: string } }[];
      };
      await api('PUT', `/org-units/${secondTeam}/members/${session.user.id}`, { role: 'member' });
      respondents.push({ cookie, organizationId: session.memberships[0]!.organization.id });
    }
    const survey = await api<{ id: string; items: { key: string }[] }>('POST', '/pulse-surveys', {
      orgUnitId: secondTeam,
      name: 'Readiness',
      cooldownDays: 0,
    });
    const round = await api<{ round: { id: string }; invited: number }>(
      'POST',
      `/pulse-surveys/${survey.id}/rounds`,
      { closesInDays: 7 },
    );
    expect(round.invited).toBe(3);
    for (const [i, person] of respondents.entries()) {
      const inbox = await fetch(`${server.baseUrl}/api/v1/notifications`, {
        headers: { cookie: person.cookie, 'x-trellis-organization': person.organizationId },
      });
      const items = ((await inbox.json()) as { items: { kind: string; link: string | null }[] }).items;
      const link = items.find((n) => n.kind === 'pulse.invitation')!.link!;
      const token = new URLSearchParams(link.split('#')[1]).get('token');
      const score = [4, 4, 5][i]!;
      const answered = await fetch(`${server.baseUrl}/api/v1/pulse/answers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          token,
          answers: Object.fromEntries(survey.items.map((it) => [it.key, score])),
        }),
      });
      expect(answered.status).toBe(204);
    }
    await api('POST', `/pulse-rounds/${round.round.id}/close`);

    await page.reload();
    const gate = page.getByRole('region', { name: 'Gate of Pilot team' });
    await gate.getByRole('row', { name: /Quality.*Met/ }).waitFor();
    await gate.getByRole('row', { name: /Pulse readiness.*Met.*4\.33 of 5 from 3 people/ }).waitFor();
    await gate.getByText('Recommendation: not enough evidence — hold').waitFor();
    await page.getByRole('button', { name: 'Report adoption: Content team' }).click();
    const adoption = page.getByRole('dialog', { name: 'Adoption in Content team' });
    await adoption.getByLabel('People active with the application').fill('11');
    await adoption.getByRole('button', { name: 'Save' }).click();
    await adoption.getByText('Content team has 10 people.').nth(1).waitFor();
    await screenshot(page, 'sequencing-adoption-error');
    await adoption.getByLabel('People active with the application').fill('7');
    await adoption.getByRole('button', { name: 'Save' }).click();
    await gate.getByText('Recommendation: Advance').waitFor();
    await screenshot(page, 'sequencing-gate-advance');

    await gate.getByRole('button', { name: 'Decide' }).click();
    const decide = page.getByRole('dialog', { name: 'Decide the gate of Pilot team' });
    await decide.getByText('Advance (recommended)').waitFor();
    await decide
      .getByLabel('Rationale')
      .fill('Quality bound under 5% on 80 reviews, 70% active, Course design ready.');
    await screenshot(page, 'sequencing-decide');
    await decide.getByRole('button', { name: 'Record decision: Advance' }).click();
    await page.getByRole('region', { name: 'Gate of Second team' }).waitFor();
    await page.getByText('Lifecycle expanding').waitFor();
    await page.getByText(/Advance by Ada Owner on/).waitFor();
    await screenshot(page, 'sequencing-advanced');

    // The plan is locked now: an edit becomes a decision request.
    await page.getByRole('button', { name: 'Propose a change' }).click();
    const edit = page.getByRole('dialog', { name: 'Propose a change to the plan' });
    await edit
      .getByRole('group', { name: 'Stage 1', exact: true })
      .getByText('has run: units and load stay')
      .waitFor();
    await screenshot(page, 'sequencing-propose-change');
    await edit.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('link', { name: '← All plans' }).click();
    await expectPath(page, '/sequencing');
    const row = page
      .getByRole('table', { name: 'Expansion plans' })
      .getByRole('row', { name: /Content drafting/ });
    await row.getByText('2. Second team').waitFor();
    await screenshot(page, 'sequencing-plans');
    await page.getByRole('link', { name: 'Templates' }).click();
    await page
      .getByRole('heading', { name: 'Pilot team → second team → department → organization' })
      .waitFor();
    await screenshot(page, 'sequencing-templates');
    await page.getByRole('button', { name: 'Edit' }).click();
    const template = page.getByRole('dialog', { name: /^Edit Pilot team/ });
    await template.getByRole('group', { name: 'Template stage 1', exact: true }).waitFor();
    await screenshot(page, 'sequencing-template-edit');
    await template.getByRole('button', { name: 'Cancel' }).click();

    // The plan page in dark mode.
    await page.getByRole('link', { name: '← All plans' }).click();
    await page.getByRole('link', { name: 'Content drafting' }).click();
    await page.getByRole('region', { name: 'Gate of Second team' }).waitFor();
    await page.getByRole('button', { name: 'Switch to dark mode' }).click();
    await screenshot(page, 'sequencing-plan-dark');
    await page.getByRole('button', { name: 'Switch to light mode' }).click();
    expect(pageErrors).toEqual([]);
  });
});
