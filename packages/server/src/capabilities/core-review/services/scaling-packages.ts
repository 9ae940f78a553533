import { buildScalingCore, type ScalingPackageContent } from '@trellis/core';
import { and, desc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { selectRows } from '../../../platform/db/rows';
import type { Tx } from '../../../platform/db/types';
import { badRequest, notFound } from '../../../platform/http/problem';
import { getApplication } from '../../portfolio/index';
import { applications } from '../../portfolio/portfolio-schema';
import { coreElements, coreReviews, retrospectives, scalingPackages } from '../core-review-schema';
import { listElements, toReviewElement } from './core-elements';
import { getRetrospective, labelAnswers, lockApplication } from './retrospectives';

export type ScalingPackageRow = typeof scalingPackages.$inferSelect;

export interface LatestScalingPackage {
  package: ScalingPackageRow;
  /** True when no element was added, changed or removed since the package was generated. */
  current: boolean;
}

async function changeCount(tx: Tx, ctx: OrgContext, applicationId: string): Promise<number> {
  const [row] = await tx
    .select({ changeCount: coreReviews.changeCount })
    .from(coreReviews)
    .where(
      and(eq(coreReviews.organizationId, ctx.organizationId), eq(coreReviews.applicationId, applicationId)),
    );
  return row?.changeCount ?? 0;
}

/**
 * For expansion gates: the application's newest scaling package and whether it is newer than the last
 * element change ("core review done" = a package exists and `current`). Null when none was generated.
 */
export async function getLatestScalingPackage(
  tx: Tx,
  ctx: OrgContext,
  applicationId: string,
): Promise<LatestScalingPackage | null> {
  const [row] = await tx
    .select()
    .from(scalingPackages)
    .where(
      and(
        eq(scalingPackages.organizationId, ctx.organizationId),
        eq(scalingPackages.applicationId, applicationId),
      ),
    )
    .orderBy(desc(scalingPackages.version))
    .limit(1);
  if (!row) return null;
  return { package: row, current: row.elementChangeCount === (await changeCount(tx, ctx, applicationId)) };
}

export async function listScalingPackages(tx: Tx, ctx: OrgContext, applicationId: string) {
  await getApplication(tx, ctx, applicationId);
  return tx
    .select()
    .from(scalingPackages)
    .where(
      and(
        eq(scalingPackages.organizationId, ctx.organizationId),
        eq(scalingPackages.applicationId, applicationId),
      ),
    )
    .orderBy(desc(scalingPackages.version));
}

export async function getScalingPackage(tx: Tx, ctx: OrgContext, id: string): Promise<ScalingPackageRow> {
  const [row] = await tx
    .select()
    .from(scalingPackages)
    .where(and(eq(scalingPackages.organizationId, ctx.organizationId), eq(scalingPackages.id, id)));
  if (!row) throw notFound('The scaling package');
  return row;
}

/**
 * Snapshots the review as a new, immutable package version: the core (what carries forward, what must be
 * re-engineered, heroic hours to replace) and the newest retrospective. Every element must be placed.
 */
export async function generateScalingPackage(
  tx: Tx,
  ctx: OrgContext,
  applicationId: string,
  now: Date = new Date(),
): Promise<ScalingPackageRow> {
  await lockApplication(tx, ctx, applicationId);
  const application = await getApplication(tx, ctx, applicationId);
  const elements = await listElements(tx, ctx, applicationId);
  if (elements.length === 0) throw badRequest('Add the pilot’s elements and place them on the board first.');
  const core = buildScalingCore(elements.map(toReviewElement));
  if (core.unplaced.length)
    throw badRequest(
      `Place every element on the board first: ${core.unplaced.map((e) => e.name).join(', ')}.`,
      core.unplaced.map((e) => ({ path: `elements.${e.id}`, message: `${e.name} is not placed` })),
    );
  const retro = await getRetrospective(tx, ctx, applicationId);
  const [last] = await tx
    .select({ version: scalingPackages.version })
    .from(scalingPackages)
    .where(eq(scalingPackages.applicationId, applicationId))
    .orderBy(desc(scalingPackages.version))
    .limit(1);
  const version = (last?.version ?? 0) + 1;
  const content: ScalingPackageContent = {
    application: { id: application.id, name: application.name, stage: application.stage },
    version,
    generatedAt: now.toISOString(),
    generatedBy: ctx.actor.name,
    core,
    retrospective: retro ? { version: retro.version, answers: await labelAnswers(tx, ctx, retro) } : null,
  };
  const [row] = await tx
    .insert(scalingPackages)
    .values({
      organizationId: ctx.organizationId,
      applicationId,
      version,
      elementChangeCount: await changeCount(tx, ctx, applicationId),
      content,
      createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
      createdAt: now,
    })
    .returning();
  await recordAudit(tx, ctx, {
    action: 'scaling_package.generated',
    entityType: 'application',
    entityId: applicationId,
    after: {
      version,
      carryForward: core.carryForward.length,
      reengineer: core.reengineer.length,
      heroicHoursToReplace: core.heroicHoursToReplace,
    },
  });
  return row!;
}

export interface CoreReviewStatus {
  id: string;
  name: string;
  stage: string;
  elements: number;
  placed: number;
  retrospectiveVersion: number | null;
  packageVersion: number | null;
  packageAt: Date | null;
  packageCurrent: boolean;
}

/** Every application of the organization with how far its core review has come. */
export async function listCoreReviewStatus(tx: Tx, ctx: OrgContext): Promise<CoreReviewStatus[]> {
  const rows = await selectRows<{
    id: string;
    name: string;
    stage: string;
    elements: number;
    placed: number;
    retro: number | null;
    pkg_version: number | null;
    pkg_at: string | Date | null;
    pkg_count: number | null;
    change_count: number | null;
  }>(
    tx,
    sql`SELECT a.id, a.name, a.stage,
          (SELECT count(*)::int FROM ${coreElements} e WHERE e.application_id = a.id) AS elements,
          (SELECT count(*)::int FROM ${coreElements} e WHERE e.application_id = a.id
             AND e.value_position IS NOT NULL AND e.system_position IS NOT NULL) AS placed,
          (SELECT max(r.version) FROM ${retrospectives} r WHERE r.application_id = a.id) AS retro,
          p.version AS pkg_version, p.created_at AS pkg_at, p.element_change_count AS pkg_count,
          c.change_count
        FROM ${applications} a
        LEFT JOIN LATERAL (SELECT * FROM ${scalingPackages} s WHERE s.application_id = a.id
          ORDER BY s.version DESC LIMIT 1) p ON true
        LEFT JOIN ${coreReviews} c ON c.application_id = a.id
        WHERE a.organization_id = ${ctx.organizationId}
        ORDER BY lower(a.name), a.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    stage: r.stage,
    elements: r.elements,
    placed: r.placed,
    retrospectiveVersion: r.retro,
    packageVersion: r.pkg_version,
    packageAt: r.pkg_at === null ? null : new Date(r.pkg_at),
    packageCurrent: r.pkg_version !== null && r.pkg_count === (r.change_count ?? 0),
  }));
}
