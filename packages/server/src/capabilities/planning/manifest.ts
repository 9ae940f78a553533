import type { RouteManifest } from '../../platform/http/route-types';
import { planningRoutes } from './routes/planning';

/** planning's route modules, in the order they register (the API document lists paths in this order). */
export const manifest: RouteManifest = {
  name: 'planning',
  permissionArea: 'sequencing',
  routes: [planningRoutes],
};
