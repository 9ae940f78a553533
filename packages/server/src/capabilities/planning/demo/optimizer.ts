import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Database } from '../../../platform/db/types';
import { runPlanning } from '../services/planning-runs';

/**
 * Runs the next-step optimizer once for the demo organization, through the same service as the API, so the
 * optimizer page, the roadmap and the executive page's recommendation have a run to show. Call it after the
 * sequencing seed has created the expansion plans (with no plans the run is stored with nothing to schedule).
 * The horizon starts in the month of `now`; 12 months, 1 % a month, k = 3, 5 s.
 */
export async function seedOptimizer(db: Database, ctx: OrgContext, now = new Date()) {
  return runPlanning(
    db,
    ctx,
    {
      startMonth: now.toISOString().slice(0, 7),
      horizonMonths: 12,
      discountRate: 0.01,
      maxConcurrent: 3,
      timeLimitSeconds: 5,
      weights: { confidence: 1 },
      whatIf: {},
    },
    now,
  );
}
