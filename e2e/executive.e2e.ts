import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_OWNER, expectPath, navigate, signIn } from './support/app';
import { screenshot, screenshotDir } from './support/browser';
import { useDemoSession } from './support/demo';

/** The executive journey: start with the demo, open the executive page, see the position and why, act on it. */
describe('the executive view on the demo organization', () => {
  const demo = useDemoSession('executive');

  it('says on every page that this is demo data, with the command that removes it', async () => {
    const { page } = demo.browser;
    const banner = page.getByRole('alert', { name: 'Demo data' });
    await banner.getByText('This is demo data').waitFor();
    await banner.getByText('npm run trellis -- demo remove').waitFor();
    await navigate(page, 'Portfolio');
    await banner.getByText('This is demo data').waitFor();
  });

  it('opens the executive summary from the navigation: the position, why, and a fix one click away', async () => {
    const { page } = demo.browser;
    await navigate(page, 'Executive summary');
    await expectPath(page, '/executive');
    await page.getByRole('heading', { level: 1, name: 'Executive summary' }).waitFor();
    const zone = await page.getByTestId('diagnostic-zone').innerText();
    expect(['Toward scale-everything', 'Strategic expansion', 'Toward governance-first']).toContain(zone);
    const meter = page.getByRole('meter', { name: 'Strategy position' });
    expect(await meter.getAttribute('aria-valuetext')).toContain(zone);
    const why = page.getByRole('list', { name: 'What moves the position most' });
    await why.waitFor();
    const drivers = why.getByRole('listitem');
    expect(await drivers.count()).toBeGreaterThanOrEqual(1);
    expect(await drivers.count()).toBeLessThanOrEqual(3);
    // The sections an executive reads, each from the data.
    for (const name of [
      'Portfolio by stage',
      'Value delivered',
      'Capability maturity',
      'Next steps the optimizer recommends',
    ])
      await page.getByRole('region', { name }).waitFor();
    await page
      .getByRole('table', { name: 'Value delivered' })
      .getByText(/95% CI/)
      .first()
      .waitFor();
    await page.getByRole('img', { name: /Capability maturity: Decision-making/ }).waitFor();
    await screenshot(page, 'executive-summary');

    const action = drivers.first().getByRole('link');
    const label = await action.innerText();
    const href = (await action.getAttribute('href'))!;
    expect(href).toMatch(/^\/(capacity|core-review|quality|decisions|learning)/);
    await action.click();
    await expectPath(page, href);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await screenshot(page, `executive-action-${label.slice(0, 20).replace(/\W+/g, '-')}`);
  });

  it('prints cleanly: no navigation or buttons, sections whole, a few A4 pages', async () => {
    const { page } = demo.browser;
    await page.goto(`${demo.server.baseUrl}/executive`);
    await page.getByRole('region', { name: 'Capability maturity' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Capabilities and organization' }).isVisible()).toBe(
      false,
    );
    expect(await page.getByRole('button', { name: 'Download Markdown' }).isVisible()).toBe(false);
    expect(await page.getByRole('alert', { name: 'Demo data' }).isVisible()).toBe(false);
    await screenshot(page, 'executive-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(6);
    await page.emulateMedia({ media: 'screen' });
  });

  it('downloads the summary as Markdown', async () => {
    const { page } = demo.browser;
    await page.goto(`${demo.server.baseUrl}/executive`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^trellis-executive-summary-\d{4}-\d{2}-\d{2}\.md$/);
    const path = join(screenshotDir, 'executive-summary.md');
    await download.saveAs(path);
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(/^# Northwind Learning \(demo\): executive summary/);
    expect(text).toContain('## Strategy diagnostic');
    expect(text).toContain('## Next steps');
  });

  it('explains an indicator on hover, and takes and records a self-assessment', async () => {
    const { page } = demo.browser;
    await navigate(page, 'Diagnostic');
    await expectPath(page, '/diagnostic');
    await page.getByRole('button', { name: 'How is this measured? Drift alarms per month' }).hover();
    await page.getByText('Quality alarms (CUSUM drift on a stratum) raised across all workflows').waitFor();
    await screenshot(page, 'diagnostic');
    await page.mouse.move(0, 0);
    await page.getByRole('button', { name: 'Take the self-assessment' }).click();
    const form = page.getByRole('form', { name: 'Self-assessment' });
    // The form's code loads as the modal first opens: `all()` does not wait for it.
    await form.getByRole('radiogroup').first().waitFor();
    for (const group of await form.getByRole('radiogroup').all())
      await group.getByText('4', { exact: true }).click();
    await form.getByText('All answered').waitFor();
    await screenshot(page, 'diagnostic-self-assessment');
    await form.getByRole('button', { name: 'Save self-assessment' }).click();
    await form.waitFor({ state: 'detached' });
    // Self-assessed 4 of 5 on every statement → 75 on every capability.
    const table = page.getByRole('table', { name: 'Capability maturity scores' });
    expect(await table.getByRole('row').nth(1).getByRole('cell').nth(3).innerText()).toBe('75');
    expect(demo.pageErrors).toEqual([]);
  });

  it('removes the demo from the banner, and the demo sign-in is gone with it', async () => {
    const { page } = demo.browser;
    await page.getByRole('button', { name: 'Remove the demo' }).click();
    await page.getByRole('button', { name: 'Remove everything in it' }).click();
    await page.waitForURL(/\/sign-in/);
    await signIn(page, DEMO_OWNER);
    await page
      .getByText(/not correct/i)
      .first()
      .waitFor();
  });
});
