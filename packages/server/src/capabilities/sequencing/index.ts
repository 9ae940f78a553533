/**
 * sequencing: what other capabilities may import (generated from their imports at the capability move, commit 2a5197b;
 * add to it by hand from now on). Everything else in this folder is sequencing's own.
 */
export { seedSequencing } from './demo/sequencing';
export { getPlan, listPlanIds } from './services/expansion-plans';
export { evaluateGate } from './services/gates';
