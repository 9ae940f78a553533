import { experimentEvidence } from './evidence-kinds/experiment';
import { gateDecisionEvidence } from './evidence-kinds/gate-decision';
import { retrospectiveEvidence } from './evidence-kinds/retrospective';
import { reviewFindingEvidence } from './evidence-kinds/review-finding';
import type { EvidenceKind } from './evidence-kinds/types';

export type { EvidenceKind, EvidenceOption, EvidenceSummary } from './evidence-kinds/types';

/**
 * The kinds of object an insight may cite, each checked against the organization's own rows. A new kind
 * is one entry here (its resolver in `evidence-kinds/<kind>.ts`): the API's enum, the trail and the
 * picker follow; `insight_evidence.kind` is text, so no migration.
 */
export const evidenceKinds = {
  experiment: experimentEvidence,
  review_finding: reviewFindingEvidence,
  retrospective: retrospectiveEvidence,
  gate_decision: gateDecisionEvidence,
} satisfies Record<string, EvidenceKind>;

export type EvidenceKindName = keyof typeof evidenceKinds;
export const evidenceKindNames = Object.keys(evidenceKinds) as [EvidenceKindName, ...EvidenceKindName[]];
