import type { RouteManifest } from '../../platform/http/route-types';
import { experimentRoutes } from './routes/experiments';
import { ideaRoutes } from './routes/ideas';
import { insightRoutes } from './routes/insights';
import { learningRoutes } from './routes/learning';
import { learningMailRoutes } from './routes/learning-mail';

/** learning's route modules, in the order they register (the API document lists paths in this order). */
export const manifest: RouteManifest = {
  name: 'learning',
  permissionArea: 'learning',
  routes: [experimentRoutes, insightRoutes, ideaRoutes, learningRoutes, learningMailRoutes],
};
