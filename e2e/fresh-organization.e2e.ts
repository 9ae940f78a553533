import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiCall,
  buildFreshPilot,
  type FreshPilot,
} from '../packages/server/src/capabilities/demo/test/fresh-pilot';
import { completeSetup, sessionCall } from './support/app';
import { type Browser, openBrowser } from './support/browser';
import { startServer, type TrellisServer } from './support/server';

/**
 * A FRESH organization's first pilot, built through the API only (an application in pilot, a task with a 1%
 * standard, 50 outputs of which 12 German, 2 reviews with one failure), then the overview, the quality
 * dashboard and the executive summary as a person sees them, saved to /tmp/fresh-*.png. Re-run after a merge:
 *   npx vitest run --config e2e/vitest.config.ts e2e/fresh-organization.e2e.ts
 */
const OUT = process.env.FRESH_SCREENSHOT_DIR ?? '/tmp';

async function shoot(page: Page, name: string) {
  mkdirSync(OUT, { recursive: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/fresh-${name}.png`, fullPage: true });
}

describe('a fresh organization with its first pilot', () => {
  let server: TrellisServer;
  let browser: Browser;
  let pilot: FreshPilot;

  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
    await completeSetup(browser.page, server.setupUrl);
    const api: ApiCall = async (method, url, body) => {
      const res = await sessionCall<{ status: number; body: unknown }>(
        browser.page,
        method,
        url.replace(/^\/api\/v1/, ''),
        body,
      );
      return { status: res.status, json: () => res.body };
    };
    pilot = await buildFreshPilot(api);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('guides the overview through the first pilot, checked off from the data', async () => {
    const { page } = browser;
    expect(pilot.outputs).toBe(50);
    await page.goto(`${server.baseUrl}/`);
    await page.getByRole('heading', { name: 'Your first pilot, step by step' }).waitFor();
    await expect(page.getByTestId('first-run-application').getAttribute('data-done')).resolves.toBe('true');
    await expect(page.getByTestId('first-run-review').getAttribute('data-done')).resolves.toBe(
      String(pilot.reviews > 0),
    );
    await expect(page.getByTestId('first-run-evidence').getAttribute('data-done')).resolves.toBe('false');
    await page.getByRole('link', { name: 'Do this next' }).waitFor();
    await shoot(page, 'overview');
  });

  it('shows the quality dashboard of the pilot’s task', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/quality/${pilot.workflowId}`);
    await page.getByRole('heading').first().waitFor();
    await page.waitForLoadState('networkidle');
    await shoot(page, 'quality-dashboard');
  });

  it('says too early to tell on the executive summary instead of a verdict', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/executive`);
    await page.getByRole('heading', { name: 'Executive summary' }).waitFor();
    await expect(page.getByTestId('diagnostic-zone').innerText()).resolves.toBe('Too early to tell');
    const table = page.getByRole('table', { name: 'Capability maturity scores' });
    await expect(table.getByRole('row', { name: /Quality that scales/ }).innerText()).resolves.toMatch(
      /too early/,
    );
    const indicators = page.getByRole('table', { name: 'Diagnostic indicators' });
    await expect(
      indicators.getByRole('row', { name: /Experiments started per month/ }).innerText(),
    ).resolves.toMatch(/too early to tell/i);
    await shoot(page, 'executive');
  });

  it('asks each stage’s expected value where the plan is made, and says where the default comes from', async () => {
    const { page } = browser;
    await page.goto(`${server.baseUrl}/sequencing`);
    await page.getByRole('button', { name: 'New plan' }).click();
    const dialog = page.getByRole('dialog', { name: 'New expansion plan' });
    await dialog.getByLabel('Application', { exact: true }).click();
    await page.getByRole('option').first().click();
    // The fresh pilot has no evidence metric yet: the default is 0 and the form says what to enter.
    await dialog.getByText(/No default: the application has no evidence metric yet/).waitFor();
    await expect(dialog.getByTestId('stage-value-basis').innerText()).resolves.toMatch(
      /no evidence metric yet.*Enter the hours a stage would save a month/s,
    );
    const first = dialog.getByRole('textbox', { name: /Expected value of stage 1/ });
    await expect(first.inputValue()).resolves.toBe('0');
    await first.fill('40');
    await shoot(page, 'plan-form');
    await page.keyboard.press('Escape');
  });

  it('shows a division’s capacity the same on the Units list and the heatmap', async () => {
    const { page } = browser;
    const unit = async (body: object) =>
      (await sessionCall<{ status: number; body: { id: string } }>(page, 'POST', '/org-units', body)).body.id;
    // Own 40 people (400 points) and a 16-person team under it (160): 560 everywhere.
    const division = await unit({ name: 'Learning & Development', kind: 'division', headcount: 40 });
    await unit({ name: 'Course design', kind: 'team', parentId: division, headcount: 16 });
    await page.goto(`${server.baseUrl}/capacity/units`);
    const listed = page.getByTestId('unit-capacity-Learning & Development');
    await listed.waitFor();
    await expect(listed.innerText()).resolves.toMatch(/^560 pts \(own 400 default \+ 160 below\)/);
    await shoot(page, 'units');
    await page.getByRole('tab', { name: 'Heatmap' }).click();
    // The Units list's row has the same name: take the heatmap's, which says its capacity per month.
    const row = page
      .getByRole('row')
      .filter({ hasText: 'Learning & Development' })
      .filter({ hasText: /capacity \d+ pts\/month/ })
      .first();
    await row.waitFor();
    await expect(row.innerText()).resolves.toMatch(/division · capacity 560 pts\/month/);
    await shoot(page, 'heatmap');
  });
});
