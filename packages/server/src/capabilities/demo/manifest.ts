import type { RouteManifest } from '../../platform/http/route-types';
import { demoRoutes } from './routes/demo';

/** demo's route modules, in the order they register (the API document lists paths in this order). */
export const manifest: RouteManifest = {
  name: 'demo',
  permissionArea: 'settings',
  routes: [demoRoutes],
};
