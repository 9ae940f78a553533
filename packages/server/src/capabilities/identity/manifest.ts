import type { RouteManifest } from '../../platform/http/route-types';
import { apiTokenRoutes } from './routes/api-tokens';
import { authRoutes } from './routes/auth';
import { invitationRoutes } from './routes/invitations';
import { memberRoutes } from './routes/members';
import { organizationRoutes } from './routes/organizations';
import { roleRoutes } from './routes/roles';
import { setupRoutes } from './routes/setup';
import { ssoRoutes } from './routes/sso';

/** identity's route modules, in the order they register (the API document lists paths in this order). */
export const manifest: RouteManifest = {
  name: 'identity',
  permissionArea: 'settings',
  routes: [
    setupRoutes,
    authRoutes,
    ssoRoutes,
    organizationRoutes,
    memberRoutes,
    roleRoutes,
    invitationRoutes,
    apiTokenRoutes,
  ],
};
