/**
 * capacity: what other capabilities may import (generated from their imports at the capability move, commit 2a5197b;
 * add to it by hand from now on). Everything else in this folder is capacity's own.
 */
export { seedCapacity } from './demo/capacity';
export { checkUnitSaturation, computeUnitHeatmap, monthsFrom } from './services/capacity';
export { createChangeImpacts } from './services/change-impacts';
export { getOrgUnit, listAllOrgUnits, subtreeIds, unitMemberIds } from './services/org-units';
export {
  answerPulse,
  closedRoundSummaries,
  closePulseRound,
  createPulseSurvey,
  inboxPulseTokens,
  startPulseRound,
} from './services/pulse';
