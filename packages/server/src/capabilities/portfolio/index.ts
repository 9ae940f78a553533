/**
 * portfolio: what other capabilities may import (generated from their imports at the capability move, commit 2a5197b;
 * add to it by hand from now on). Everything else in this folder is portfolio's own.
 */
export { demoApplication } from './demo/applications';
export { seedPortfolio } from './demo/portfolio';
export { nextStagesOf, transitionApplication } from './services/application-stages';
export type { ApplicationRow } from './services/applications';
export { createApplication, getApplication } from './services/applications';
