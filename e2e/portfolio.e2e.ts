import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { choose, completeSetup, eventually, navigate, OWNER, sessionCall } from './support/app';
import { type Browser, openBrowser, screenshot } from './support/browser';
import { startServer, type TrellisServer } from './support/server';

/** Picks an option of a Mantine Select inside one part of the page (the filter bar and a dialog share labels). */
async function chooseIn(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The names in the application table, top to bottom. */
async function listedNames(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: 'Applications' });
  return table.locator('tbody tr td:first-child a').allInnerTexts();
}

const PILOTS = [
  {
    name: 'AI-drafted course content',
    purpose: 'Instructional designers get first drafts of course modules to edit, instead of a blank page.',
    department: 'L&D',
    risk: 'Medium risk',
  },
  {
    name: 'AI-assisted needs analysis',
    purpose: 'Summarise interviews and surveys into a training needs analysis for each business unit.',
    department: 'HR',
    risk: 'Low risk',
  },
  {
    name: 'Automated stakeholder updates',
    purpose: 'Weekly programme updates for sponsors, drafted from the project tracker.',
    department: 'Communications',
    risk: 'Low risk',
  },
];

describe('portfolio: custom field, three pilots, stages with reasons, filters and views, CSV import and export', () => {
  let server: TrellisServer;
  let browser: Browser;
  let files: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
    files = mkdtempSync(join(tmpdir(), 'trellis-e2e-csv-'));
    browser.page.on('pageerror', (error) => pageErrors.push(error.message));
    await completeSetup(browser.page, server.setupUrl);
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail')
      await screenshot(browser.page, `failed-portfolio-${task.name.slice(0, 40)}`).catch(() => undefined);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (files) rmSync(files, { recursive: true, force: true });
  });

  it('defines a custom field and registers the three pilots of the article', async () => {
    const { page } = browser;
    await navigate(page, 'Portfolio');
    await page.getByText('No applications yet').waitFor();
    await page.getByRole('button', { name: 'Custom fields' }).click();
    const fields = page.getByRole('dialog', { name: 'Custom fields' });
    await fields.getByLabel('Label').fill('Department');
    expect(await fields.getByLabel('Key').inputValue()).toBe('department');
    await chooseIn(page, fields, 'Kind', 'Single select');
    const options = fields.getByLabel('Options');
    for (const option of ['L&D', 'HR', 'Communications']) {
      await options.fill(option);
      await options.press('Enter');
    }
    await fields.getByRole('button', { name: 'Add field' }).click();
    await fields.getByRole('cell', { name: 'department', exact: true }).waitFor();
    await screenshot(page, 'portfolio-custom-fields');
    await page.keyboard.press('Escape');

    for (const pilot of PILOTS) {
      await page.getByRole('button', { name: 'New application' }).click();
      const dialog = page.getByRole('dialog', { name: 'New application' });
      await dialog.getByLabel('Name').fill(pilot.name);
      await dialog.getByLabel('Purpose').fill(pilot.purpose);
      await chooseIn(page, dialog, 'Owner', `${OWNER.name} (${OWNER.email})`);
      await chooseIn(page, dialog, 'Stage', 'Pilot');
      await chooseIn(page, dialog, 'Risk tier', pilot.risk);
      await chooseIn(page, dialog, 'Department', pilot.department);
      await dialog.getByLabel('AI tools and vendors').fill('Azure OpenAI');
      await dialog.getByLabel('AI tools and vendors').press('Enter');
      await dialog.getByRole('button', { name: 'Register application' }).click();
      await page.getByRole('heading', { name: pilot.name, level: 1 }).waitFor();
      await page.getByRole('link', { name: 'Portfolio' }).first().click();
    }
    await eventually(async () => expect(await listedNames(page)).toHaveLength(3));
  });

  it('moves a pilot through stages with reasons, offering only allowed moves', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'AI-drafted course content' }).click();
    await page.getByRole('button', { name: 'Move stage' }).click();
    const dialog = page.getByRole('dialog', { name: 'Move to another stage' });
    await dialog.getByRole('combobox', { name: 'New stage' }).click();
    const offered = await page.getByRole('option').allInnerTexts();
    expect(offered).toEqual(['Expanding', 'Evaluating', 'Paused', 'Retired']);
    await page.getByRole('option', { name: 'Expanding' }).click();
    await dialog.getByRole('button', { name: 'Move' }).click();
    await dialog.getByText('Say why the application moves').waitFor();
    await dialog
      .getByLabel('Reason')
      .fill('Drafting time fell from 10 to 4 hours per module across 12 modules.');
    await dialog.getByRole('button', { name: 'Move' }).click();
    await expect.poll(() => page.getByTestId('stage').textContent()).toBe('Expanding');

    await page.getByRole('button', { name: 'Move stage' }).click();
    await choose(page, 'New stage', 'Paused');
    await page.getByLabel('Reason').fill('Waiting for the LMS integration.');
    await page.getByRole('button', { name: 'Move', exact: true }).click();
    await expect.poll(() => page.getByTestId('stage').textContent()).toBe('Paused');
    const history = page.getByRole('region', { name: 'Stage history' });
    await history.getByText('Waiting for the LMS integration.').waitFor();
    await history.getByText('Pilot → Expanding').waitFor();

    // The server refuses what the page does not offer: paused cannot jump to scaled.
    const id = new URL(page.url()).pathname.split('/')[2]!;
    const refused = await sessionCall<{ status: number; body: { detail: string } }>(
      page,
      'POST',
      `/applications/${id}/transitions`,
      {
        to: 'scaled',
        reason: 'skip ahead',
        version: 3,
      },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toContain('cannot move to “scaled”');

    await page.getByLabel('New task').fill('Draft module outlines');
    await page.getByRole('button', { name: 'Add task' }).click();
    await page
      .getByRole('list', { name: 'Tasks' })
      .getByRole('link', { name: 'Draft module outlines' })
      .waitFor();
    await page.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit application' });
    expect(await edit.getByLabel('Name').inputValue()).toBe('AI-drafted course content');
    await chooseIn(page, edit, 'Data sensitivity', 'Confidential');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await edit.waitFor({ state: 'detached' });
    await page.getByText('Confidential', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Evidence' }).waitFor();
    await page.getByRole('link', { name: 'Sustainable-core review' }).waitFor();
    await screenshot(page, 'portfolio-detail');
  });

  it('filters, searches and saves a view', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: 'Portfolio' }).first().click();
    // A MultiSelect's input sits under its pills box: click through to open it.
    await page.getByRole('combobox', { name: 'Stage', exact: true }).click({ force: true });
    await page.getByRole('option', { name: 'Pilot', exact: true }).click();
    await page.keyboard.press('Escape');
    await eventually(async () =>
      expect((await listedNames(page)).sort()).toEqual([
        'AI-assisted needs analysis',
        'Automated stakeholder updates',
      ]),
    );
    await page.getByRole('button', { name: 'Save view' }).click();
    await page.getByLabel('View name').fill('Running pilots');
    await page
      .getByRole('dialog', { name: 'Save this view' })
      .getByRole('button', { name: 'Save view' })
      .click();
    await page.getByText('Saved the view “Running pilots”.').waitFor();

    await page.getByRole('button', { name: 'Clear all filters' }).click();
    // Typed once the cleared list is shown, as a person would: typed before that, on a busy machine (load
    // 6), the search was once left unapplied.
    await eventually(async () => expect(await listedNames(page)).toHaveLength(3));
    await page.getByLabel('Search').fill('needs');
    await page.getByLabel('Search').press('Enter');
    await eventually(async () => expect(await listedNames(page)).toEqual(['AI-assisted needs analysis']));
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await choose(page, 'Custom field', 'Department');
    await choose(page, 'Value', 'Communications');
    await page.getByRole('button', { name: 'Add filter' }).click();
    await eventually(async () => expect(await listedNames(page)).toEqual(['Automated stakeholder updates']));
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await eventually(async () => expect(await listedNames(page)).toHaveLength(3));

    await page.getByRole('button', { name: /^Saved views/ }).click();
    await page.getByRole('menuitem', { name: 'Running pilots' }).click();
    await eventually(async () => expect(await listedNames(page)).toHaveLength(2));
    await page.getByRole('button', { name: 'Clear all filters' }).click();

    // The order is part of the link, and clearing the filters keeps it.
    await choose(page, 'Sort', 'Name A–Z');
    await eventually(async () =>
      expect(await listedNames(page)).toEqual([
        'AI-assisted needs analysis',
        'AI-drafted course content',
        'Automated stakeholder updates',
      ]),
    );
    expect(new URL(page.url()).searchParams.get('sort')).toBe('name');
    await choose(page, 'Sort', 'Newest first');
    await eventually(async () => expect(new URL(page.url()).searchParams.get('sort')).toBeNull());
  });

  it('imports a CSV: a row error is shown and nothing stored; fixed, every row is imported', async () => {
    const { page } = browser;
    const header = 'name,purpose,owner_email,stage,risk_tier,ai_tools,custom.department';
    const broken = join(files, 'applications.csv');
    writeFileSync(
      broken,
      [
        header,
        `Onboarding chatbot,Answers new joiners' questions,${OWNER.email},idea,low,Copilot Studio,HR`,
        'Quiz generation,Draft assessment items,,pilott,medium,GPT-4o,L&D',
        'Compliance refresher,Personalised refreshers',
      ].join('\n'),
    );
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import applications' });
    await dialog.locator('input[type=file]').setInputFiles(broken);
    const preview = dialog.getByRole('table', { name: 'Import preview' });
    await preview.getByText('“pilott” is not a stage').waitFor();
    await preview.getByText('Row 4 has 2 of the 7 columns').waitFor();
    await dialog.getByText('1 ready').waitFor();
    expect(await dialog.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await screenshot(page, 'portfolio-import-preview');
    const before = await sessionCall<{ body: { items: unknown[] } }>(page, 'GET', '/applications?limit=200');
    expect(before.body.items).toHaveLength(3);

    const fixed = join(files, 'applications-fixed.csv');
    writeFileSync(
      fixed,
      [
        header,
        `Onboarding chatbot,Answers new joiners' questions,${OWNER.email},idea,low,Copilot Studio,HR`,
        'Quiz generation,Draft assessment items,,pilot,medium,GPT-4o,L&D',
        'Compliance refresher,Personalised refreshers,,evaluating,high,,HR',
      ].join('\n'),
    );
    await dialog.locator('input[type=file]').setInputFiles(fixed);
    await dialog.getByText('3 ready').waitFor();
    await dialog.getByRole('button', { name: 'Import 3 applications' }).click();
    await page.getByText('Imported 3 applications.').waitFor();
    await eventually(async () => expect(await listedNames(page)).toHaveLength(6));
    await page.getByText('Imported 3 applications.').waitFor({ state: 'detached' });
    await screenshot(page, 'portfolio-list');
  });

  it('exports CSV and the federal AI use-case inventory', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Export' }).click();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'CSV (importable)' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^trellis-applications-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText.split('\n')[0]).toContain('name,purpose,owner_email,stage');
    expect(csvText).toContain('AI-assisted needs analysis');

    await page.getByRole('button', { name: 'Export' }).click();
    const [federal] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'US federal AI use-case inventory (CSV)' }).click(),
    ]);
    const federalText = readFileSync((await federal.path())!, 'utf8');
    // A byte-order mark first, so spreadsheets read the file as UTF-8.
    expect(federalText.split('\n')[0]).toMatch(/^\uFEFFUse Case Name,Agency,Bureau,/);
    expect(federalText).toContain('Automated stakeholder updates,Acme Learning');

    // The detail page in the dark scheme too.
    await page.getByRole('link', { name: 'AI-assisted needs analysis' }).click();
    await page.getByRole('button', { name: /dark/i }).click();
    await page.getByRole('region', { name: 'Stage history' }).waitFor();
    await screenshot(page, 'portfolio-detail-dark');
    await page.getByRole('button', { name: /light/i }).click();
    expect(pageErrors).toEqual([]);
  });
});
