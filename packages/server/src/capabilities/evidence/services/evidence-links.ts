import { and, desc, eq } from 'drizzle-orm';
import type { OrgContext } from '../../../platform/auth/request-auth';
import { mapInOrder } from '../../../platform/db/in-order';
import type { Tx } from '../../../platform/db/types';
import { badRequest, type FieldError } from '../../../platform/http/problem';
import { coreElements, type EvidenceLink, scalingPackages } from '../../core-review/core-review-schema';
import { applications } from '../../portfolio/portfolio-schema';
import { qualityStandards, workflows } from '../../quality/quality-schema';

/**
 * The kinds of object a retrospective answer may cite as evidence. Each kind looks its object up in the
 * caller's organization and names it; a new kind (a metric, an experiment) is one more entry here.
 */
const linkKinds: Record<string, (tx: Tx, ctx: OrgContext, id: string) => Promise<string | null>> = {
  application: async (tx, ctx, id) => {
    const [row] = await tx
      .select({ name: applications.name })
      .from(applications)
      .where(and(eq(applications.organizationId, ctx.organizationId), eq(applications.id, id)));
    return row ? `Application ${row.name}` : null;
  },
  workflow: async (tx, ctx, id) => {
    const [row] = await tx
      .select({ name: workflows.name })
      .from(workflows)
      .where(and(eq(workflows.organizationId, ctx.organizationId), eq(workflows.id, id)));
    return row ? `Workflow ${row.name}` : null;
  },
  quality_standard: async (tx, ctx, id) => {
    const [row] = await tx
      .select({ version: qualityStandards.version, workflow: workflows.name })
      .from(qualityStandards)
      .innerJoin(workflows, eq(workflows.id, qualityStandards.workflowId))
      .where(and(eq(qualityStandards.organizationId, ctx.organizationId), eq(qualityStandards.id, id)));
    return row ? `Quality standard v${row.version} of ${row.workflow}` : null;
  },
  core_element: async (tx, ctx, id) => {
    const [row] = await tx
      .select({ name: coreElements.name })
      .from(coreElements)
      .where(and(eq(coreElements.organizationId, ctx.organizationId), eq(coreElements.id, id)));
    return row ? `Pilot element ${row.name}` : null;
  },
  scaling_package: async (tx, ctx, id) => {
    const [row] = await tx
      .select({ version: scalingPackages.version, name: applications.name })
      .from(scalingPackages)
      .innerJoin(applications, eq(applications.id, scalingPackages.applicationId))
      .where(and(eq(scalingPackages.organizationId, ctx.organizationId), eq(scalingPackages.id, id)));
    return row ? `Scaling package v${row.version} of ${row.name}` : null;
  },
};

export const evidenceLinkKinds = Object.keys(linkKinds);

export interface LabelledLink extends EvidenceLink {
  label: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function lookUp(tx: Tx, ctx: OrgContext, link: EvidenceLink): Promise<string | null> {
  const find = linkKinds[link.kind];
  if (!find || !UUID.test(link.id)) return null;
  return find(tx, ctx, link.id);
}

/**
 * Resolves links given at `path` (e.g. body.answers.conditions.links); a link of an unknown kind, or to an
 * object that is not in this organization, is a field error and nothing is stored.
 */
export async function resolveLinks(
  tx: Tx,
  ctx: OrgContext,
  groups: { path: string; links: EvidenceLink[] }[],
): Promise<LabelledLink[][]> {
  const errors: FieldError[] = [];
  const resolved: LabelledLink[][] = [];
  for (const group of groups) {
    const out: LabelledLink[] = [];
    for (const [i, link] of group.links.entries()) {
      if (!linkKinds[link.kind]) {
        errors.push({
          path: `${group.path}.${i}.kind`,
          message: `unknown kind; use one of ${evidenceLinkKinds.join(', ')}`,
        });
        continue;
      }
      const label = await lookUp(tx, ctx, link);
      if (label === null)
        errors.push({
          path: `${group.path}.${i}.id`,
          message: `no ${link.kind} with this id in your organization`,
        });
      else out.push({ kind: link.kind, id: link.id, label });
    }
    resolved.push(out);
  }
  if (errors.length) throw badRequest(errors[0]!.message, errors);
  return resolved;
}

/** Labels for stored links; an object deleted since is still listed, marked as gone. */
export async function labelLinks(tx: Tx, ctx: OrgContext, links: EvidenceLink[]): Promise<LabelledLink[]> {
  return mapInOrder(links, async (link) => ({
    ...link,
    label: (await lookUp(tx, ctx, link)) ?? `Deleted ${link.kind}`,
  }));
}

/** What an application's retrospective can cite: the organization's workflows and standards, the review's own objects. */
export async function listLinkOptions(
  tx: Tx,
  ctx: OrgContext,
  applicationId: string,
): Promise<LabelledLink[]> {
  const flows = await tx
    .select({ id: workflows.id, name: workflows.name })
    .from(workflows)
    .where(eq(workflows.organizationId, ctx.organizationId))
    .orderBy(desc(workflows.createdAt))
    .limit(100);
  const standards = await tx
    .select({ id: qualityStandards.id, version: qualityStandards.version, workflow: workflows.name })
    .from(qualityStandards)
    .innerJoin(workflows, eq(workflows.id, qualityStandards.workflowId))
    .where(eq(qualityStandards.organizationId, ctx.organizationId))
    .orderBy(workflows.name, desc(qualityStandards.version))
    .limit(200);
  const packages = await tx
    .select({ id: scalingPackages.id, version: scalingPackages.version })
    .from(scalingPackages)
    .where(
      and(
        eq(scalingPackages.organizationId, ctx.organizationId),
        eq(scalingPackages.applicationId, applicationId),
      ),
    )
    .orderBy(desc(scalingPackages.version));
  const elements = await tx
    .select({ id: coreElements.id, name: coreElements.name })
    .from(coreElements)
    .where(
      and(eq(coreElements.organizationId, ctx.organizationId), eq(coreElements.applicationId, applicationId)),
    )
    .orderBy(coreElements.createdAt);
  return [
    ...flows.map((w) => ({ kind: 'workflow', id: w.id, label: `Workflow ${w.name}` })),
    ...standards.map((s) => ({
      kind: 'quality_standard',
      id: s.id,
      label: `Quality standard v${s.version} of ${s.workflow}`,
    })),
    ...elements.map((e) => ({ kind: 'core_element', id: e.id, label: `Pilot element ${e.name}` })),
    ...packages.map((p) => ({ kind: 'scaling_package', id: p.id, label: `Scaling package v${p.version}` })),
  ];
}
