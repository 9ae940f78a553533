import type { RouteManifest } from '../../platform/http/route-types';
import { coreReviewRoutes } from './routes/core-review';
import { readinessRoutes } from './routes/readiness';
import { retrospectiveRoutes } from './routes/retrospectives';

/** core-review's route modules, in the order they register (the API document lists paths in this order). */
export const manifest: RouteManifest = {
  name: 'core-review',
  permissionArea: 'core_review',
  routes: [retrospectiveRoutes, coreReviewRoutes, readinessRoutes],
};
