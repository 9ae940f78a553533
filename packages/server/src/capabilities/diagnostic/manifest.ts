import type { RouteManifest } from '../../platform/http/route-types';
import { diagnosticRoutes } from './routes/diagnostic';

/** diagnostic's route modules, in the order they register (the API document lists paths in this order). */
export const manifest: RouteManifest = {
  name: 'diagnostic',
  permissionArea: 'diagnostic',
  routes: [diagnosticRoutes],
};
