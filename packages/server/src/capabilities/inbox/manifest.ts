import type { RouteManifest } from '../../platform/http/route-types';
import { notificationRoutes } from './routes/notifications';

/** inbox's route modules, in the order they register (the API document lists paths in this order). */
export const manifest: RouteManifest = {
  name: 'inbox',
  permissionArea: 'settings',
  routes: [notificationRoutes],
};
