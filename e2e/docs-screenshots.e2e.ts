import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectPath } from './support/app';
import { useDemoSession } from './support/demo';

/** The user guide's pictures: every main page of the demo, at one viewport, committed under docs/guide/images. */
const imageDir = fileURLToPath(new URL('../docs/guide/images', import.meta.url));

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(400);
  await page.evaluate(() => window.scrollTo(0, 0));
  // The viewport only: a picture of what a person sees first, small enough to commit.
  await page.screenshot({ path: join(imageDir, `${name}.png`) });
}

describe('documentation screenshots of the demo', () => {
  const demo = useDemoSession('docs');
  beforeAll(() => {
    mkdirSync(imageDir, { recursive: true });
  });

  const visit = async (path: string, ready: (page: Page) => Promise<unknown>) => {
    const { page } = demo.browser;
    await page.goto(`${demo.server.baseUrl}${path}`);
    await expectPath(page, path);
    await ready(page);
  };

  it('screenshots every main page', async () => {
    const { page } = demo.browser;
    const pages: Array<[string, string, (p: Page) => Promise<unknown>]> = [
      ['overview', '/', (p) => p.getByRole('heading', { level: 1 }).waitFor()],
      [
        'executive-summary',
        '/executive',
        (p) => p.getByRole('region', { name: 'Capability maturity' }).waitFor(),
      ],
      ['diagnostic', '/diagnostic', (p) => p.getByTestId('indicator-drift_alarms').waitFor()],
      ['portfolio', '/portfolio', (p) => p.getByText('AI-drafted course content').first().waitFor()],
      ['core-review', '/core-review', (p) => p.getByText('AI-drafted course content').first().waitFor()],
      [
        'decisions',
        '/decisions',
        (p) =>
          p
            .getByText(/Extend course translation/)
            .first()
            .waitFor(),
      ],
      ['decision-rights', '/decisions/rights', (p) => p.getByRole('heading', { level: 1 }).waitFor()],
      ['quality', '/quality', (p) => p.getByText('Draft quiz items', { exact: true }).first().waitFor()],
      ['capacity', '/capacity', (p) => p.getByText('Course design').first().waitFor()],
      ['sequencing', '/sequencing', (p) => p.getByText('AI-drafted course content').first().waitFor()],
      ['optimizer', '/sequencing/optimizer', (p) => p.getByRole('heading', { level: 1 }).waitFor()],
      ['roadmap', '/sequencing/roadmap', (p) => p.getByRole('heading', { level: 1 }).waitFor()],
      [
        'learning',
        '/learning',
        (p) =>
          p
            .getByText(/needs-analysis/i)
            .first()
            .waitFor(),
      ],
      ['learning-ideas', '/learning/ideas', (p) => p.getByRole('heading', { level: 1 }).waitFor()],
    ];
    for (const [name, path, ready] of pages) {
      await visit(path, ready);
      await shoot(page, name);
    }
    // Pages reached from a list: an application, its evidence, a workflow's quality dashboard.
    await visit('/portfolio', (p) =>
      p.getByRole('link', { name: 'AI-drafted course content', exact: true }).first().waitFor(),
    );
    await page.getByRole('link', { name: 'AI-drafted course content', exact: true }).first().click();
    await page.getByText('Draft quiz items').first().waitFor();
    await shoot(page, 'application');
    const id = new URL(page.url()).pathname.split('/')[2]!;
    await visit(`/portfolio/${id}/evidence`, (p) =>
      p
        .getByText(/95% CI/)
        .first()
        .waitFor(),
    );
    await shoot(page, 'evidence');
    await visit(`/core-review/${id}`, (p) => p.getByText('SME reviews every module').first().waitFor());
    await shoot(page, 'core-review-board');
    await visit('/quality', (p) => p.getByText('Draft quiz items', { exact: true }).first().waitFor());
    await page
      .locator('.mantine-Card-root', { hasText: 'Draft quiz items' })
      .getByRole('link', { name: 'Dashboard' })
      .click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForTimeout(1500);
    await shoot(page, 'quality-dashboard');
    // How long the diagnostic takes on the demo's data (reported, not asserted: the machine is shared).
    const timings = await page.evaluate(async () => {
      const ms: number[] = [];
      for (const path of ['/api/v1/diagnostic', '/api/v1/diagnostic', '/api/v1/executive-summary']) {
        const start = performance.now();
        const response = await fetch(path);
        await response.text();
        ms.push(Math.round(performance.now() - start));
      }
      return ms;
    });
    console.log(`diagnostic ${timings[0]} ms, again ${timings[1]} ms; executive summary ${timings[2]} ms`);
    expect(demo.pageErrors).toEqual([]);
  });
});
