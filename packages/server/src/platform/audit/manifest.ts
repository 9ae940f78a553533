import type { RouteManifest } from '../http/route-types';
import { auditEventRoutes } from './routes';

/** platform-audit's route modules, in the order they register (the API document lists paths in this order). */
export const manifest: RouteManifest = {
  name: 'platform-audit',
  permissionArea: 'settings',
  routes: [auditEventRoutes],
};
