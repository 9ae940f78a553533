/**
 * decisions: what other capabilities may import (generated from their imports at the capability move, commit 2a5197b;
 * add to it by hand from now on). Everything else in this folder is decisions's own.
 */
export { seedDecisions } from './demo/decisions';
export { listApplicationTasks } from './services/automation-boundaries';
export { decisionMetrics } from './services/decision-log';
export type { RequestRow } from './services/decision-requests';
export { decideDecisionRequest, getRequestRow, submitDecisionRequest } from './services/decision-requests';
export { rightsFor } from './services/decision-rights';
