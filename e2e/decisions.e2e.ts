import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runDecisionDeadlines } from '../packages/server/src/capabilities/decisions/services/decision-deadlines';
import { createUserInOrganization } from '../packages/server/src/capabilities/identity/services/admin';
import { applications } from '../packages/server/src/capabilities/portfolio/portfolio-schema';
import { createApplication } from '../packages/server/src/capabilities/portfolio/services/applications';
import { workflows } from '../packages/server/src/capabilities/quality/quality-schema';
import {
  createStandardVersion,
  createWorkflow,
} from '../packages/server/src/capabilities/quality/services/workflows';
import { openDatabase } from '../packages/server/src/platform/db/client';
import { selectRows } from '../packages/server/src/platform/db/rows';
import type { Database } from '../packages/server/src/platform/db/types';
import { type PgCluster, startPgCluster } from '../packages/server/src/test/pg-cluster';
import {
  choose,
  completeSetup,
  eventually,
  expectPath,
  navigate,
  ORGANIZATION,
  OWNER,
  type Person,
  signIn,
  signOut,
} from './support/app';
import { type Browser, openBrowser, screenshot } from './support/browser';
import { startServer, type TrellisServer } from './support/server';

/** Signs the current person out and `person` in, and waits for the overview. */
async function switchTo(page: Page, person: Person): Promise<void> {
  await signOut(page);
  await signIn(page, person);
  await expectPath(page, '/');
}

const BEN: Person = { name: 'Ben Lead', email: 'ben@example.test', password: 'ben has a long password' };
const CLEO: Person = {
  name: 'Cleo Reviewer',
  email: 'cleo@example.test',
  password: 'cleo has a long password',
};
const APPS = ['Quiz drafting', 'Needs analysis', 'Onboarding chatbot'] as const;

// The journey needs applications and their tasks, which the registry (portfolio) area creates; this branch
// seeds them through the shared services into the server's PostgreSQL, as the registry UI would.
describe('decisions: a rubric, two assessors, automation boundaries, a self-serve and an approved request', () => {
  let cluster: PgCluster;
  let server: TrellisServer;
  let browser: Browser;
  let db: Database;
  let organizationId = '';
  let evaluationId = '';
  let mediumUrl = '';
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const started = await startPgCluster();
    if (!started) throw new Error('PostgreSQL binaries are needed for this journey');
    cluster = started;
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('CREATE DATABASE trellis_e2e');
    await admin.end();
    const url = cluster.url.replace(/\/postgres$/, '/trellis_e2e');
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = url;
    try {
      server = await startServer();
    } finally {
      if (previous === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = previous;
    }
    db = await openDatabase({ databaseUrl: url, poolSize: 2 });
    browser = await openBrowser();
    browser.page.on('pageerror', (error) => pageErrors.push(error.message));
    await completeSetup(browser.page, server.setupUrl);
    for (const [person, role] of [
      [BEN, 'lead'],
      [CLEO, 'reviewer'],
    ] as const)
      await createUserInOrganization(db, { ...person, organization: ORGANIZATION, role });
    const [org] = await db.system((tx) => selectRows<{ id: string }>(tx, sql`SELECT id FROM organizations`));
    organizationId = org!.id;
    const ctx = {
      organizationId,
      role: 'owner' as const,
      actor: { type: 'system' as const, id: null, name: 'registry' },
      requestId: 'e2e',
    };
    await db.tenant(organizationId, async (tx) => {
      const apps = [];
      for (const name of APPS) apps.push(await createApplication(tx, ctx, { name }));
      await tx
        .update(applications)
        .set({ dataSensitivity: 'confidential' })
        .where(sql`${applications.id} = ${apps[1]!.id}`);
      for (const name of ['Draft quiz items', 'Write answer feedback']) {
        const w = await createWorkflow(tx, ctx, { name });
        await tx.update(workflows).set({ applicationId: apps[0]!.id }).where(sql`${workflows.id} = ${w.id}`);
        if (name === 'Write answer feedback')
          await createStandardVersion(tx, ctx, w.id, {
            criteria: [{ key: 'accurate', label: 'Accurate', kind: 'pass_fail', severity: 'critical' }],
            defectRule: { kind: 'any_critical_fail' },
            outgoingLimit: 0.02,
            limitScope: 'workflow',
            policy: 'adaptive',
            segmentKeys: [],
            segmentCapacity: 8,
            doubleReviewFraction: 0.1,
          });
      }
    });
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail')
      await screenshot(browser.page, `failed-decisions-${task.name.slice(0, 40)}`).catch(() => undefined);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await db?.close();
    cluster?.stop();
  });

  it('starts from the starter rubric on request and saves an edit as version 2', async () => {
    const { page } = browser;
    await navigate(page, 'Decisions');
    await page.getByRole('tab', { name: 'Rubrics' }).click();
    await page.getByText('No rubrics yet').waitFor();
    await page.getByRole('button', { name: 'Use the starter rubric' }).click();
    const value = page.getByRole('group', { name: 'Criterion 1' });
    await value.getByLabel('Weight').fill('40');
    await page.getByRole('button', { name: 'Save as version 2' }).click();
    await page.getByText('Saved as version 2.').waitFor();
    await page.getByLabel('Rubric versions').getByText('Version 2').waitFor();
    await screenshot(page, 'decisions-rubric');
  });

  it('opens an evaluation of three candidates for two assessors', async () => {
    const { page } = browser;
    await navigate(page, 'Decisions');
    await page.getByRole('tab', { name: 'Evaluations' }).click();
    await page.getByRole('button', { name: 'New evaluation' }).click();
    const dialog = page.getByRole('dialog', { name: 'New evaluation' });
    await dialog.getByLabel('Title').fill('Next pilots, Q3');
    await choose(page, 'Rubric', 'L&D use-case rubric (v2)');
    await dialog.getByLabel('Candidates').click();
    for (const name of APPS) await page.getByRole('option', { name }).click();
    await dialog.getByLabel('Title').click();
    await dialog.getByLabel('Assessors').click();
    for (const person of [BEN, CLEO]) await page.getByRole('option', { name: person.name }).click();
    await dialog.getByLabel('Title').click();
    await dialog.getByRole('button', { name: 'Open evaluation' }).click();
    await eventually(() =>
      expect(new URL(page.url()).pathname).toMatch(/^\/decisions\/evaluations\/[0-9a-f-]+$/),
    );
    evaluationId = new URL(page.url()).pathname.split('/')[3]!;
    await page.getByText('Ben Lead: scoring').waitFor();
  });

  async function score(page: Page, levels: Record<string, number[]>) {
    for (const [candidate, [value, feasibility, risk, readiness]] of Object.entries(levels)) {
      const card = page.getByRole('group', { name: candidate });
      const pick = async (label: string, level: number) =>
        card
          .getByRole('radiogroup', { name: label })
          .getByRole('radio', { name: String(level), exact: true })
          .check();
      await pick('Value for learners and the business', value!);
      await pick('Feasibility with today’s tools and data', feasibility!);
      await pick('Risk if the AI gets it wrong', risk!);
      await pick('Readiness of the receiving team', readiness!);
    }
  }

  it('keeps the second assessor blind until she submits, then shows disagreement and the ranking', async () => {
    const { page } = browser;
    await switchTo(page, BEN);
    await page.goto(`${server.baseUrl}/decisions/evaluations/${evaluationId}`);
    await score(page, {
      'Quiz drafting': [5, 4, 2, 4],
      'Needs analysis': [2, 5, 3, 5],
      'Onboarding chatbot': [4, 2, 4, 2],
    });
    await screenshot(page, 'decisions-scoring');
    await page.getByRole('button', { name: 'Submit my scores' }).click();
    await page.getByRole('table', { name: 'Ranking' }).waitFor();

    await switchTo(page, CLEO);
    await page.goto(`${server.baseUrl}/decisions/evaluations/${evaluationId}`);
    await page.getByText('Others’ scores stay hidden until you submit yours').waitFor();
    expect(await page.getByRole('table', { name: 'Ranking' }).count()).toBe(0);
    await score(page, {
      'Quiz drafting': [4, 4, 2, 4],
      'Needs analysis': [4, 5, 3, 5],
      'Onboarding chatbot': [4, 2, 5, 1],
    });
    await page
      .getByRole('group', { name: 'Onboarding chatbot' })
      .getByLabel('Uses personal data without a data processing agreement')
      .check();
    await page.getByRole('button', { name: 'Submit my scores' }).click();
    const ranking = page.getByRole('table', { name: 'Ranking' });
    await ranking.waitFor();
    expect(await ranking.getByRole('row').nth(1).textContent()).toContain('Quiz drafting');
    await page
      .getByTestId('rank-Onboarding chatbot')
      .getByText(/Knocked out/)
      .waitFor();
    await page.getByLabel('Disagreement on Value for learners and the business for Needs analysis').waitFor();
    await page.getByLabel('Weight changes that reorder the ranking').waitFor();
    await screenshot(page, 'decisions-evaluation-results');
  });

  it('sets automation modes for the tasks of one application with the questionnaire', async () => {
    const { page } = browser;
    await switchTo(page, BEN);
    await navigate(page, 'Decisions');
    await page.getByRole('tab', { name: 'Automation boundaries' }).click();
    await choose(page, 'Application', 'Quiz drafting');
    const answer = async (question: string, option: string) =>
      page
        .getByRole('dialog')
        .getByRole('radiogroup', { name: question })
        .getByRole('radio', { name: option, exact: true })
        .check();
    const questionnaire = async (task: string, answers: [string, string][]) => {
      await page.getByTestId(`task-${task}`).getByRole('button', { name: 'Set boundary' }).click();
      for (const [q, o] of answers) await answer(q, o);
      await page.getByTestId('recommendation').waitFor();
    };
    const lowRisk: [string, string][] = [
      ['What does an error in an output cost?', 'Little'],
      ['How easily is an error undone?', 'Easily'],
      ['Does the task need human judgment or empathy?', 'No'],
      ['How many outputs a month?', 'Over 1,000'],
    ];
    await questionnaire('Draft quiz items', lowRisk);
    await page.getByTestId('recommendation').getByText('Recommended: AI drafts, a person approves').waitFor();
    await page
      .getByTestId('recommendation')
      .getByText('QA evidence read: no quality standard yet.')
      .waitFor();
    // Overriding to "Automate" on a task without a quality standard is refused by the server.
    await choose(page, 'Mode', 'Automate');
    await page.getByRole('dialog').getByLabel('Rationale').fill('Items are cheap to fix.');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page
      .getByRole('dialog')
      .getByText('Automate needs a quality standard on the workflow first')
      .waitFor();
    await screenshot(page, 'decisions-boundary-questionnaire');
    await choose(page, 'Mode', 'AI drafts, a person approves');
    await page
      .getByRole('dialog')
      .getByLabel('Rationale')
      .fill('SMEs approve every item until QA evidence builds up.');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page
      .getByTestId('task-Draft quiz items')
      .getByText('AI drafts, a person approves', { exact: true })
      .waitFor();

    await questionnaire('Write answer feedback', [
      ...lowRisk.slice(0, 2),
      ['Does the task need human judgment or empathy?', 'It is the core of it'],
      lowRisk[3]!,
    ]);
    await page.getByTestId('recommendation').getByText('Recommended: People only').waitFor();
    await page
      .getByRole('dialog')
      .getByLabel('Rationale')
      .fill('Feedback on struggling learners needs a person.');
    await page.getByRole('button', { name: 'Record decision' }).click();
    await page.getByTestId('task-Write answer feedback').getByText('People only', { exact: true }).waitFor();
    await screenshot(page, 'decisions-boundaries');
  });

  async function submitRequest(page: Page, application: string, title: string) {
    await navigate(page, 'Decisions');
    await page.getByRole('button', { name: 'New request' }).click();
    await choose(page, 'Application', application);
    await page.getByRole('dialog').getByLabel('Title').fill(title);
    await page.getByRole('button', { name: 'Submit request' }).click();
    await page.getByRole('heading', { name: title }).waitFor();
  }

  it('approves a low-risk request at once; a medium-risk one waits, is reminded and is approved by the owner', async () => {
    const { page } = browser;
    await submitRequest(page, 'Quiz drafting', 'Pilot quiz drafting in Sales enablement');
    await page.getByText('approved', { exact: true }).first().waitFor();
    await page.getByText('Low risk is self-serve').waitFor();

    await submitRequest(page, 'Needs analysis', 'Pilot needs analysis on HR survey data');
    mediumUrl = page.url();
    await page.getByText('pending', { exact: true }).waitFor();
    await page.getByText('Confidential data').waitFor();
    expect(await page.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await screenshot(page, 'decisions-request-pending');

    // The deadline job, 37 hours on (the reminder is due at half of the 72-hour deadline).
    const result = await runDecisionDeadlines(db, { now: new Date(Date.now() + 37 * 3_600_000) });
    expect(result).toEqual({ reminded: 1, escalated: 0 });
    const reminders = await db.system((tx) =>
      selectRows<{ email: string }>(
        tx,
        sql`SELECT u.email FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.kind = 'decision.reminder'`,
      ),
    );
    expect(reminders.map((r) => r.email)).toEqual([OWNER.email]);
    await page.reload();
    await page
      .getByTestId('request-deadline')
      .getByText(/reminder sent/)
      .waitFor();

    await switchTo(page, OWNER);
    await page.goto(mediumUrl);
    await page.getByRole('button', { name: 'Approve' }).waitFor();
    await page.getByLabel('Rationale').fill('The data processing agreement with HR is signed.');
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('approved', { exact: true }).first().waitFor();
    await page.getByText(/Ada Owner approved \(Accountable\)/).waitFor();
    await screenshot(page, 'decisions-request-approved');

    await page.getByRole('link', { name: 'Decisions' }).first().click();
    await page.getByRole('tab', { name: 'Decision log' }).click();
    // The log's entries by their headers: an entry's title also sits in its own evidence (the request's JSON
    // in the entry's panel), which a plain text match finds twice whenever that panel is in the page.
    await page.getByRole('button', { name: 'Pilot needs analysis on HR survey data' }).waitFor();
    await page.getByRole('button', { name: 'Draft quiz items: AI drafts, a person approves' }).waitFor();
    await screenshot(page, 'decisions-log');
    await page.getByRole('tab', { name: 'Decision rights' }).click();
    await page.getByRole('table', { name: 'Decision rights' }).waitFor();
    await page.getByLabel('Pattern name').fill('Standard rollout');
    await page.getByLabel('Template', { exact: true }).fill('standard-rollout');
    await page.getByRole('button', { name: 'Add pattern' }).click();
    await page.getByRole('table', { name: 'Pre-approved patterns' }).getByText('Standard rollout').waitFor();
    await screenshot(page, 'decisions-rights');

    // A medium-risk expansion that names the pre-approved template is approved at once.
    await navigate(page, 'Decisions');
    await page.getByRole('button', { name: 'New request' }).click();
    await choose(page, 'Decision', 'Expand to a new org unit');
    await choose(page, 'Application', 'Needs analysis');
    await page.getByRole('dialog').getByLabel('Title').fill('Needs analysis for Finance');
    await page.getByRole('dialog').getByLabel('Template').fill('standard-rollout');
    await page.getByRole('button', { name: 'Submit request' }).click();
    await page.getByText('Approved at once: it matches a pre-approved pattern.').waitFor();
    expect(pageErrors).toEqual([]);
  });
});
