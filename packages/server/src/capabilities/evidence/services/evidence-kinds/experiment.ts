import { and, desc, eq, inArray } from 'drizzle-orm';
import { experiments } from '../../../learning/learning-schema';
import { type EvidenceKind, excerpt, uuids } from './types';

export const experimentEvidence: EvidenceKind = {
  label: 'Experiment',
  async resolve(tx, ctx, ids) {
    const valid = uuids(ids);
    if (!valid.length) return new Map();
    const rows = await tx
      .select()
      .from(experiments)
      .where(and(eq(experiments.organizationId, ctx.organizationId), inArray(experiments.id, valid)));
    return new Map(
      rows.map((e) => [
        e.id,
        {
          title: e.title,
          detail: e.result ? `Result: ${e.result}. ${excerpt(e.resultNote)}` : `Status: ${e.status}`,
          link: `/learning/experiments/${e.id}`,
          occurredAt: e.resultRecordedAt ?? e.createdAt,
        },
      ]),
    );
  },
  async options(tx, ctx) {
    const rows = await tx
      .select({ id: experiments.id, title: experiments.title, result: experiments.result })
      .from(experiments)
      .where(eq(experiments.organizationId, ctx.organizationId))
      .orderBy(desc(experiments.createdAt))
      .limit(100);
    return rows.map((e) => ({ id: e.id, label: `${e.title}${e.result ? ` (${e.result})` : ''}` }));
  },
};
