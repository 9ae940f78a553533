/**
 * Vocabularies the server (zod schemas, database enums), the web app and the SDK share. Each is declared
 * here once; everything else imports it (or, in the web app and SDK, reads it from the generated API types).
 */
export { LIFECYCLE_STAGES, type Stage as LifecycleStage } from './registry/lifecycle';

/** The built-in roles, highest first: each can do what the ones below it can. */
export const BUILT_IN_ROLES = ['owner', 'admin', 'lead', 'reviewer', 'contributor', 'viewer'] as const;

/** Events other parts of Trellis emit; a webhook subscribes to some or all ('*'). */
export const WEBHOOK_EVENTS = [
  'alarm.raised',
  'alarm.cleared',
  'decision.requested',
  'decision.reminded',
  'decision.approved',
  'decision.rejected',
  'decision.escalated',
  'unit.red',
  'insight.confirmed',
  'gate.decided',
  'output.reviewed',
  'digest.weekly',
  'webhook.ping',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/**
 * Where a webhook sends its events: `standard` is Trellis's own JSON signed the Standard Webhooks way; `slack`
 * and `teams` are incoming-webhook URLs that get a Block Kit message or an Adaptive Card (the URL is the secret).
 */
export const WEBHOOK_KINDS = ['standard', 'slack', 'teams'] as const;
export type WebhookKind = (typeof WEBHOOK_KINDS)[number];

export const RISK_TIERS = ['low', 'medium', 'high'] as const;
export const DATA_SENSITIVITIES = ['public', 'internal', 'confidential', 'personal', 'special'] as const;
export const AUDIENCES = ['internal', 'external'] as const;
