import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { choose, completeSetup, sessionCall } from './support/app';
import { type Browser, openBrowser, screenshot } from './support/browser';
import { startServer, type TrellisServer } from './support/server';

/** `YYYY-MM` and the first/last day of the month `offset` months from now (UTC). */
function month(offset: number) {
  const now = new Date();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
  const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset + 1, 0));
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return { key: iso(first).slice(0, 7), first: iso(first), last: iso(last) };
}

describe('capacity: three teams, two rollouts, one team red, an anonymous pulse, a saturation check that says no', () => {
  let server: TrellisServer;
  let browser: Browser;
  const pageErrors: string[] = [];
  const next = month(1);
  const after = month(2);

  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
    browser.page.on('pageerror', (error) => pageErrors.push(error.message));
    await completeSetup(browser.page, server.setupUrl);
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail')
      await screenshot(browser.page, `failed-capacity-${task.name.slice(0, 40)}`).catch(() => undefined);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const addUnit = async (name: string, kind: string, parent: string | null, headcount: number) => {
    const { page } = browser;
    await page.getByRole('button', { name: 'New unit' }).click();
    const dialog = page.getByRole('dialog', { name: 'New org unit' });
    await dialog.getByLabel('Name').fill(name);
    await choose(page, 'Kind', kind);
    if (parent) await choose(page, 'Part of', parent);
    await dialog.getByLabel('Headcount').fill(String(headcount));
    await dialog.getByRole('button', { name: 'Create unit' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('table', { name: 'Org units' }).getByText(name, { exact: true }).waitFor();
  };

  const fillChange = async (
    unit: string,
    title: string,
    aspects: Record<string, number>,
    people: number,
    start: string,
    end: string,
  ) => {
    const { page } = browser;
    const dialog = page.getByRole('dialog', { name: 'Add a change' });
    await choose(page, 'Unit', unit);
    await dialog.getByRole('textbox', { name: /^Change/ }).fill(title);
    await dialog.getByLabel('People affected').fill(String(people));
    await dialog.getByLabel('Starts').fill(start);
    await dialog.getByLabel('Ends').fill(end);
    for (const [aspect, magnitude] of Object.entries(aspects)) {
      await dialog.getByLabel(aspect, { exact: true }).fill(String(magnitude));
    }
    return dialog;
  };

  it('builds three teams under a division', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/capacity/units`);
    await page.getByText('No org units yet').waitFor();
    await addUnit('Customer Operations', 'Division', null, 0);
    await addUnit('Claims', 'Team', 'Customer Operations', 8);
    await addUnit('Billing', 'Team', 'Customer Operations', 6);
    await addUnit('Support', 'Team', 'Customer Operations', 10);
    const table = page.getByRole('table', { name: 'Org units' });
    await expect.poll(() => table.getByRole('row').count()).toBe(5);
    await screenshot(page, 'capacity-units');
  });

  it('moves a unit in a reorganization and deletes one nothing refers to', async () => {
    const { page } = browser;
    await addUnit('Back office', 'Department', null, 0);
    await page.getByRole('button', { name: 'Edit Billing' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Billing' });
    await choose(page, 'Part of', 'Back office');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // Billing now sits under Back office: listed right after it, indented one level.
    const cells = page.getByRole('table', { name: 'Org units' }).locator('tbody tr td:first-child');
    const indent = (name: string) =>
      cells.filter({ hasText: name }).evaluate((el) => Number.parseFloat(getComputedStyle(el).paddingLeft));
    await expect
      .poll(async () => (await cells.allInnerTexts()).map((t) => t.split('\n')[0]))
      .toEqual(['Back office', 'Billing', 'Customer Operations', 'Claims', 'Support']);
    expect(await indent('Billing')).toBeGreaterThan(await indent('Back office'));
    await screenshot(page, 'capacity-units-moved');
    await page.getByRole('button', { name: 'Edit Billing' }).click();
    await choose(page, 'Part of', 'Customer Operations');
    await page.getByRole('dialog', { name: 'Edit Billing' }).getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Delete Back office' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete Back office' });
    await confirm.getByRole('button', { name: 'Delete unit' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByRole('table', { name: 'Org units' }).getByRole('row').count()).toBe(5);
  });

  it('adds the changes of two rollouts and sees Claims turn red on the heatmap', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'Changes' }).click();
    await page.getByRole('button', { name: 'Add a change' }).click();
    // Rollout 1 into Claims: (4 + 3 + 3) × 6 = 60 points a month of 80 → 75%.
    let dialog = await fillChange(
      '· Claims',
      'AI claim triage, wave 1',
      { Process: 4, Tools: 3, Skills: 3 },
      6,
      next.first,
      after.last,
    );
    await dialog.getByRole('button', { name: 'Add change' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // Rollout 2 into Claims next month: + (2 + 2) × 6 = 24 → 84 of 80 = 105%, red.
    await page.getByRole('button', { name: 'Add a change' }).click();
    dialog = await fillChange(
      '· Claims',
      'Drafted replies, pilot',
      { Roles: 2, Behaviours: 2 },
      6,
      next.first,
      next.last,
    );
    await dialog.getByRole('button', { name: 'Add change' }).click();
    await dialog.waitFor({ state: 'hidden' });
    // Rollout 2 also reaches Billing (by the API, as an integration would): 4 × 3 = 12 of 60.
    const billing = (
      await sessionCall<{ body: { items: Array<{ id: string; name: string }> } }>(
        page,
        'GET',
        '/org-units?limit=500',
      )
    ).body.items.find((u) => u.name === 'Billing')!;
    const res = await sessionCall(page, 'POST', '/change-impacts', {
      orgUnitId: billing.id,
      title: 'Drafted replies, pilot',
      aspects: { roles: 2, behaviours: 2 },
      peopleAffected: 3,
      startDate: next.first,
      endDate: next.last,
    });
    expect(res.status).toBe(201);
    await page.getByRole('table', { name: 'Changes' }).getByText('AI claim triage, wave 1').waitFor();
    await screenshot(page, 'capacity-changes');

    await page.getByRole('tab', { name: 'Heatmap' }).click();
    const red = page.getByRole('button', { name: /^Claims, .*: 105% of capacity, over capacity$/ });
    await red.waitFor();
    expect(await red.getAttribute('data-status')).toBe('red');
    await page.getByRole('button', { name: /^Billing, .*: 20% of capacity, within capacity$/ }).waitFor();
    await screenshot(page, 'capacity-heatmap-red');
    await red.click();
    const drawer = page.getByRole('dialog');
    await drawer
      .getByRole('table', { name: 'Changes behind the cell' })
      .getByText('Drafted replies, pilot')
      .waitFor();
    await drawer.getByText('Load is 105% of capacity; the red line is at 100%.').waitFor();
    await screenshot(page, 'capacity-cell');
    await page.keyboard.press('Escape');
  });

  it('runs a pulse in Claims: each person answers through the link in their own inbox, once', async () => {
    const { page } = browser;
    // Three people of Claims join by invitation; the pulse asks the unit's people with an account.
    const units = await sessionCall<{ body: { items: { id: string; name: string }[] } }>(
      page,
      'GET',
      '/org-units?limit=200',
    );
    const claims = units.body.items.find((u) => u.name === 'Claims')!.id;
    const people: Browser[] = [];
    for (const [i, name] of ['Cleo Park', 'Dev Rao', 'Eli Moss'].entries()) {
      const invitation = await sessionCall<{ status: number; body: { url: string } }>(
        page,
        'POST',
        '/invitations',
        {
          email: `claims-${i}@example.test`,
          role: 'contributor',
        },
      );
      expect(invitation.status).toBe(201);
      const person = await openBrowser();
      person.page.on('pageerror', (error) => pageErrors.push(error.message));
      const { pathname, search } = new URL(invitation.body.url);
      await person.page.goto(`${server.baseUrl}${pathname}${search}`);
      await person.page.getByLabel('Your name').fill(name);
      await person.page.getByLabel(/^Password/).fill('another long password');
      await person.page.getByRole('button', { name: 'Create account and join' }).click();
      await person.page.waitForURL(`${server.baseUrl}/`);
      const me = await sessionCall<{ body: { user: { id: string } } }>(person.page, 'GET', '/session');
      const joined = await sessionCall<{ status: number }>(
        page,
        'PUT',
        `/org-units/${claims}/members/${me.body.user.id}`,
        {
          role: 'member',
        },
      );
      expect(joined.status).toBe(204);
      people.push(person);
    }

    await page.getByRole('tab', { name: 'Pulse' }).click();
    await page.getByRole('button', { name: 'New pulse' }).click();
    const dialog = page.getByRole('dialog', { name: 'New pulse' });
    await choose(page, 'Unit', '· Claims');
    await dialog.getByLabel('Name').fill('Claims check-in');
    // Rounds open by themselves by default; this journey opens its round by hand.
    const auto = dialog.getByRole('switch', { name: 'Open rounds by themselves' });
    expect(await auto.isChecked()).toBe(true);
    await auto.uncheck({ force: true });
    await dialog.getByRole('button', { name: 'Create pulse' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Open a round' }).click();
    // The lead learns how many were asked, never a link.
    await page.getByText(/3 people of the unit each found their own one-time link in their inbox/).waitFor();
    expect(await page.getByText('/pulse#token=').count()).toBe(0);
    await screenshot(page, 'capacity-pulse-opened');

    let firstLink = '';
    for (const [n, { page: respondent }] of people.entries()) {
      await respondent.goto(`${server.baseUrl}/inbox`);
      await respondent.getByRole('link', { name: /Pulse check-in for Claims: Claims check-in/ }).click();
      await respondent.getByText('Claims check-in').first().waitFor();
      // The token is in the fragment: the page's own address never sends it to the server.
      expect(new URL(respondent.url()).search).toBe('');
      expect(new URL(respondent.url()).hash).toMatch(/^#token=/);
      if (n === 0) firstLink = respondent.url();
      // The inbox link says "Claims check-in" too: wait for the form itself (its page is loaded on demand).
      await respondent.getByRole('radiogroup').first().waitFor();
      for (const item of await respondent.getByRole('radiogroup').all()) {
        await item
          .getByRole('radio')
          .nth(n === 0 ? 1 : 2)
          .check();
      }
      if (n === 0) await screenshot(respondent, 'capacity-pulse-answer');
      await respondent.getByRole('button', { name: 'Send answers' }).click();
      await respondent.getByText('Your answers are in').waitFor();
    }
    const { page: first } = people[0]!;
    // A fresh load of the link (going to the same address with only its fragment would not reload the page).
    await first.goto('about:blank');
    await first.goto(firstLink);
    await first.getByText('This link cannot be used').waitFor();
    await first.getByText(/it was used already, its round is closed, or it was never issued/).waitFor();
    await screenshot(first, 'capacity-pulse-used');
    for (const person of people) await person.close();

    await page.getByRole('button', { name: 'Close round' }).click();
    const results = page.getByRole('table', { name: 'Results of Claims check-in' });
    await results.getByText('3 of 3').waitFor();
    await screenshot(page, 'capacity-pulse-results');
  });

  it('shows the absorption score and answers “no” to a third rollout into Claims', async () => {
    const { page } = browser;
    await page.getByRole('tab', { name: 'Heatmap' }).click();
    await page.getByRole('button', { name: /^Claims, .*: 105% of capacity/ }).click();
    const score = page.getByRole('dialog').getByLabel('Absorption score');
    // Headroom 0 (over the red line); pulse: (2 + 3 + 3) / 3 ≈ 2.67 → 41.7; score round(20.8) = 21.
    await score.getByText('21', { exact: true }).waitFor();
    await score.getByText(/Latest pulse averages 2\.67 of 5/).waitFor();
    await screenshot(page, 'capacity-absorption');
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: 'Changes' }).click();
    await page.getByRole('button', { name: 'Add a change' }).click();
    const dialog = await fillChange(
      '· Claims',
      'Knowledge base assistant',
      { Tools: 2 },
      4,
      after.first,
      after.last,
    );
    await dialog.getByRole('button', { name: 'Check saturation' }).click();
    // Month after next: 60 existing + 2 × 4 = 68 of 80 → 85%, amber: it fits. Next month instead:
    await dialog.getByText('Yes: this change fits').waitFor();
    await dialog.getByLabel('Starts').fill(next.first);
    await dialog.getByLabel('Ends').fill(next.last);
    await dialog.getByRole('button', { name: 'Check saturation' }).click();
    // 84 + 8 = 92 of 80: 12 points over the red line.
    await dialog.getByText(/^No: .* goes 12 points over the red line$/).waitFor();
    await screenshot(page, 'capacity-saturation-no');
    await page.keyboard.press('Escape');

    // The heatmap in dark mode: the red cell must stay readable.
    await page.getByRole('tab', { name: 'Heatmap' }).click();
    await page.getByRole('button', { name: 'Switch to dark mode' }).click();
    await page.getByRole('button', { name: /^Claims, .*: 105% of capacity/ }).waitFor();
    await screenshot(page, 'capacity-heatmap-dark');
    await page.getByRole('button', { name: 'Switch to light mode' }).click();
    expect(pageErrors).toEqual([]);
  });
});
