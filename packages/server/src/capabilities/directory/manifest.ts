import type { RouteManifest } from '../../platform/http/route-types';
import { directoryRoutes } from './routes/directory';
import { scimRoutes } from './routes/scim';

/** directory's route modules: the admin API under /api/v1/directory and SCIM 2.0 under /scim/v2. */
export const manifest: RouteManifest = {
  name: 'directory',
  permissionArea: 'settings',
  routes: [directoryRoutes, scimRoutes],
};
