import type { RouteManifest } from '../http/route-types';
import { healthRoutes } from './health';

/** platform-observability's route modules, in the order they register (the API document lists paths in this order). */
export const manifest: RouteManifest = {
  name: 'platform-observability',
  routes: [healthRoutes],
};
