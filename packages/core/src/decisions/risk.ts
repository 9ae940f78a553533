import type { AutomationMode } from './boundary';

export const decisionTypes = [
  'admit_to_pilot',
  'change_automation_mode',
  'set_quality_standard',
  'expand_to_org_unit',
  'change_expansion_plan',
  'retire',
  'change_rule',
] as const;
export type DecisionType = (typeof decisionTypes)[number];

export const DECISION_TYPE_LABELS: Record<DecisionType, string> = {
  admit_to_pilot: 'Admit to pilot',
  change_automation_mode: 'Change an automation mode',
  set_quality_standard: 'Set or change a quality standard',
  expand_to_org_unit: 'Expand to a new org unit',
  change_expansion_plan: 'Change a running expansion plan',
  retire: 'Retire',
  change_rule: 'Change a rubric, threshold, template or standard',
};

export const tiers = ['low', 'medium', 'high'] as const;
export type Tier = (typeof tiers)[number];
export const tierRank = (t: Tier) => tiers.indexOf(t);

export interface TierInput {
  decisionType: DecisionType;
  /** The application's declared tier (the registry's riskTier): the tier never goes below it. */
  declaredTier: Tier;
  dataSensitivity: 'public' | 'internal' | 'confidential' | 'personal' | 'special';
  audience: 'internal' | 'external';
  /** The most automated mode among the application's tasks, or the mode a request asks for. */
  automationMode: AutomationMode | null;
}

export interface TierReason {
  tier: Tier;
  text: string;
}

/** Risk tier of a decision from the application's attributes; every rule that applies is a reason. */
export function riskTierOf(input: TierInput): { tier: Tier; reasons: TierReason[] } {
  const reasons: TierReason[] = [];
  const add = (tier: Tier, text: string) => reasons.push({ tier, text });
  const personal = input.dataSensitivity === 'personal' || input.dataSensitivity === 'special';
  if (input.dataSensitivity === 'special') add('high', 'Special-category personal data');
  else if (personal && input.audience === 'external') add('high', 'Personal data with an external audience');
  else if (personal) add('medium', 'Personal data');
  else if (input.dataSensitivity === 'confidential') add('medium', 'Confidential data');
  if (input.automationMode === 'automate' && input.audience === 'external')
    add('high', 'Fully automated outputs reach an external audience');
  else if (input.automationMode === 'automate')
    add('medium', 'Outputs go out without a person approving them');
  if (input.audience === 'external' && !personal) add('medium', 'External audience');
  if (input.decisionType === 'change_rule')
    add(
      'medium',
      'Changes a rule the organization decides or works by (a rubric, threshold, template or standard)',
    );
  if (input.declaredTier !== 'low')
    add(input.declaredTier, `The application is registered as ${input.declaredTier} risk`);
  const tier = reasons.reduce<Tier>((t, r) => (tierRank(r.tier) > tierRank(t) ? r.tier : t), 'low');
  if (reasons.length === 0)
    add('low', 'Internal audience, no personal or confidential data, a person in the loop');
  return { tier, reasons };
}

/** Who must approve at each tier, and by when (hours from submission; reminder at half time). */
export interface ApprovalRule {
  approvals: number;
  deadlineHours: number | null;
}
export const APPROVAL_RULES: Record<Tier, ApprovalRule> = {
  low: { approvals: 0, deadlineHours: null },
  medium: { approvals: 1, deadlineHours: 72 },
  high: { approvals: 2, deadlineHours: 120 },
};

/**
 * Whether the approvals given complete a request: enough distinct people (never the requester, checked by
 * the caller) and, from medium up, one of them holds the Accountable role.
 */
export function approvalComplete(
  tier: Tier,
  approvals: readonly { approverId: string; accountable: boolean }[],
): boolean {
  const rule = APPROVAL_RULES[tier];
  const people = new Set(approvals.map((a) => a.approverId));
  if (people.size < rule.approvals) return false;
  return rule.approvals === 0 || approvals.some((a) => a.accountable);
}

/** Times of a request's reminder and deadline, from its tier. */
export function approvalSchedule(
  tier: Tier,
  submittedAt: Date,
): { remindAt: Date | null; dueAt: Date | null } {
  const hours = APPROVAL_RULES[tier].deadlineHours;
  if (hours === null) return { remindAt: null, dueAt: null };
  const start = submittedAt.getTime();
  return { remindAt: new Date(start + (hours / 2) * 3_600_000), dueAt: new Date(start + hours * 3_600_000) };
}

export interface PreApprovedPattern {
  decisionType: DecisionType;
  applicationId: string | null;
  orgUnitId: string | null;
  /** The highest tier the pattern covers. */
  maxTier: Tier;
  /** Payload fields that must be equal. */
  payload: Record<string, string | number | boolean>;
}

export function matchesPattern(
  pattern: PreApprovedPattern,
  request: {
    decisionType: DecisionType;
    applicationId: string | null;
    orgUnitId: string | null;
    tier: Tier;
    payload: Record<string, unknown>;
  },
): boolean {
  return (
    pattern.decisionType === request.decisionType &&
    (pattern.applicationId === null || pattern.applicationId === request.applicationId) &&
    (pattern.orgUnitId === null || pattern.orgUnitId === request.orgUnitId) &&
    tierRank(request.tier) <= tierRank(pattern.maxTier) &&
    Object.entries(pattern.payload).every(([k, v]) => request.payload[k] === v)
  );
}
