import type { RouteManifest } from '../../platform/http/route-types';
import { evidenceRoutes } from './routes/evidence';
import { measurementRoutes } from './routes/measurements';

/** evidence's route modules, in the order they register (the API document lists paths in this order). */
export const manifest: RouteManifest = {
  name: 'evidence',
  permissionArea: 'evidence',
  routes: [evidenceRoutes, measurementRoutes],
};
