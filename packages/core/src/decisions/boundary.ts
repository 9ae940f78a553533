/** Automation boundaries: how much of a task the AI does alone (the decisions capability rates each task). */
export const automationModes = ['automate', 'ai_drafts_human_approves', 'ai_assists', 'human_only'] as const;
export type AutomationMode = (typeof automationModes)[number];

export const MODE_LABELS: Record<AutomationMode, string> = {
  automate: 'Automate',
  ai_drafts_human_approves: 'AI drafts, a person approves',
  ai_assists: 'AI assists a person',
  human_only: 'People only',
};

export interface QualityEvidence {
  hasStandard: boolean;
  /** Sampled reviews behind the estimate. */
  reviewed: number;
  /** Upper bound of the outgoing defect rate, and the standard's limit. */
  outgoingUpper: number | null;
  outgoingLimit: number | null;
  openAlarms: number;
}

export interface BoundaryAnswers {
  errorCost: 'low' | 'medium' | 'high' | 'severe';
  reversibility: 'easy' | 'costly' | 'irreversible';
  judgment: 'none' | 'some' | 'essential';
  regulated: boolean;
  volume: 'low' | 'medium' | 'high';
}

export interface BoundaryReason {
  /** The answer this reason comes from. */
  answer: keyof BoundaryAnswers | 'quality';
  text: string;
  /** The most automated mode this answer allows. */
  limit: AutomationMode;
  /** True when this reason sets the recommendation (its limit is the binding one). */
  decisive: boolean;
}

/** Fewest sampled reviews for QA evidence to support taking people out of the loop. */
export const MIN_REVIEWS_FOR_AUTOMATION = 100;

const level = (mode: AutomationMode) => automationModes.indexOf(mode);

/**
 * Recommends an automation mode: each answer may cap how much is automated, the strictest cap wins, and
 * each reason names the answer it comes from. Start: everything may be automated.
 */
export function recommendAutomationMode(
  answers: BoundaryAnswers,
  quality: QualityEvidence | null,
): { mode: AutomationMode; reasons: BoundaryReason[] } {
  const caps: Omit<BoundaryReason, 'decisive'>[] = [];
  const cap = (answer: BoundaryReason['answer'], limit: AutomationMode, text: string) =>
    caps.push({ answer, limit, text });

  if (answers.judgment === 'essential')
    cap('judgment', 'human_only', 'The task needs human judgment or empathy at its core: people do it.');
  else if (answers.judgment === 'some')
    cap('judgment', 'ai_drafts_human_approves', 'Some judgment is needed: a person checks every output.');
  if (answers.errorCost === 'severe')
    cap('errorCost', 'ai_assists', 'An error would be severe: a person does the work, AI only assists.');
  else if (answers.errorCost === 'high')
    cap('errorCost', 'ai_drafts_human_approves', 'An error is costly: a person approves each output.');
  if (answers.reversibility === 'irreversible')
    cap('reversibility', 'ai_drafts_human_approves', 'An error cannot be undone: a person approves first.');
  else if (answers.reversibility === 'costly' && answers.errorCost !== 'low')
    cap('reversibility', 'ai_drafts_human_approves', 'Undoing an error is costly: a person approves first.');
  if (answers.regulated)
    cap('regulated', 'ai_drafts_human_approves', 'Regulation requires a person to decide or oversee.');
  if (answers.volume === 'low')
    cap('volume', 'ai_drafts_human_approves', 'Volume is low: approving each output costs little.');
  if (!quality?.hasStandard)
    cap('quality', 'ai_drafts_human_approves', 'No quality standard yet: automation needs one to watch it.');
  else if (quality.openAlarms > 0)
    cap('quality', 'ai_drafts_human_approves', 'A quality alarm is open: quality has drifted.');
  else if (quality.reviewed < MIN_REVIEWS_FOR_AUTOMATION)
    cap(
      'quality',
      'ai_drafts_human_approves',
      `Only ${quality.reviewed} sampled reviews so far (${MIN_REVIEWS_FOR_AUTOMATION} needed to trust the estimate).`,
    );
  else if (
    quality.outgoingUpper !== null &&
    quality.outgoingLimit !== null &&
    quality.outgoingUpper > quality.outgoingLimit
  )
    cap('quality', 'ai_drafts_human_approves', 'The outgoing defect rate may exceed the standard’s limit.');

  const mode = caps.reduce<AutomationMode>((m, c) => (level(c.limit) > level(m) ? c.limit : m), 'automate');
  const reasons = caps.map((c) => ({ ...c, decisive: c.limit === mode }));
  if (caps.length === 0)
    reasons.push({
      answer: 'quality',
      text: 'Errors are cheap and reversible, no judgment or regulation applies, and QA evidence meets the standard.',
      limit: 'automate',
      decisive: true,
    });
  if (answers.volume === 'high' && level(mode) <= level('ai_drafts_human_approves'))
    reasons.push({
      answer: 'volume',
      text: 'Volume is high: sampled QA, not checking every output, keeps quality in view.',
      limit: 'automate',
      decisive: false,
    });
  return { mode, reasons };
}

/** The QA default each mode sets (documented in ARCHITECTURE.md). */
export interface QaDefault {
  /** A quality standard must exist before this mode is chosen. */
  requiresStandard: boolean;
  /** Approved outputs re-reviewed at a fixed rate, to audit the approvers. */
  approverAudit: { policy: 'fixed-rate'; fraction: number } | null;
  summary: string;
}

export const APPROVER_AUDIT_FRACTION = 0.05;

export function qaDefaultFor(mode: AutomationMode): QaDefault {
  switch (mode) {
    case 'automate':
      return {
        requiresStandard: true,
        approverAudit: null,
        summary: 'The workflow’s quality standard samples outputs for review; its alarms hold quality.',
      };
    case 'ai_drafts_human_approves':
      return {
        requiresStandard: false,
        approverAudit: { policy: 'fixed-rate', fraction: APPROVER_AUDIT_FRACTION },
        summary: `A person approves every output; ${APPROVER_AUDIT_FRACTION * 100}% of approved outputs get a second, independent review to audit the approvers.`,
      };
    case 'ai_assists':
      return {
        requiresStandard: false,
        approverAudit: null,
        summary: 'A person owns every output; no sampling.',
      };
    case 'human_only':
      return { requiresStandard: false, approverAudit: null, summary: 'No AI output to sample.' };
  }
}
