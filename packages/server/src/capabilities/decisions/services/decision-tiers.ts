import {
  type AutomationMode,
  automationModes,
  type DecisionType,
  matchesPattern,
  riskTierOf,
  type Tier,
} from '@trellis/core';
import { and, desc, eq } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { fieldError } from '../../../platform/http/problem';
import { orgUnits } from '../../capacity/capacity-schema';
import { applications } from '../../portfolio/portfolio-schema';
import { workflows } from '../../quality/quality-schema';
import { automationBoundaries, preapprovedPatterns } from '../decisions-schema';

/** How a decision request is classified: its risk tier from the application, and a pre-approved pattern. */

/** The most automated mode among an application's tasks (their newest boundary each), or null. */
async function mostAutomatedMode(tx: Tx, applicationId: string): Promise<AutomationMode | null> {
  const rows = await tx
    .select({ workflowId: automationBoundaries.workflowId, mode: automationBoundaries.mode })
    .from(automationBoundaries)
    .innerJoin(workflows, eq(workflows.id, automationBoundaries.workflowId))
    .where(eq(workflows.applicationId, applicationId))
    .orderBy(desc(automationBoundaries.createdAt));
  const latest = new Map<string, AutomationMode>();
  for (const r of rows) if (!latest.has(r.workflowId)) latest.set(r.workflowId, r.mode);
  const modes = [...latest.values()];
  return modes.length ? automationModes.find((m) => modes.includes(m))! : null;
}

/** Tier of a request from its application's attributes and the automation mode involved. */
export async function assessTier(
  tx: Tx,
  ctx: OrgContext,
  input: { decisionType: DecisionType; applicationId: string | null; payload: Record<string, unknown> },
) {
  const app = input.applicationId
    ? (
        await tx
          .select()
          .from(applications)
          .where(
            and(
              eq(applications.organizationId, ctx.organizationId),
              eq(applications.id, input.applicationId),
            ),
          )
      )[0]
    : undefined;
  if (input.applicationId && !app)
    throw fieldError('body.applicationId', 'No application with this id in the organization.');
  const requested = input.payload.mode;
  const automationMode =
    input.decisionType === 'change_automation_mode' && automationModes.includes(requested as AutomationMode)
      ? (requested as AutomationMode)
      : app
        ? await mostAutomatedMode(tx, app.id)
        : null;
  const assessed = riskTierOf({
    decisionType: input.decisionType,
    declaredTier: app?.riskTier ?? 'low',
    dataSensitivity: app?.dataSensitivity ?? 'internal',
    audience: app?.audience ?? 'internal',
    automationMode,
  });
  const application = app
    ? {
        id: app.id,
        name: app.name,
        stage: app.stage,
        riskTier: app.riskTier,
        dataSensitivity: app.dataSensitivity,
        audience: app.audience,
        version: app.version,
      }
    : null;
  return { ...assessed, application, automationMode };
}

/** The first pre-approved pattern the request matches, or null. */
export async function matchingPattern(
  tx: Tx,
  ctx: OrgContext,
  request: {
    decisionType: DecisionType;
    applicationId: string | null;
    orgUnitId: string | null;
    tier: Tier;
    payload: Record<string, unknown>;
  },
) {
  const patterns = await tx
    .select()
    .from(preapprovedPatterns)
    .where(
      and(
        eq(preapprovedPatterns.organizationId, ctx.organizationId),
        eq(preapprovedPatterns.decisionType, request.decisionType),
      ),
    );
  return patterns.find((p) => matchesPattern(p, request)) ?? null;
}

/** Refuses an org unit of another organization as a field error. */
export async function checkOrgUnit(tx: Tx, ctx: OrgContext, orgUnitId: string | null) {
  if (!orgUnitId) return;
  const [unit] = await tx
    .select({ id: orgUnits.id })
    .from(orgUnits)
    .where(and(eq(orgUnits.organizationId, ctx.organizationId), eq(orgUnits.id, orgUnitId)));
  if (!unit) throw fieldError('body.orgUnitId', 'No org unit with this id in the organization.');
}
