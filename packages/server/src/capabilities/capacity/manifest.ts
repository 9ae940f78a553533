import type { RouteManifest } from '../../platform/http/route-types';
import { capacityRoutes } from './routes/capacity';
import { changeNoteRoutes } from './routes/change-notes';
import { orgUnitRoutes } from './routes/org-units';
import { pulseRoutes } from './routes/pulse';

/** capacity's route modules, in the order they register (the API document lists paths in this order). */
export const manifest: RouteManifest = {
  name: 'capacity',
  permissionArea: 'capacity',
  routes: [orgUnitRoutes, capacityRoutes, pulseRoutes, changeNoteRoutes],
};
