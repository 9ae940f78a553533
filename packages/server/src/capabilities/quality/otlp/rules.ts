import { and, asc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../../../platform/audit/audit';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Tx } from '../../../platform/db/types';
import { fieldError } from '../../../platform/http/problem';
import { otlpRoutingRules, workflows } from '../quality-schema';
import type { Attributes, AttributeValue, OtlpSpan } from './decode';

export interface RoutingRule {
  workflowId: string;
  serviceName: string | null;
  spanName: string | null;
  attributeKey: string | null;
  attributeValue: string | null;
}

type RuleRow = typeof otlpRoutingRules.$inferSelect;

export async function listRoutingRules(tx: Tx, ctx: OrgContext): Promise<RuleRow[]> {
  return tx
    .select()
    .from(otlpRoutingRules)
    .where(eq(otlpRoutingRules.organizationId, ctx.organizationId))
    .orderBy(asc(otlpRoutingRules.position));
}

const present = (r: RuleRow | RoutingRule): RoutingRule => ({
  workflowId: r.workflowId,
  serviceName: r.serviceName,
  spanName: r.spanName,
  attributeKey: r.attributeKey,
  attributeValue: r.attributeValue,
});

/** Replaces the organization's rules with these, in this order; each must name one of its workflows. */
export async function replaceRoutingRules(tx: Tx, ctx: OrgContext, rules: RoutingRule[]): Promise<RuleRow[]> {
  const ids = [...new Set(rules.map((r) => r.workflowId))];
  const known = ids.length
    ? await tx
        .select({ id: workflows.id })
        .from(workflows)
        .where(and(eq(workflows.organizationId, ctx.organizationId), inArray(workflows.id, ids)))
        .then((rows) => new Set(rows.map((r) => r.id)))
    : new Set<string>();
  for (const [index, rule] of rules.entries()) {
    if (!known.has(rule.workflowId))
      throw fieldError(`body.rules.${index}.workflowId`, 'No workflow of the organization has this id.');
    if ((rule.attributeKey === null) !== (rule.attributeValue === null))
      throw fieldError(
        `body.rules.${index}.attributeValue`,
        'Give an attribute key and its value, or neither.',
      );
  }
  const before = await listRoutingRules(tx, ctx);
  await tx.delete(otlpRoutingRules).where(eq(otlpRoutingRules.organizationId, ctx.organizationId));
  const rows = rules.length
    ? await tx
        .insert(otlpRoutingRules)
        .values(rules.map((r, position) => ({ ...r, organizationId: ctx.organizationId, position })))
        .returning()
    : [];
  await recordAudit(tx, ctx, {
    action: 'otlp_rules.updated',
    entityType: 'otlp_routing_rules',
    entityId: ctx.organizationId,
    before: { rules: before.map(present) },
    after: { rules: rows.map(present) },
  });
  return rows.sort((a, b) => a.position - b.position);
}

/** `*` any run of characters, `?` one; everything else literal. */
function globToRegExp(glob: string): RegExp {
  const escaped = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replaceAll('*', '.*')
    .replaceAll('?', '.');
  return new RegExp(`^${escaped}$`, 's');
}

const asText = (value: AttributeValue | undefined) =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;

/** A matcher over the rules in order: the workflow of the first rule that takes a span, or null. */
export function compileRules(rules: RoutingRule[]) {
  const compiled = rules.map((rule) => ({
    rule,
    spanName: rule.spanName ? globToRegExp(rule.spanName) : null,
  }));
  return (span: OtlpSpan, resource: Attributes): string | null => {
    const service = asText(resource['service.name']);
    for (const { rule, spanName } of compiled) {
      if (rule.serviceName !== null && rule.serviceName !== service) continue;
      if (spanName && !spanName.test(span.name)) continue;
      if (rule.attributeKey !== null) {
        const value = asText(span.attributes[rule.attributeKey] ?? resource[rule.attributeKey]);
        if (value !== rule.attributeValue) continue;
      }
      return rule.workflowId;
    }
    return null;
  };
}
