import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseDigest, expectProblem } from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import type { Answers } from '../../core-review/services/retrospectives';
import { saveRetrospective } from '../../core-review/services/retrospectives';
import { call, createTestApplication, type InsightDetail, systemCtx } from '../test/learning';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
interface Options {
  kinds: { kind: string; label: string; options: { id: string; label: string }[] }[];
}

const answers = (collaboration: string): Answers => ({
  collaboration: { text: collaboration, links: [] },
  conditions: { text: 'A protected hour a week for the pilot team.', links: [] },
  sustainable: { text: '', links: [] },
  evolve: { text: '', links: [] },
});

describe.each(testEngines())('insights cite retrospectives on %s', (engine) => {
  let t: TestApp;
  let owner: TestPerson;
  let contributor: TestPerson;
  let stranger: TestPerson;
  let appId: string;
  let firstVersion: string;
  let secondVersion: string;
  let foreignRetro: string;

  const save = (person: TestPerson, applicationId: string, baseVersion: number, text: string) =>
    t.db.tenant(person.organizationId, (tx) =>
      saveRetrospective(tx, systemCtx(person.organizationId), applicationId, {
        baseVersion,
        answers: answers(text),
      }),
    );

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db);
    contributor = await createMember(t.db, owner.organizationId, 'contributor');
    stranger = await createOrganizationWithOwner(t.db);
    appId = (await createTestApplication(t.db, owner, 'Needs-analysis assistant', { stage: 'pilot' })).id;
    firstVersion = (await save(owner, appId, 0, 'Consultants and the L&D lead met weekly.')).id;
    secondVersion = (await save(owner, appId, 1, 'Consultants met weekly; the lead joined monthly.')).id;
    const theirApp = await createTestApplication(t.db, stranger, 'Their pilot');
    foreignRetro = (await save(stranger, theirApp.id, 0, 'Not yours to cite.')).id;
  });
  afterAll(() => t.close());

  it('offers the newest retrospective of each application of the organization only', async () => {
    const options = await call<Options>(t, contributor, 'GET', '/api/v1/learning/evidence-options');
    expect(options.kinds.map((k) => k.kind)).toEqual([
      'experiment',
      'review_finding',
      'retrospective',
      'gate_decision',
    ]);
    const retro = options.kinds.find((k) => k.kind === 'retrospective')!;
    expect(retro).toEqual({
      kind: 'retrospective',
      label: 'Retrospective',
      options: [{ id: secondVersion, label: 'Needs-analysis assistant — retrospective, version 2' }],
    });
  });

  it('makes the newest retrospective findable by learning search, linked to the retrospective page', async () => {
    const found = await call<{ items: { kind: string; entityId: string; link: string }[] }>(
      t,
      contributor,
      'GET',
      '/api/v1/search?q=lead%20joined%20monthly',
    );
    expect(found.items).toEqual([
      expect.objectContaining({
        kind: 'retrospective',
        entityId: appId,
        link: `/portfolio/${appId}/retrospective`,
      }),
    ]);
    const old = await call<{ items: unknown[] }>(
      t,
      contributor,
      'GET',
      '/api/v1/search?q=%22L%26D%20lead%22',
    );
    expect(old.items).toEqual([]);
    const theirs = await call<{ items: unknown[] }>(t, contributor, 'GET', '/api/v1/search?q=yours%20cite');
    expect(theirs.items).toEqual([]);
  });

  it('puts a cited version on the evidence trail, with its answers and a link to the retrospective', async () => {
    const insight = await call<InsightDetail>(t, contributor, 'POST', '/api/v1/insights', {
      statement: 'Weekly check-ins keep a pilot team together',
      evidence: [{ kind: 'retrospective', entityId: firstVersion, stance: 'supporting' }],
    });
    expect(insight.evidence).toEqual([
      expect.objectContaining({
        kind: 'retrospective',
        entityId: firstVersion,
        title: 'Retrospective of Needs-analysis assistant, version 1',
        detail: 'Consultants and the L&D lead met weekly. · A protected hour a week for the pilot team.',
        link: `/portfolio/${appId}/retrospective`,
      }),
    ]);
    const more = await call<InsightDetail>(
      t,
      contributor,
      'POST',
      `/api/v1/insights/${insight.id}/evidence`,
      {
        kind: 'retrospective',
        entityId: secondVersion,
        stance: 'contradicting',
      },
    );
    expect(more.evidence.map((e) => e.title)).toEqual([
      'Retrospective of Needs-analysis assistant, version 1',
      'Retrospective of Needs-analysis assistant, version 2',
    ]);
  });

  it('refuses another organization’s retrospective and ids that are no retrospective, changing nothing', async () => {
    const insight = await call<InsightDetail>(t, contributor, 'POST', '/api/v1/insights', {
      statement: 'Something else',
    });
    const before = await databaseDigest(t.db);
    for (const entityId of [foreignRetro, 'not-a-uuid', appId]) {
      expectProblem(
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/insights',
          headers: contributor.headers,
          payload: {
            statement: 'Fine',
            evidence: [{ kind: 'retrospective', entityId, stance: 'supporting' }],
          },
        }),
        400,
        'body.evidence.0.entityId',
      );
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/insights/${insight.id}/evidence`,
        headers: contributor.headers,
        payload: { kind: 'retrospective', entityId, stance: 'supporting' },
      });
      expect(expectProblem(res, 400, 'body.entityId').errors?.[0]?.message).toMatch(
        /No retrospective with this id in the organization/,
      );
    }
    expect(await databaseDigest(t.db)).toEqual(before);
  });
});
