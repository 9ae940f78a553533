import { DECISION_TYPE_LABELS, type WebhookEvent } from '@trellis/core';

/**
 * Turns a webhook event (the JSON a `standard` webhook receives) into what a person reads in Slack (Block Kit)
 * or Microsoft Teams (an Adaptive Card): the organization's name, a title, a one-line summary, a few facts
 * (for decision requests, the deadline) and a button to the page in Trellis.
 *
 * What goes out is only what the event carries, and events carry no e-mail addresses; as a second line of
 * defence every text is stripped of anything shaped like one (a title someone typed may hold one). Names
 * appear only where the event is about the organization's own members (who confirmed an insight), and a
 * destination only ever receives its own organization's events.
 */

export interface ChatEvent {
  event: string;
  occurredAt?: string;
  data?: unknown;
}

export interface ChatNotice {
  title: string;
  summary: string;
  facts: Array<{ label: string; value: string }>;
  /** Path in the web app, e.g. `/decisions/requests/<id>`. */
  link: string;
  /** ISO timestamp of the deadline, for decision requests, reminders and escalations. */
  deadline: string | null;
}

// Bounded like the parts of an address (RFC 5321: local part ≤ 64, domain ≤ 255), so a long text without
// an address is scanned in linear time, not quadratic.
const EMAIL = /[^\s@<>()[\]"',;:]{1,64}@[^\s@<>()[\]"',;:]{1,255}\.[^\s@<>()[\]"',;:.]{1,63}/g;

/** Any e-mail-shaped text replaced: a person's address never reaches a chat channel. */
export function withoutEmails(text: string): string {
  return text.includes('@') ? text.replace(EMAIL, '[e-mail address hidden]') : text;
}

const str = (value: unknown, fallback = ''): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : fallback;
const seg = (value: unknown) => encodeURIComponent(str(value));
const humanize = (value: unknown) => {
  const s = str(value).replace(/_/g, ' ');
  return s ? s[0]!.toUpperCase() + s.slice(1) : '';
};
const decisionType = (value: unknown) =>
  DECISION_TYPE_LABELS[str(value) as keyof typeof DECISION_TYPE_LABELS] ?? humanize(value);
const isoOrNull = (value: unknown) => {
  const s = str(value);
  return s && !Number.isNaN(Date.parse(s)) ? new Date(s).toISOString() : null;
};
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** The title, summary, facts and link of each event kind. */
export function describeEvent(event: ChatEvent): ChatNotice {
  const d = (event.data && typeof event.data === 'object' ? event.data : {}) as Record<string, unknown>;
  const kind = event.event as WebhookEvent;
  const decisionFacts = () => [
    { label: 'Type', value: decisionType(d.decisionType) },
    { label: 'Risk tier', value: humanize(d.tier) },
  ];
  const decisionLink = `/decisions/requests/${seg(d.requestId)}`;
  switch (kind) {
    case 'alarm.raised':
      return {
        title: `Drift alarm: ${str(d.workflowName, 'a workflow')}`,
        summary: `The quality monitor raised an alarm on ${str(d.workflowName, 'a workflow')} (segment ${str(d.segment, '?')}); its outputs are held for full review until a lead clears it.`,
        facts: [{ label: 'Segment', value: str(d.segment, '?') }],
        link: `/quality/${seg(d.workflowId)}`,
        deadline: null,
      };
    case 'alarm.cleared':
      return {
        title: `Alarm cleared: ${str(d.workflowName, 'a workflow')}`,
        summary: `The drift alarm on ${str(d.workflowName, 'a workflow')} (segment ${str(d.segment, '?')}) was cleared.`,
        facts: str(d.note) ? [{ label: 'Note', value: str(d.note) }] : [],
        link: `/quality/${seg(d.workflowId)}`,
        deadline: null,
      };
    case 'decision.requested':
      return {
        title: `Approval needed: ${str(d.title, 'a decision request')}`,
        summary: `A ${str(d.tier, '')} risk ${decisionType(d.decisionType).toLowerCase()} request waits for its approvers.`,
        facts: decisionFacts(),
        link: decisionLink,
        deadline: isoOrNull(d.dueAt),
      };
    case 'decision.reminded':
      return {
        title: `Reminder: ${str(d.title, 'a decision request')} waits for a decision`,
        summary: `Its deadline is near and no approver has decided yet.`,
        facts: decisionFacts(),
        link: decisionLink,
        deadline: isoOrNull(d.dueAt),
      };
    case 'decision.escalated':
      return {
        title: `Overdue: ${str(d.title, 'a decision request')}`,
        summary: `The request passed its deadline without a decision and was escalated to the organization's owners and admins.`,
        facts: decisionFacts(),
        link: decisionLink,
        deadline: isoOrNull(d.dueAt),
      };
    case 'decision.approved':
    case 'decision.rejected':
      return {
        title: `${kind === 'decision.approved' ? 'Approved' : 'Rejected'}: ${str(d.title, 'a decision request')}`,
        summary:
          str(d.rationale) || `The request was ${kind === 'decision.approved' ? 'approved' : 'rejected'}.`,
        facts: decisionFacts(),
        link: decisionLink,
        deadline: null,
      };
    case 'unit.red': {
      const months = Array.isArray(d.months) ? d.months.map((m) => str(m)).filter(Boolean) : [];
      return {
        title: `${str(d.name, 'A unit')} is over its change capacity`,
        summary: `Change load goes above the red threshold in ${months.join(', ') || 'the coming months'}.`,
        facts: [],
        link: '/capacity',
        deadline: null,
      };
    }
    case 'insight.confirmed':
      return {
        title: 'Insight confirmed',
        summary: str(d.statement, 'An insight was confirmed.'),
        facts: [
          ...(str(d.decidedBy) ? [{ label: 'Confirmed by', value: str(d.decidedBy) }] : []),
          ...(Array.isArray(d.tags) && d.tags.length
            ? [{ label: 'Tags', value: d.tags.map((t) => str(t)).join(', ') }]
            : []),
        ],
        link: `/learning/insights/${seg(d.insightId)}`,
        deadline: null,
      };
    case 'gate.decided':
      return {
        title: `Gate decision: ${humanize(d.outcome)} at ${str(d.stage, 'a stage')}`,
        summary: str(d.rationale) || `The gate at ${str(d.stage, 'a stage')} was decided.`,
        facts: [
          { label: 'Outcome', value: humanize(d.outcome) },
          { label: 'Recommended', value: humanize(d.recommended) },
        ],
        link: `/sequencing/plans/${seg(d.planId)}`,
        deadline: null,
      };
    case 'output.reviewed': {
      const review = (d.review && typeof d.review === 'object' ? d.review : {}) as Record<string, unknown>;
      const defect = review.defect === true;
      return {
        title: defect ? 'Output reviewed: defect found' : 'Output reviewed: no defect',
        summary: `Output ${str(d.clientId, str(d.outputId))} was reviewed (${humanize(review.kind) || 'review'}); it is now ${humanize(d.outputStatus).toLowerCase() || 'reviewed'}.`,
        facts: typeof review.score === 'number' ? [{ label: 'Score', value: String(review.score) }] : [],
        link: `/quality/${seg(d.workflowId)}/outputs`,
        deadline: null,
      };
    }
    case 'digest.weekly': {
      const insights = Array.isArray(d.insights) ? d.insights : [];
      const experiments = Array.isArray(d.experiments) ? d.experiments : [];
      const titles = [
        ...insights.map((i) => `Insight: ${str((i as Record<string, unknown>)?.statement)}`),
        ...experiments.map((e) => `Experiment: ${str((e as Record<string, unknown>)?.title)}`),
      ];
      const shown = titles.slice(0, 5);
      return {
        title: 'Weekly learning digest',
        summary: `${plural(insights.length, 'confirmed insight')} and ${plural(experiments.length, 'experiment result')} this week.`,
        facts: shown.map((t, i) => ({ label: `${i + 1}`, value: t })),
        link: '/learning/month',
        deadline: null,
      };
    }
    case 'webhook.ping':
      return {
        title: 'Trellis is connected',
        summary: 'This is a test message: events you chose will arrive in this channel.',
        facts: [],
        link: '/settings/webhooks',
        deadline: null,
      };
    default:
      return {
        title: humanize(event.event) || 'Trellis event',
        summary: `A ${event.event} event happened in Trellis.`,
        facts: [],
        link: '/',
        deadline: null,
      };
  }
}

/** Documented Block Kit limits (api.slack.com/reference/block-kit). */
export const SLACK_LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  fieldText: 2000,
  fields: 10,
  buttonText: 75,
  url: 3000,
} as const;
/** Adaptive Cards has no length limits, but Teams refuses a message over about 28 KB; texts stay short. */
const TEAMS_TEXT = 3000;

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
const clean = (text: string, max: number) => cut(withoutEmails(text).replace(/\s+/g, ' ').trim(), max);
/** Slack mrkdwn: `&`, `<` and `>` are control characters and must be escaped. */
const slackEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const utc = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

export interface ChatContext {
  organizationName: string;
  /** The web app's origin, e.g. `https://trellis.example.com` (no trailing slash). */
  origin: string;
}

const linkOf = (notice: ChatNotice, ctx: ChatContext) => `${ctx.origin.replace(/\/$/, '')}${notice.link}`;

/** A Slack incoming-webhook body: `text` (notifications and fallback) and Block Kit `blocks`. */
export function slackMessage(event: ChatEvent, ctx: ChatContext) {
  const notice = describeEvent(event);
  const org = clean(ctx.organizationName, 200);
  const title = clean(notice.title, SLACK_LIMITS.headerText);
  const summary = clean(notice.summary, 2000);
  const fields = [
    ...notice.facts.map((f) => ({ label: clean(f.label, 100), value: clean(f.value, 1800) })),
    ...(notice.deadline
      ? [
          {
            label: 'Deadline',
            // Slack shows the date in each reader's time zone; the text after | is the fallback.
            value: `<!date^${Math.floor(Date.parse(notice.deadline) / 1000)}^{date_short_pretty} {time}|${utc(notice.deadline)}>`,
            raw: true,
          },
        ]
      : []),
  ].slice(0, SLACK_LIMITS.fields);
  const url = linkOf(notice, ctx);
  return {
    text: cut(
      `${org}: ${title}${notice.deadline ? ` (deadline ${utc(notice.deadline)})` : ''}`,
      SLACK_LIMITS.sectionText,
    ),
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: title, emoji: true } },
      {
        type: 'section',
        text: { type: 'mrkdwn', text: cut(slackEscape(summary), SLACK_LIMITS.sectionText) },
        ...(fields.length
          ? {
              fields: fields.map((f) => ({
                type: 'mrkdwn',
                text: cut(
                  `*${slackEscape(f.label)}*\n${'raw' in f ? f.value : slackEscape(f.value)}`,
                  SLACK_LIMITS.fieldText,
                ),
              })),
            }
          : {}),
      },
      ...(url.length <= SLACK_LIMITS.url
        ? [
            {
              type: 'actions',
              elements: [
                {
                  type: 'button',
                  action_id: 'open_in_trellis',
                  text: { type: 'plain_text', text: 'Open in Trellis' },
                  url,
                  ...(event.event === 'decision.requested' || event.event === 'decision.reminded'
                    ? { style: 'primary' }
                    : {}),
                },
              ],
            },
          ]
        : []),
      {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: cut(`${slackEscape(org)} · Trellis · ${event.event}`, 3000) }],
      },
    ],
  };
}

/** A Teams incoming-webhook (or Workflows) body: one Adaptive Card 1.4 attachment. */
export function teamsMessage(event: ChatEvent, ctx: ChatContext) {
  const notice = describeEvent(event);
  const facts = [
    ...notice.facts.map((f) => ({ title: clean(f.label, 100), value: clean(f.value, TEAMS_TEXT) })),
    ...(notice.deadline
      ? [
          {
            title: 'Deadline',
            // Teams formats DATE/TIME in each reader's locale and time zone (RFC 3339, no fractions).
            value: `{{DATE(${notice.deadline.slice(0, 19)}Z, SHORT)}} {{TIME(${notice.deadline.slice(0, 19)}Z)}}`,
          },
        ]
      : []),
  ];
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          fallbackText: clean(`${ctx.organizationName}: ${notice.title}`, TEAMS_TEXT),
          body: [
            {
              type: 'TextBlock',
              text: clean(ctx.organizationName, 200),
              size: 'Small',
              isSubtle: true,
              wrap: true,
            },
            {
              type: 'TextBlock',
              text: clean(notice.title, 300),
              size: 'Medium',
              weight: 'Bolder',
              wrap: true,
            },
            { type: 'TextBlock', text: clean(notice.summary, TEAMS_TEXT), wrap: true },
            ...(facts.length ? [{ type: 'FactSet', facts }] : []),
          ],
          actions: [{ type: 'Action.OpenUrl', title: 'Open in Trellis', url: linkOf(notice, ctx) }],
        },
      },
    ],
  };
}
