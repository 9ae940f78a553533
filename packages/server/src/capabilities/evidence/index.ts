/**
 * evidence: what other capabilities may import (generated from their imports at the capability move, commit 2a5197b;
 * add to it by hand from now on). Everything else in this folder is evidence's own.
 */
export { seedEvidence } from './demo/evidence';
export { listApplicationEvidence } from './services/evidence';
export type { EvidenceKindName, EvidenceSummary } from './services/evidence-kinds';
export { evidenceKindNames, evidenceKinds } from './services/evidence-kinds';
export type { LabelledLink } from './services/evidence-links';
export { labelLinks, listLinkOptions, resolveLinks } from './services/evidence-links';
