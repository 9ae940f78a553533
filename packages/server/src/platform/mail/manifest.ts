import type { RouteManifest } from '../http/route-types';
import { mailRoutes } from './routes';

/** platform-mail's route modules: e-mail preferences, one-click unsubscribe, the admin delivery log. */
export const manifest: RouteManifest = {
  name: 'platform-mail',
  permissionArea: 'settings',
  routes: [mailRoutes],
};
