import type { RouteManifest } from '../http/route-types';
import { webhookRoutes } from './routes';

/** platform-webhooks's route modules, in the order they register (the API document lists paths in this order). */
export const manifest: RouteManifest = {
  name: 'platform-webhooks',
  permissionArea: 'settings',
  routes: [webhookRoutes],
};
