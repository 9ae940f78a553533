import { describe, expect, it } from 'vitest';
import { expectPath } from './support/app';
import { screenshot } from './support/browser';
import { useDemoSession } from './support/demo';

/** The README's demo: `trellis start --demo` gives every capability area meaningful data on first start. */
describe('the demo organization: every area has data on first start', () => {
  const demo = useDemoSession('demo');

  const visit = async (path: string) => {
    await demo.browser.page.goto(`${demo.server.baseUrl}${path}`);
    await expectPath(demo.browser.page, path);
  };

  it('shows the portfolio with the three pilots, one pilot with its tasks, and its evidence with grades', async () => {
    const { page } = demo.browser;
    await visit('/portfolio');
    for (const name of [
      'AI-drafted course content',
      'AI-assisted needs analysis',
      'Automated stakeholder updates',
    ])
      await page.getByRole('link', { name, exact: true }).first().waitFor();
    await screenshot(page, 'demo-portfolio');
    await page.getByRole('link', { name: 'AI-drafted course content', exact: true }).first().click();
    await page.getByText('Draft quiz items').first().waitFor();
    await screenshot(page, 'demo-application');
    const id = new URL(page.url()).pathname.split('/')[2]!;
    await visit(`/portfolio/${id}/evidence`);
    await page
      .getByText(/95% CI/)
      .first()
      .waitFor();
    await page
      .getByText(/controlled comparison|before-after/i)
      .first()
      .waitFor();
    await screenshot(page, 'demo-evidence');
    await visit(`/core-review/${id}`);
    await page.getByText('SME reviews every module').first().waitFor();
    await screenshot(page, 'demo-core-review');
  });

  it('shows decisions, change capacity with a team over capacity, learning and quality', async () => {
    const { page } = demo.browser;
    await visit('/decisions');
    await page
      .getByText(/Extend course translation to the Finance academy/)
      .first()
      .waitFor();
    await screenshot(page, 'demo-decisions');
    await visit('/capacity');
    await page.getByText('Course design').first().waitFor();
    await screenshot(page, 'demo-capacity');
    await visit('/learning');
    await page
      .getByText(/needs-analysis/i)
      .first()
      .waitFor();
    await screenshot(page, 'demo-learning');
    await visit('/quality');
    await page.getByText('Draft quiz items', { exact: true }).first().waitFor();
    await screenshot(page, 'demo-quality');
    // The quiz items carry judge scores: the dashboard measures the judge against the reviewers.
    const workflows = (await page.evaluate(async () =>
      (await fetch('/api/v1/workflows?limit=50')).json(),
    )) as {
      items: Array<{ id: string; name: string }>;
    };
    const quiz = workflows.items.find((w) => w.name === 'Draft quiz items')!;
    await visit(`/quality/${quiz.id}`);
    const judge = page.getByTestId('judge-agreement');
    await judge.getByText('Judge agreement').waitFor();
    expect(await page.getByTestId('judge-sensitivity').innerText()).toMatch(/\d+%\s+95% range \d+%–\d+%/);
    expect(await page.getByTestId('judge-specificity').innerText()).toMatch(/\d+%\s+95% range \d+%–\d+%/);
    expect(demo.pageErrors).toEqual([]);
  });
});
