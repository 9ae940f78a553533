/**
 * quality: what other capabilities may import (generated from their imports at the capability move, commit 2a5197b;
 * add to it by hand from now on). Everything else in this folder is quality's own.
 */
export { needsAnalysis, quizItem, stakeholderUpdate } from './demo/content';
export { judgeInRound, promoteToGold, startRound } from './services/calibration';
export type { OutputInput } from './services/outputs';
export { ingestOutputs } from './services/outputs';
export { qualityTotals, summarizeQuality } from './services/quality-summary';
export { readDailySums } from './services/quality-sums';
export { claimNext, submitReview } from './services/reviews';
export type { StandardInput } from './services/workflows';
export {
  createStandardVersion,
  createWorkflow,
  getWorkflow,
  listApplicationWorkflows,
  setWorkflowApplication,
} from './services/workflows';
