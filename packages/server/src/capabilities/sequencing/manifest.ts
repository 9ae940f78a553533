import type { RouteManifest } from '../../platform/http/route-types';
import { sequencingRoutes } from './routes/sequencing';

/** sequencing's route modules, in the order they register (the API document lists paths in this order). */
export const manifest: RouteManifest = {
  name: 'sequencing',
  permissionArea: 'sequencing',
  routes: [sequencingRoutes],
};
