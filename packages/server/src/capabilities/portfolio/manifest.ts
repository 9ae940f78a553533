import type { RouteManifest } from '../../platform/http/route-types';
import { applicationTransferRoutes } from './routes/application-transfer';
import { applicationRoutes } from './routes/applications';
import { portfolioSettingsRoutes } from './routes/portfolio-settings';

/** portfolio's route modules, in the order they register (the API document lists paths in this order). */
export const manifest: RouteManifest = {
  name: 'portfolio',
  permissionArea: 'portfolio',
  routes: [applicationRoutes, applicationTransferRoutes, portfolioSettingsRoutes],
};
