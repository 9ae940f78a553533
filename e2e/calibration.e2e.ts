import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  choose,
  completeSetup,
  eventually,
  expectPath,
  navigate,
  type Person,
  sessionCall,
} from './support/app';
import { type Browser, openBrowser, screenshot, screenshotDir } from './support/browser';
import { startServer, type TrellisServer } from './support/server';

const NEWCOMER: Person = {
  name: 'Lin Newcomer',
  email: 'lin@example.test',
  password: 'a fresh long passphrase',
};

/** The viewport only: a drawer's fixed overlay would end mid-page in a full-page shot. */
async function viewportScreenshot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

interface Received {
  path?: string | undefined;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A tiny webhook receiver on loopback that records every request and answers 200. */
async function startReceiver() {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({ headers: req.headers, body, path: req.url });
      res.statusCode = 200;
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/trellis-hook`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function verifySignature(secret: string, message: Received): boolean {
  const timestamp = message.headers['x-trellis-timestamp'] as string;
  const signature = message.headers['x-trellis-signature'] as string;
  const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${message.body}`).digest('hex')}`;
  return (
    signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected))
  );
}

const CRITERIA = [
  { key: 'accurate', label: 'Answer is accurate', kind: 'pass_fail', severity: 'critical' },
  {
    key: 'clear',
    label: 'Clear to the learner',
    kind: 'scale',
    severity: 'minor',
    levels: ['Confusing', 'Hard to follow', 'Adequate', 'Clear', 'Exemplary'],
  },
];

describe('calibration sets, the outputs browser and webhooks', () => {
  let server: TrellisServer;
  let owner: Browser;
  let newcomer: Browser | undefined;
  let receiver: Awaited<ReturnType<typeof startReceiver>> | undefined;
  let workflowId = '';
  let token = '';
  let secret = '';
  /** Reviewed outputs: the number in their content → whether the review found a defect. */
  const truth = new Map<number, boolean>();
  const pageErrors: string[] = [];

  const logOutputs = async (workflow: string, outputs: unknown[]) => {
    const response = await fetch(`${server.baseUrl}/api/v1/workflows/${workflow}/outputs/batch`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ outputs }),
    });
    expect(response.status).toBe(200);
  };

  beforeAll(async () => {
    server = await startServer();
    owner = await openBrowser();
    owner.page.on('pageerror', (error) => pageErrors.push(error.message));
    await completeSetup(owner.page, server.setupUrl);
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') {
      await screenshot(owner.page, `failed-calibration-${task.name.slice(0, 40)}`).catch(() => undefined);
      if (newcomer)
        await screenshot(newcomer.page, `failed-calibration-newcomer-${task.name.slice(0, 30)}`).catch(
          () => undefined,
        );
    }
  });
  afterAll(async () => {
    await receiver?.close();
    await newcomer?.close();
    await owner?.close();
    await server?.stop();
  });

  it('sets up a workflow with a 100% review standard, logs outputs with a token and reviews six', async () => {
    const { page } = owner;
    const workflow = await sessionCall<{ status: number; body: { id: string } }>(page, 'POST', '/workflows', {
      name: 'Tutor answers',
      description: 'Answers the course tutor bot gives to learners’ questions.',
    });
    expect(workflow.status).toBe(201);
    workflowId = workflow.body.id;
    const standard = await sessionCall<{ status: number }>(
      page,
      'POST',
      `/workflows/${workflowId}/standards`,
      {
        criteria: CRITERIA,
        defectRule: { kind: 'any_critical_fail' },
        outgoingLimit: 0.2,
        limitScope: 'workflow',
        policy: 'full',
        segmentKeys: ['course'],
        doubleReviewFraction: 0,
        // A lenient monitor: the defects below are the gold set's, not a drift.
        monitor: { p0: 0.45, p1: 0.9, falseAlarmsPer100k: 1 },
      },
    );
    expect(standard.status).toBe(201);
    const created = await sessionCall<{ status: number; body: { secret: string } }>(page, 'POST', '/tokens', {
      name: 'Tutor bot',
      role: 'contributor',
    });
    token = created.body.secret;
    await logOutputs(
      workflowId,
      Array.from({ length: 12 }, (_, i) => ({
        clientId: `tutor-${String(i).padStart(2, '0')}`,
        content: `**Answer ${i}.** ${i % 2 ? 'Photosynthesis turns light into chemical energy.' : 'The mitochondria is where photosynthesis happens.'}\n\n- Source: unit ${i}`,
        metadata: { course: i < 8 ? 'biology' : 'chemistry', learner: `L-${100 + i}` },
      })),
    );
    // Six reviews through the API as the owner: even-numbered answers are wrong (defects).
    for (let n = 0; n < 6; n++) {
      const item = await sessionCall<{ status: number; body: { output: { id: string; content: string } } }>(
        page,
        'POST',
        `/workflows/${workflowId}/queue/next`,
      );
      expect(item.status).toBe(200);
      const number = Number(/Answer (\d+)/.exec(item.body.output.content)![1]);
      const defect = number % 2 === 0;
      truth.set(number, defect);
      const review = await sessionCall<{ status: number }>(
        page,
        'POST',
        `/outputs/${item.body.output.id}/reviews`,
        {
          answers: { accurate: !defect, clear: defect ? 2 : 4 },
          timeSpentMs: 4000,
        },
      );
      expect(review.status).toBe(201);
    }
  });

  it('browses the outputs with filters and promotes the reviewed ones to gold, showing a 409 clearly', async () => {
    const { page } = owner;
    await navigate(page, 'Quality');
    await page.getByTestId('workflow-Tutor answers').getByRole('link', { name: 'Outputs' }).click();
    await expectPath(page, `/quality/${workflowId}/outputs`);
    const table = page.getByRole('table', { name: 'Outputs' });
    await table.getByText('tutor-11').waitFor();
    expect(await table.locator('tbody tr').count()).toBe(12);
    await screenshot(page, 'quality-outputs');

    await choose(page, 'Status', 'Reviewed');
    await eventually(async () => expect(await table.locator('tbody tr').count()).toBe(6));
    await choose(page, 'Verdict', 'Defect');
    await eventually(async () =>
      expect(await table.locator('tbody tr').count()).toBe([...truth.values()].filter(Boolean).length),
    );
    await page.getByRole('combobox', { name: 'Verdict' }).click();
    await page.getByRole('option', { name: 'Defect' }).click(); // deselects
    await eventually(async () => expect(await table.locator('tbody tr').count()).toBe(6));

    const reviewed = [...truth.keys()].map((n) => `tutor-${String(n).padStart(2, '0')}`);
    for (const [index, clientId] of reviewed.entries()) {
      await page.getByRole('button', { name: `Open output ${clientId}` }).click();
      const drawer = page.getByRole('dialog', { name: `Output ${clientId}` });
      await drawer
        .getByTestId('output-detail-content')
        .getByText(/Answer \d+\./)
        .waitFor();
      await drawer.getByText('Selected for review').waitFor();
      if (index === reviewed.length - 1) {
        // Someone else promotes it first: the server's 409 is shown where the lead clicked.
        const outputId = (
          await sessionCall<{ body: { items: { id: string; clientId: string }[] } }>(
            page,
            'GET',
            `/workflows/${workflowId}/outputs?status=reviewed`,
          )
        ).body.items.find((o) => o.clientId === clientId)!.id;
        expect(
          (await sessionCall<{ status: number }>(page, 'POST', `/outputs/${outputId}/gold`, {})).status,
        ).toBe(201);
        await drawer.getByRole('button', { name: 'Promote to gold' }).click();
        await drawer.getByRole('alert').getByText('This output is already a gold item.').waitFor();
        await drawer.getByText('Not promoted').waitFor();
        // The list reloads: the drawer now says it is gold, and the conflict stays in view.
        await drawer.getByText('This output is a gold item for calibration.').waitFor();
        await viewportScreenshot(page, 'quality-output-drawer-conflict');
      } else {
        await drawer
          .getByLabel('Note')
          .fill(truth.get(Number(clientId.slice(-2))) ? 'Wrong organelle.' : 'Clear and right.');
        await drawer.getByRole('button', { name: 'Promote to gold' }).click();
        await drawer.getByText('This output is a gold item for calibration.').waitFor();
        if (index === 0) await viewportScreenshot(page, 'quality-output-drawer');
      }
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });
    }
    await eventually(async () =>
      expect(await table.locator('tbody').getByText('Gold', { exact: true }).count()).toBe(6),
    );
    await screenshot(page, 'quality-outputs-gold');
  });

  it('makes a new reviewer take the calibration round with the keyboard before the queue', async () => {
    const invited = await sessionCall<{ status: number; body: { url: string } }>(
      owner.page,
      'POST',
      '/invitations',
      {
        email: NEWCOMER.email,
        role: 'reviewer',
      },
    );
    expect(invited.status).toBe(201);
    newcomer = await openBrowser({ colorScheme: 'dark' });
    newcomer.page.on('pageerror', (error) => pageErrors.push(error.message));
    const { page } = newcomer;
    const { pathname, search } = new URL(invited.body.url);
    await page.goto(`${server.baseUrl}${pathname}${search}`);
    await page.getByLabel('Your name').fill(NEWCOMER.name);
    await page.getByLabel(/^Password/).fill(NEWCOMER.password);
    await page.getByRole('button', { name: 'Create account and join' }).click();
    await expectPath(page, '/');

    await page.goto(`${server.baseUrl}/quality/${workflowId}/review`);
    await page.getByText('Calibration round first').waitFor();
    await screenshot(page, 'quality-review-calibration-required-dark');
    await page.getByRole('link', { name: 'Take the calibration round' }).click();
    await expectPath(page, `/quality/${workflowId}/calibration`);
    const start = page.getByRole('button', { name: 'Start the calibration round' });
    await start.waitFor();
    await screenshot(page, 'quality-calibration-start-dark');
    await start.press('Enter');

    const area = page.getByTestId('calibration-area');
    for (let n = 1; n <= 6; n++) {
      await page.getByText(`Item ${n} of 6`).waitFor();
      const text = (await area.getByTestId('output-content').textContent()) ?? '';
      const defect = truth.get(Number(/Answer (\d+)/.exec(text)![1]))!;
      // One honest mistake on the first item: 5 of 6 still passes (≥ 80%).
      const judged = n === 1 ? !defect : defect;
      await page.keyboard.press(judged ? 'f' : 'p');
      await page.keyboard.press(judged ? '2' : '4');
      if (n === 2) {
        await page.keyboard.press('?');
        await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
        await page.keyboard.press('?');
        await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor({ state: 'hidden' });
        await screenshot(page, 'quality-calibration-item-dark');
      }
      await page.keyboard.press('Enter');
      if (n < 6) await page.getByText(`Item ${n + 1} of 6`).waitFor();
    }
    await page.getByText('Calibration passed').waitFor();
    await page.getByText('You matched the agreed verdict on 5 of 6 items.').waitFor();
    const result = page.getByRole('table', { name: 'Calibration result' });
    expect(await result.locator('tbody').getByText('Differs').count()).toBe(1);
    expect(await result.locator('tbody').getByText('Match', { exact: true }).count()).toBe(5);
    await screenshot(page, 'quality-calibration-result-dark');

    await page.getByRole('link', { name: 'Open the review queue' }).click();
    await expectPath(page, `/quality/${workflowId}/review`);
    // The queue mixes in gold items blind (5%); the server refuses a review of one with a 409 (see the
    // report), and the page moves on to the next output: try again until one review is saved.
    const saved = page.getByText('Reviewed this session: 1');
    for (let attempt = 0; attempt < 4 && !(await saved.isVisible()); attempt++) {
      await page.getByTestId('review-area').waitFor();
      await page.keyboard.press('p');
      await page.keyboard.press('4');
      await page.keyboard.press('Enter');
      await saved.or(page.getByText('Your review was not saved')).first().waitFor();
    }
    await saved.waitFor();

    // A reviewer sees the outputs too, without the lead's promote action.
    await page.getByRole('tab', { name: 'Outputs' }).click();
    await page.getByRole('table', { name: 'Outputs' }).getByText('tutor-00').waitFor();
    await screenshot(page, 'quality-outputs-dark');
    await page.getByRole('button', { name: 'Open output tutor-00' }).click();
    const drawer = page.getByRole('dialog', { name: 'Output tutor-00' });
    await drawer.getByText('Selected for review').waitFor();
    expect(await drawer.getByRole('button', { name: 'Promote to gold' }).count()).toBe(0);
    await viewportScreenshot(page, 'quality-output-drawer-dark');
  });

  it('shows the lead each reviewer’s calibration with sensitivity and specificity', async () => {
    const { page } = owner;
    await page.getByRole('tab', { name: 'Calibration' }).click();
    await expectPath(page, `/quality/${workflowId}/calibration`);
    const panel = page.getByRole('table', { name: 'Reviewers’ calibration' });
    const row = panel.getByTestId(`calibration-row-${NEWCOMER.name}`);
    await row.getByText('Passed').waitFor();
    await row.getByText('5 / 6').waitFor();
    await page.getByText('6 gold items · 5 needed').waitFor();
    // The owner has not calibrated: with six gold items the queue asks them for a round too.
    await page.getByRole('button', { name: 'Start the calibration round' }).waitFor();
    await screenshot(page, 'quality-calibration-lead');
    expect(pageErrors).toEqual([]);
  });

  it('adds a webhook, shows its secret once, delivers a signed ping and an alarm', async () => {
    const { page } = owner;
    receiver = await startReceiver();
    await navigate(page, 'Webhooks');
    await expectPath(page, '/settings/webhooks');
    await page.getByText('No webhooks yet').waitFor();
    await screenshot(page, 'webhooks-empty');
    await page.getByRole('button', { name: 'Add webhook' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add webhook' });
    await dialog.getByLabel('Payload URL').fill('ftp://nope');
    await dialog.getByRole('button', { name: 'Add webhook' }).click();
    await dialog.getByText('Enter an http:// or https:// URL').waitFor();
    await dialog.getByLabel('Payload URL').fill(receiver.url);
    await dialog.getByRole('button', { name: 'Add webhook' }).click();
    const shown = page.getByRole('dialog', { name: 'Webhook added' });
    secret = (await shown.getByTestId('signing secret-value').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^whsec_/);
    await shown.getByText('How to verify a delivery').waitFor();
    await screenshot(page, 'webhooks-secret');
    await shown.getByRole('button', { name: 'I have copied it' }).click();
    await shown.waitFor({ state: 'hidden' });

    const card = page.getByRole('region', { name: `Webhook ${receiver.url}` });
    await card.getByText('Nothing sent yet').waitFor();
    await eventually(async () => expect(await page.content()).not.toContain(secret));
    await card.getByRole('button', { name: 'Send ping' }).click();
    const ping = card.getByTestId('delivery-webhook.ping');
    await ping.getByText('delivered').waitFor({ timeout: 20_000 });
    await ping.getByText('200').waitFor();
    await eventually(() => expect(receiver!.received.length).toBe(1));
    const [message] = receiver.received;
    expect(message!.headers['x-trellis-event']).toBe('webhook.ping');
    expect(verifySignature(secret, message!)).toBe(true);
    expect(verifySignature('whsec_wrong', message!)).toBe(false);
    await ping.getByRole('button', { name: /^Show payload/ }).click();
    await card
      .getByTestId('delivery-payload')
      .getByText(/"event": "webhook.ping"/)
      .waitFor();
    await screenshot(page, 'webhooks');

    // A drift alarm on another workflow (100% review, default monitor): several defects in a row.
    const drill = await sessionCall<{ body: { id: string } }>(page, 'POST', '/workflows', {
      name: 'Alarm drill',
    });
    const drillId = drill.body.id;
    await sessionCall(page, 'POST', `/workflows/${drillId}/standards`, {
      criteria: [CRITERIA[0]],
      defectRule: { kind: 'any_critical_fail' },
      outgoingLimit: 0.01,
      limitScope: 'workflow',
      policy: 'full',
      segmentKeys: [],
      doubleReviewFraction: 0,
    });
    await logOutputs(
      drillId,
      Array.from({ length: 20 }, (_, i) => ({ clientId: `drill-${i}`, content: `Drill answer ${i}` })),
    );
    let raised = 0;
    for (let n = 0; raised === 0; n++) {
      expect(n).toBeLessThan(20);
      const item = await sessionCall<{ body: { output: { id: string } } }>(
        page,
        'POST',
        `/workflows/${drillId}/queue/next`,
      );
      const review = await sessionCall<{ status: number; body: { alarmsRaised: number } }>(
        page,
        'POST',
        `/outputs/${item.body.output.id}/reviews`,
        { answers: { accurate: false }, timeSpentMs: 1000 },
      );
      expect(review.status).toBe(201);
      raised = review.body.alarmsRaised;
    }
    // Each review also sends output.reviewed; the alarm is the delivery whose event says so.
    const isAlarm = (r: NonNullable<typeof receiver>['received'][number]) =>
      r.headers['x-trellis-event'] === 'alarm.raised';
    await eventually(() => expect(receiver!.received.some(isAlarm)).toBe(true), 20_000);
    const alarm = receiver.received.find(isAlarm)!;
    expect(alarm.headers['x-trellis-event']).toBe('alarm.raised');
    expect(verifySignature(secret, alarm)).toBe(true);
    expect(JSON.parse(alarm.body)).toMatchObject({ event: 'alarm.raised', data: { workflowId: drillId } });

    await card.getByRole('button', { name: /^Refresh the delivery log/ }).click();
    await card.getByTestId('delivery-alarm.raised').getByText('delivered').waitFor({ timeout: 20_000 });
    await screenshot(page, 'webhooks-alarm');
  });

  it('draws the new pages in dark mode, then deletes the webhook after a confirmation', async () => {
    const { page } = owner;
    await page.getByRole('button', { name: 'Switch to dark mode' }).click();
    await page.mouse.move(600, 700);
    await page
      .getByRole('region', { name: `Webhook ${receiver!.url}` })
      .getByTestId('delivery-alarm.raised')
      .waitFor();
    await screenshot(page, 'webhooks-dark');
    await page.goto(`${server.baseUrl}/quality/${workflowId}/calibration`);
    await page.getByTestId(`calibration-row-${NEWCOMER.name}`).waitFor();
    await screenshot(page, 'quality-calibration-lead-dark');
    await page.goto(`${server.baseUrl}/quality/${workflowId}/outputs`);
    await page.getByRole('button', { name: 'Open output tutor-02' }).click();
    await page
      .getByRole('dialog', { name: 'Output tutor-02' })
      .getByText('This output is a gold item for calibration.')
      .waitFor();
    await viewportScreenshot(page, 'quality-output-drawer-lead-dark');
    await page.keyboard.press('Escape');

    // Paused and resumed, then moved to a new URL in place: the log and the secret stay with it.
    await page.goto(`${server.baseUrl}/settings/webhooks`);
    const card = page.getByRole('region', { name: `Webhook ${receiver!.url}` });
    await card.getByRole('button', { name: `Pause webhook ${receiver!.url}` }).click();
    await card.getByText('Paused', { exact: true }).waitFor();
    await card.getByRole('button', { name: `Resume webhook ${receiver!.url}` }).click();
    await card.getByText('Paused', { exact: true }).waitFor({ state: 'hidden' });
    await card.getByRole('button', { name: `Replace the URL of webhook ${receiver!.url}` }).click();
    const replace = page.getByRole('dialog', { name: 'Replace the URL' });
    await replace.getByLabel('New URL').fill('ftp://nope');
    await replace.getByRole('button', { name: 'Replace URL' }).click();
    await replace.getByText(/http/).first().waitFor();
    const moved = `${receiver!.url}-moved`;
    await replace.getByLabel('New URL').fill(moved);
    await replace.getByRole('button', { name: 'Replace URL' }).click();
    await replace.waitFor({ state: 'hidden' });
    const movedCard = page.getByRole('region', { name: `Webhook ${moved}` });
    await movedCard.getByTestId('delivery-alarm.raised').waitFor();
    const before = receiver!.received.length;
    await movedCard.getByRole('button', { name: 'Send ping' }).click();
    await eventually(() => expect(receiver!.received.length).toBe(before + 1), 20_000);
    const ping = receiver!.received.at(-1)!;
    expect(ping.path).toBe(new URL(moved).pathname);
    expect(verifySignature(secret, ping)).toBe(true);
    await screenshot(page, 'webhooks-moved');
    await page.getByRole('button', { name: `Delete webhook ${moved}` }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete webhook' });
    await confirm.getByRole('button', { name: 'Delete webhook' }).click();
    await page.getByText('No webhooks yet').waitFor();
    await page.getByRole('button', { name: 'Switch to light mode' }).click();
    expect(pageErrors).toEqual([]);
  });
});
