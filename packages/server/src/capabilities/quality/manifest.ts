import type { RouteManifest } from '../../platform/http/route-types';
import { calibrationRoutes } from './routes/calibration';
import { judgeAgreementRoutes } from './routes/judge-agreement';
import { otlpRoutes } from './routes/otlp';
import { outputRoutes } from './routes/outputs';
import { qualityRoutes } from './routes/quality';
import { reviewRoutes } from './routes/reviews';
import { workflowRoutes } from './routes/workflows';

/** quality's route modules, in the order they register (the API document lists paths in this order). */
export const manifest: RouteManifest = {
  name: 'quality',
  permissionArea: 'quality',
  routes: [
    workflowRoutes,
    outputRoutes,
    reviewRoutes,
    qualityRoutes,
    calibrationRoutes,
    judgeAgreementRoutes,
    otlpRoutes,
  ],
};
