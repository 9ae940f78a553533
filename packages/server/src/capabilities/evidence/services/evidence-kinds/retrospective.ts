import { retrospectiveQuestions } from '@trellis/core';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { retrospectives } from '../../../core-review/core-review-schema';
import { applications } from '../../../portfolio/portfolio-schema';
import { type EvidenceKind, excerpt, uuids } from './types';

/** One saved version of an application's pilot retrospective (core review). */
export const retrospectiveEvidence: EvidenceKind = {
  label: 'Retrospective',
  async resolve(tx, ctx, ids) {
    const valid = uuids(ids);
    if (!valid.length) return new Map();
    const rows = await tx
      .select({ retro: retrospectives, applicationName: applications.name })
      .from(retrospectives)
      .innerJoin(applications, eq(applications.id, retrospectives.applicationId))
      .where(and(eq(retrospectives.organizationId, ctx.organizationId), inArray(retrospectives.id, valid)));
    return new Map(
      rows.map(({ retro, applicationName }) => {
        const answered = retrospectiveQuestions
          .map(({ key }) => retro.answers[key]?.text.trim() ?? '')
          .filter(Boolean);
        return [
          retro.id,
          {
            title: `Retrospective of ${applicationName}, version ${retro.version}`,
            detail: answered.length ? excerpt(answered.join(' · ')) : 'No answers written.',
            link: `/portfolio/${retro.applicationId}/retrospective`,
            occurredAt: retro.createdAt,
          },
        ];
      }),
    );
  },
  async options(tx, ctx) {
    const rows = await tx
      .select({
        id: retrospectives.id,
        applicationId: retrospectives.applicationId,
        version: retrospectives.version,
        applicationName: applications.name,
      })
      .from(retrospectives)
      .innerJoin(applications, eq(applications.id, retrospectives.applicationId))
      .where(eq(retrospectives.organizationId, ctx.organizationId))
      .orderBy(desc(retrospectives.createdAt))
      .limit(200);
    // The newest version of each application's retrospective.
    const seen = new Set<string>();
    return rows
      .filter((r) => !seen.has(r.applicationId) && seen.add(r.applicationId))
      .map((r) => ({ id: r.id, label: `${r.applicationName} — retrospective, version ${r.version}` }));
  },
};
