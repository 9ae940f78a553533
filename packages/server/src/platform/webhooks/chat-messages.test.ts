import { WEBHOOK_EVENTS, type WebhookEvent } from '@trellis/core';
import Ajv from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { describeEvent, slackMessage, teamsMessage, withoutEmails } from './chat-messages';
import adaptiveCardSchema from './fixtures/adaptive-card-1.5.0.schema.json' with { type: 'json' };
import slackSchema from './fixtures/slack-block-kit-message.schema.json' with { type: 'json' };

/**
 * Every event kind, with data shaped as the code that emits it sends it (see the enqueueWebhookEvent
 * calls), as a Slack message and a Teams card, checked against the formats' schemas (fixtures/README.md).
 */
const DUE = '2026-12-07T17:00:00.000Z';
const SAMPLES: Record<WebhookEvent, object> = {
  'alarm.raised': {
    alarmId: 'al_1',
    workflowId: 'wf-1',
    workflowName: 'Stakeholder updates',
    segment: 0,
    raisedAt: DUE,
  },
  'alarm.cleared': {
    alarmId: 'al_1',
    workflowId: 'wf-1',
    workflowName: 'Stakeholder updates',
    segment: 0,
    note: 'Prompt fixed & re-validated <b>',
  },
  'decision.requested': {
    requestId: 'dr-1',
    decisionType: 'expansion',
    title: 'Roll the claims assistant out to Finance',
    tier: 'high',
    dueAt: DUE,
    applicationId: 'app-1',
  },
  'decision.reminded': {
    requestId: 'dr-1',
    decisionType: 'expansion',
    title: 'Roll the claims assistant out to Finance',
    tier: 'high',
    dueAt: DUE,
  },
  'decision.approved': {
    requestId: 'dr-1',
    decisionType: 'expansion',
    title: 'Roll out',
    tier: 'low',
    applicationId: null,
    rationale: 'Low risk: self-serve, approved at once.',
  },
  'decision.rejected': {
    requestId: 'dr-1',
    decisionType: 'expansion',
    title: 'Roll out',
    tier: 'medium',
    applicationId: null,
    rationale: 'Evidence too thin.',
  },
  'decision.escalated': {
    requestId: 'dr-1',
    decisionType: 'expansion',
    title: 'Roll out',
    tier: 'high',
    dueAt: DUE,
  },
  'unit.red': { orgUnitId: 'ou-1', name: 'Claims', months: ['2027-01', '2027-02'] },
  'insight.confirmed': {
    insightId: 'in-1',
    statement: 'Short prompts halve review time',
    tags: ['prompts'],
    decidedBy: 'Ada Lovelace',
  },
  'gate.decided': {
    decisionId: 'gd-1',
    planId: 'pl-1',
    applicationId: 'app-1',
    stageId: 'st-1',
    stage: 'Pilot',
    outcome: 'advance',
    recommended: 'advance',
    rationale: 'All criteria met.',
    nextStageId: 'st-2',
  },
  'output.reviewed': {
    outputId: 'out-1',
    clientId: 'u-7',
    traceId: null,
    workflowId: 'wf-1',
    standardVersion: 1,
    outputStatus: 'reviewed',
    review: { id: 'rv-1', kind: 'sampled', defect: true, score: 0.5, reviewerRole: 'reviewer' },
    reviewedAt: DUE,
  },
  'digest.weekly': {
    since: DUE,
    until: DUE,
    recipients: 3,
    insights: [{ id: 'in-1', statement: 'Short prompts halve review time' }],
    experiments: [{ id: 'ex-1', title: 'Shorter prompts' }],
  },
  'webhook.ping': {},
};
const ctx = { organizationName: 'Acme Insurance', origin: 'https://trellis.example.com' };
const DEADLINE_EVENTS = ['decision.requested', 'decision.reminded', 'decision.escalated'];

const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addMetaSchema(draft06);
addFormats(ajv);
const validSlack = ajv.compile(slackSchema);
// The published file names itself with draft-04's `id`; Ajv reads draft-06's `$id` (the same thing).
const { id: cardSchemaId, ...cardSchema } = adaptiveCardSchema;
const validCard = ajv.compile({ $id: cardSchemaId, ...cardSchema });

const card = (event: WebhookEvent, data: object = SAMPLES[event]) =>
  teamsMessage({ event, data }, ctx).attachments[0]!.content;

describe('Slack and Teams messages', () => {
  it('has a sample for every event kind', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...WEBHOOK_EVENTS].sort());
  });

  it.each([...WEBHOOK_EVENTS])('renders %s as a valid Block Kit message and Adaptive Card', (event) => {
    const slack = slackMessage({ event, data: SAMPLES[event] }, ctx);
    expect(validSlack(slack), JSON.stringify(validSlack.errors)).toBe(true);
    const teams = teamsMessage({ event, data: SAMPLES[event] }, ctx);
    expect(teams.type).toBe('message');
    expect(teams.attachments).toHaveLength(1);
    expect(teams.attachments[0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(validCard(teams.attachments[0]!.content), JSON.stringify(validCard.errors)).toBe(true);
    expect(Number(teams.attachments[0]!.content.version)).toBeGreaterThanOrEqual(1.4);

    // The organization's name, a one-line summary and the deep link, in both.
    const link = `${ctx.origin}${describeEvent({ event, data: SAMPLES[event] }).link}`;
    expect(link).not.toMatch(/\/$|undefined/);
    const slackText = JSON.stringify(slack);
    expect(slack.text).toContain('Acme Insurance');
    expect(slackText).toContain('Acme Insurance');
    const button = slack.blocks.find((b) => b.type === 'actions') as { elements: Array<{ url: string }> };
    expect(button.elements[0]!.url).toBe(link);
    const content = teams.attachments[0]!.content;
    expect(content.body[0]).toMatchObject({ type: 'TextBlock', text: 'Acme Insurance' });
    expect(content.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open in Trellis', url: link }]);

    // Decision requests, reminders and escalations carry their deadline.
    if (DEADLINE_EVENTS.includes(event)) {
      expect(slack.text).toContain('2026-12-07 17:00 UTC');
      expect(slackText).toContain(`<!date^${Date.parse(DUE) / 1000}^`);
      const facts = (content.body.find((b) => b.type === 'FactSet') as { facts: unknown[] }).facts;
      expect(facts).toContainEqual({
        title: 'Deadline',
        value: '{{DATE(2026-12-07T17:00:00Z, SHORT)}} {{TIME(2026-12-07T17:00:00Z)}}',
      });
    } else {
      expect(slackText).not.toContain('Deadline');
    }
  });

  it('points each event at its page in the web app', () => {
    const links = Object.fromEntries(
      WEBHOOK_EVENTS.map((event) => [event, describeEvent({ event, data: SAMPLES[event] }).link]),
    );
    expect(links).toEqual({
      'alarm.raised': '/quality/wf-1',
      'alarm.cleared': '/quality/wf-1',
      'decision.requested': '/decisions/requests/dr-1',
      'decision.reminded': '/decisions/requests/dr-1',
      'decision.approved': '/decisions/requests/dr-1',
      'decision.rejected': '/decisions/requests/dr-1',
      'decision.escalated': '/decisions/requests/dr-1',
      'unit.red': '/capacity',
      'insight.confirmed': '/learning/insights/in-1',
      'gate.decided': '/sequencing/plans/pl-1',
      'output.reviewed': '/quality/wf-1/outputs',
      'digest.weekly': '/learning/month',
      'webhook.ping': '/settings/webhooks',
    });
  });

  it('keeps every text within the limits, however long the input', () => {
    const long = 'x'.repeat(10_000);
    for (const event of WEBHOOK_EVENTS) {
      const data = {
        ...SAMPLES[event],
        title: long,
        workflowName: long,
        rationale: long,
        statement: long,
        name: long,
        note: long,
        stage: long,
        tags: [long, long],
      };
      const slack = slackMessage({ event, data }, { ...ctx, organizationName: long });
      expect(validSlack(slack), `${event}: ${JSON.stringify(validSlack.errors)}`).toBe(true);
      expect(validCard(card(event, data)), JSON.stringify(validCard.errors)).toBe(true);
    }
  });

  it('escapes Slack control characters in what people typed', () => {
    const slack = slackMessage({ event: 'alarm.cleared', data: SAMPLES['alarm.cleared'] }, ctx);
    expect(JSON.stringify(slack)).toContain('Prompt fixed &amp; re-validated &lt;b&gt;');
    expect(JSON.stringify(slack)).not.toContain('<b>');
  });

  it('never carries an e-mail address, even one typed into a title or note', () => {
    const data = {
      ...SAMPLES['decision.requested'],
      title: 'Access for jane.doe+ops@acme.example please',
    };
    for (const body of [
      slackMessage({ event: 'decision.requested', data }, ctx),
      teamsMessage({ event: 'decision.requested', data }, ctx),
    ]) {
      const text = JSON.stringify(body);
      expect(text).not.toContain('jane.doe');
      expect(text).not.toMatch(/@acme\.example/);
      expect(text).toContain('[e-mail address hidden]');
    }
    expect(withoutEmails('mail a@b.co or <x.y@z.example>')).toBe(
      'mail [e-mail address hidden] or <[e-mail address hidden]>',
    );
    // A long text with a lone @ is left as it is (the bounded pattern keeps this linear; unbounded, it was quadratic).
    const long = `${'x'.repeat(50_000)}@${'y'.repeat(50_000)}`;
    expect(withoutEmails(long)).toBe(long);
  });

  it('has schemas that refuse what Slack and Teams refuse', () => {
    const slack = slackMessage({ event: 'webhook.ping', data: {} }, ctx);
    const tooLong = structuredClone(slack);
    (tooLong.blocks[1] as { text: { text: string } }).text.text = 'y'.repeat(3001);
    expect(validSlack(tooLong)).toBe(false);
    expect(validSlack({ ...slack, blocks: Array.from({ length: 51 }, () => ({ type: 'divider' })) })).toBe(
      false,
    );
    expect(validSlack({ ...slack, blocks: [{ type: 'carousel' }] })).toBe(false);
    const content = card('webhook.ping');
    expect(validCard({ ...content, actions: [{ type: 'Action.OpenUrl', title: 'x' }] })).toBe(false);
    expect(validCard({ ...content, body: [{ type: 'TextBlock', txt: 'typo' }] })).toBe(false);
  });
});
