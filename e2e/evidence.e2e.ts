import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApplication } from '../packages/server/src/capabilities/portfolio/services/applications';
import { loadConfig } from '../packages/server/src/platform/config';
import { startServer } from '../packages/server/src/server';
import { completeSetup, OWNER, sessionCall } from './support/app';
import { type Browser, openBrowser, readTheme, screenshot } from './support/browser';

type Trellis = Awaited<ReturnType<typeof startServer>>;

/** The article's three pilots (an L&D team): content drafting, needs analysis, stakeholder updates. */
const PILOTS = [
  { name: 'Content drafting', purpose: 'AI drafts course modules from a brief; designers edit and approve.' },
  {
    name: 'Needs analysis',
    purpose: 'AI summarizes interviews and survey answers into a training needs analysis.',
  },
  { name: 'Stakeholder updates', purpose: 'AI drafts the weekly programme update for sponsors.' },
];
const WINDOWS = {
  baseline: { start: '2026-01-05', end: '2026-03-27' },
  pilot: { start: '2026-04-06', end: '2026-06-26' },
};
// Hours to draft a module: about 20 h before, about 4 h with the pilot.
const BASELINE_HOURS = [18, 22, 19.5, 25, 21, 17, 20, 23, 19, 21.5, 20.5, 18.5];
const PILOT_HOURS = [4.1, 3.6, 4.4, 5.0, 3.9, 4.2, 3.8, 4.6, 4.0, 3.7, 4.3, 4.5];
const day = (start: string, i: number) => {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 5 * i);
  return d.toISOString().slice(0, 10);
};

describe('evidence: three pilots, measurements entered and imported, effects with intervals and grades', () => {
  let trellis: Trellis;
  let browser: Browser;
  let dataDir: string;
  let setupUrl = '';
  const ids: Record<string, string> = {};
  const pageErrors: string[] = [];

  /**
   * Registers a pilot through the registry's API (POST /api/v1/applications); in a build without the
   * registry routes, through the same service those routes call.
   */
  async function registerPilot(page: Page, pilot: { name: string; purpose: string }): Promise<string> {
    const viaApi = await sessionCall<{ status: number; body: { id: string } }>(
      page,
      'POST',
      '/applications',
      {
        ...pilot,
        stage: 'pilot',
      },
    );
    if (viaApi.status === 201) return viaApi.body.id;
    expect(viaApi.status).toBe(404);
    const session = await sessionCall<{
      body: { user: { id: string }; memberships: Array<{ organization: { id: string } }> };
    }>(page, 'GET', '/session');
    const organizationId = session.body.memberships[0]!.organization.id;
    const ctx = {
      organizationId,
      role: 'owner' as const,
      actor: { type: 'user' as const, id: session.body.user.id, name: OWNER.name },
      requestId: 'e2e',
    };
    const created = await trellis.db.tenant(organizationId, (tx) =>
      createApplication(tx, ctx, { ...pilot, stage: 'pilot' }),
    );
    return created.id;
  }

  const evidencePage = (page: Page, name: string) =>
    page.goto(`${trellis.origin}/portfolio/${ids[name]}/evidence`);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'trellis-e2e-evidence-'));
    trellis = await startServer(loadConfig({ port: 0, dataDir, logLevel: 'warn' }, {}), {}, (line) => {
      setupUrl ||= /(http:\/\/\S+\/setup\?token=\S+)/.exec(line)?.[1] ?? '';
    });
    browser = await openBrowser();
    browser.page.on('pageerror', (error) => pageErrors.push(error.message));
    await completeSetup(browser.page, setupUrl);
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail')
      await screenshot(browser.page, `failed-evidence-${task.name.slice(0, 40)}`).catch(() => undefined);
  });
  afterAll(async () => {
    await browser?.close();
    await trellis?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('registers the three pilots of the article', async () => {
    for (const pilot of PILOTS) ids[pilot.name] = await registerPilot(browser.page, pilot);
    expect(Object.values(ids)).toHaveLength(3);
    const { page } = browser;
    await evidencePage(page, 'Content drafting');
    await page.getByRole('heading', { name: 'Evidence · Content drafting' }).waitFor();
    await page.getByText('No metrics yet').waitFor();
  });

  it('defines a metric with its windows in the browser and enters measurements one by one', async () => {
    const { page } = browser;
    await page.getByRole('button', { name: 'Add metric' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New metric' });
    await dialog.getByLabel('Name').fill('Hours to draft a module');
    await dialog.getByLabel('Unit').fill('h');
    await dialog.getByLabel('How it is measured').fill('Time sheet: brief received to review-ready draft');
    await dialog.getByLabel('Baseline from').fill(WINDOWS.baseline.start);
    await dialog.getByLabel('Baseline to').fill(WINDOWS.baseline.end);
    await dialog.getByLabel('Pilot from').fill(WINDOWS.pilot.start);
    await dialog.getByLabel('Pilot to').fill(WINDOWS.pilot.end);
    await dialog.getByRole('button', { name: 'Add metric' }).click();
    const card = page.getByRole('region', { name: 'Hours to draft a module' });
    await card.getByText('No effect yet').waitFor();
    expect(await card.getByTestId('grade').textContent()).toBe('Anecdote');

    await card.getByRole('button', { name: 'Add measurements' }).click();
    const entry = page.getByRole('dialog', { name: /^Add measurements/ });
    // A day outside the baseline window: the server names the field and stores nothing.
    await entry.getByLabel('Measured on').fill('2026-04-01');
    await entry.getByLabel(/^Value/).fill('19');
    await entry.getByRole('button', { name: 'Record' }).click();
    await entry.getByText('2026-04-01 is outside the baseline window (2026-01-05 to 2026-03-27)').waitFor();
    await screenshot(page, 'evidence-entry-error');
    for (const [i, hours] of BASELINE_HOURS.slice(0, 3).entries()) {
      await entry.getByLabel('Measured on').fill(day(WINDOWS.baseline.start, i));
      await entry.getByLabel(/^Value/).fill(String(hours));
      await entry.getByLabel(/^Value/).press('Enter');
      await entry.getByText(`${i + 1} recorded in this session`).waitFor();
    }
    await entry.getByRole('button', { name: 'Done' }).click();
    await card.getByText('Too few measurements to compare: baseline 3, pilot 0').waitFor();
  });

  it('imports the rest from CSV: a bad file names its rows and imports nothing, a good one all', async () => {
    const { page } = browser;
    const card = page.getByRole('region', { name: 'Hours to draft a module' });
    const rows = [
      'window,measured_on,value,unit,note',
      ...BASELINE_HOURS.slice(3).map(
        (h, i) => `baseline,${day(WINDOWS.baseline.start, i + 3)},${h},h,Module B${i + 4}`,
      ),
      ...PILOT_HOURS.map((h, i) => `pilot,${day(WINDOWS.pilot.start, i)},${h},h,Module P${i + 1}`),
    ];
    const bad = [...rows];
    bad[2] = bad[2]!.replace(',h,', ',min,');
    bad[14] = 'pilot,2026-07-15,4.0,h,Too late';
    await card.getByRole('button', { name: 'Import CSV' }).click();
    const dialog = page.getByRole('dialog', { name: /^Import measurements/ });
    await dialog.getByLabel('Or paste CSV').fill(bad.join('\n'));
    await dialog.getByRole('button', { name: 'Check' }).click();
    await dialog.getByText('2 of 21 rows are not valid; nothing was imported.').waitFor();
    const errors = dialog.getByRole('table', { name: 'Rows with errors' });
    await errors.getByText('"min" is not this metric\'s unit: it takes "h"').waitFor();
    await errors.getByText('2026-07-15 is outside the pilot window (2026-04-06 to 2026-06-26)').waitFor();
    await screenshot(page, 'evidence-import-errors');
    await dialog.getByLabel('Or paste CSV').fill(rows.join('\n'));
    await dialog.getByRole('button', { name: 'Check' }).click();
    await dialog.getByText('21 rows: 9 baseline, 12 pilot.').waitFor();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByText('21 measurements stored.').waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();

    const claim = card.getByTestId('claim');
    await claim.waitFor();
    expect(await claim.textContent()).toMatch(
      /^Hours to draft a module: 4\.9× faster \(95% CI \d\.\d× to \d\.\d×\); 20\.4 h → 4\.17 h; n = 12 vs 12; before-after comparison$/,
    );
    expect(await card.getByTestId('grade').textContent()).toBe('Before-after');
    expect(await card.getByTestId('verdict').textContent()).toBe('improved — before-after comparison');
    await card.getByText(/there is no concurrent comparison group/).waitFor();
    await card.getByRole('img', { name: /^95% interval: \d\.\d× to \d\.\d×, estimate 4\.9×$/ }).waitFor();
    await card.getByRole('button', { name: 'Show measurements (24)' }).click();
    await card
      .getByRole('table', { name: 'Measurements of Hours to draft a module' })
      .getByText('Module P12')
      .waitFor();
    await screenshot(page, 'evidence-content-drafting');
  });

  it('grades a concurrent comparison group as controlled and a handful of numbers as an anecdote', async () => {
    const { page } = browser;
    const accepted = await sessionCall<{ status: number; body: { id: string } }>(
      page,
      'POST',
      `/applications/${ids['Needs analysis']}/metrics`,
      { name: 'Analyses accepted without rework', kind: 'proportion', better: 'higher', windows: WINDOWS },
    );
    expect(accepted.status).toBe(201);
    // Weekly: 8 analyses by the pilot team (7 accepted), 8 by a team without the pilot (5 accepted).
    const weeks = Array.from({ length: 10 }, (_, i) => i);
    const measurements = weeks.flatMap((i) => [
      {
        clientId: `p-${i}`,
        window: 'pilot',
        measuredOn: day(WINDOWS.pilot.start, i),
        value: i % 3 ? 7 : 6,
        total: 8,
      },
      {
        clientId: `c-${i}`,
        window: 'pilot',
        group: 'comparison',
        measuredOn: day(WINDOWS.pilot.start, i),
        value: i % 2 ? 5 : 4,
        total: 8,
      },
    ]);
    const batch = await sessionCall<{ status: number }>(
      page,
      'POST',
      `/metrics/${accepted.body.id}/measurements/batch`,
      { measurements },
    );
    expect(batch.status).toBe(200);
    await evidencePage(page, 'Needs analysis');
    const card = page.getByRole('region', { name: 'Analyses accepted without rework' });
    expect(await card.getByTestId('grade').textContent()).toBe('Controlled comparison');
    expect(await card.getByTestId('claim').textContent()).toMatch(
      /^Analyses accepted without rework: \+\d+\.\d pp \(95% CI \+\d+\.\d+ to \+\d+\.\d pp\); 56\.3% → 82\.5%; n = 80 vs 80; controlled comparison$/,
    );
    await card.getByText('Comparison group', { exact: true }).waitFor();
    await screenshot(page, 'evidence-needs-analysis');

    const minutes = await sessionCall<{ status: number; body: { id: string } }>(
      page,
      'POST',
      `/applications/${ids['Stakeholder updates']}/metrics`,
      {
        name: 'Minutes to write the weekly update',
        unit: 'min',
        kind: 'duration',
        better: 'lower',
        windows: WINDOWS,
      },
    );
    const few = [
      ['baseline', 95],
      ['baseline', 80],
      ['pilot', 30],
      ['pilot', 25],
      ['pilot', 40],
    ].map(([window, value], i) => ({
      clientId: `m-${i}`,
      window,
      measuredOn: day(WINDOWS[window as 'pilot'].start, i),
      value,
    }));
    await sessionCall(page, 'POST', `/metrics/${minutes.body.id}/measurements/batch`, { measurements: few });
    await evidencePage(page, 'Stakeholder updates');
    const anecdote = page.getByRole('region', { name: 'Minutes to write the weekly update' });
    expect(await anecdote.getByTestId('grade').textContent()).toBe('Anecdote');
    await anecdote.getByText(/a comparison needs at least 10 in each of two windows/).waitFor();
    expect(await anecdote.getByTestId('claim').textContent()).toMatch(/; n = 2 vs 3; anecdote$/);
    expect(await anecdote.getByTestId('verdict').textContent()).toBe('not enough evidence yet — anecdote');
    await screenshot(page, 'evidence-stakeholder-updates');
    expect(pageErrors).toEqual([]);
  });

  it('reads well in the dark color scheme', async () => {
    const dark = await openBrowser({ colorScheme: 'dark' });
    try {
      const { page } = dark;
      await page.goto(`${trellis.origin}/sign-in`);
      await page.getByLabel('Email').fill(OWNER.email);
      await page.getByLabel(/^Password/).fill(OWNER.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.waitForURL(`${trellis.origin}/`);
      await page.goto(`${trellis.origin}/portfolio/${ids['Content drafting']}/evidence`);
      await page.getByTestId('claim').waitFor();
      await screenshot(page, 'evidence-content-drafting-dark');
      const theme = await readTheme(page);
      expect(theme.scheme).toBe('dark');
      // Mantine's dark backgrounds are near-black (luminance ≈ 0.01–0.02); white is 1.
      expect(theme.pageLuminance).toBeLessThan(0.05);
      expect(theme.cardLuminance).toBeLessThan(0.05);
      expect(theme.textContrast).toBeGreaterThanOrEqual(4.5); // WCAG AA for body text
    } finally {
      await dark.close();
    }
  });
});
