import type { RouteManifest } from '../../platform/http/route-types';
import { automationBoundaryRoutes } from './routes/automation-boundaries';
import { decisionGovernanceRoutes } from './routes/decision-governance';
import { decisionRequestRoutes } from './routes/decision-requests';
import { decisionRubricRoutes } from './routes/decision-rubrics';
import { evaluationRoutes } from './routes/evaluations';

/** decisions's route modules, in the order they register (the API document lists paths in this order). */
export const manifest: RouteManifest = {
  name: 'decisions',
  permissionArea: 'decisions',
  routes: [
    decisionRubricRoutes,
    evaluationRoutes,
    automationBoundaryRoutes,
    decisionRequestRoutes,
    decisionGovernanceRoutes,
  ],
};
