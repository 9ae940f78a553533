import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgContext } from '../../../platform/auth/request-auth';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
} from '../../../test/harness';
import { computeUnitHeatmap, unitAbsorption } from '../services/capacity';
import { listChangeNotes } from '../services/change-notes';
import { pulseResults } from '../services/pulse';
import { seedCapacity } from './capacity';

describe('the demo’s change capacity', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('seeds three teams, one red next month, a shown pulse round and an acknowledged-rate note', async () => {
    const owner = await createOrganizationWithOwner(t.db);
    // Five people in Course design: each answers the pulse through the link in their own inbox.
    const members: TestPerson[] = [];
    for (let i = 0; i < 4; i++) members.push(await createMember(t.db, owner.organizationId, 'contributor'));
    const ctx: OrgContext = {
      organizationId: owner.organizationId,
      role: 'owner',
      actor: { type: 'user', id: owner.userId, name: 'Owner' },
      requestId: 'demo',
    };
    const now = new Date(Date.UTC(2027, 2, 15));
    const seeded = await t.db.tenant(ctx.organizationId, (tx) =>
      seedCapacity(tx, ctx, { memberIds: [owner.userId, ...members.map((m) => m.userId)], now }),
    );
    const design = seeded.teams[0]!;
    await t.db.tenant(ctx.organizationId, async (tx) => {
      const heatmap = await computeUnitHeatmap(tx, ctx, ['2027-03', '2027-04', '2027-05']);
      const row = heatmap.rows.find((r) => r.unitId === design.id)!;
      // 60 of 80, then 60 + 30 = 90 of 80 (red), then 60.
      expect(row.cells.map((c) => [c.load, c.status])).toEqual([
        [60, 'green'],
        [90, 'red'],
        [60, 'green'],
      ]);
      const results = await pulseResults(tx, ctx, seeded.survey.id, {});
      expect(results.rounds).toHaveLength(1);
      expect(results.rounds[0]!.aggregate).toMatchObject({ suppressed: false, respondents: 5 });
      const absorption = await unitAbsorption(tx, ctx, design.id, ['2027-04']);
      expect(absorption[0]!.factors.map((f) => f.factor)).toEqual(['headroom', 'pulse']);
      const notes = await listChangeNotes(tx, ctx, {});
      expect(notes.map((n) => [n.note.title, n.recipients, n.acknowledged])).toEqual([
        ['Quiz items now start from an AI draft', 5, 0],
      ]);
    });
  });
});
