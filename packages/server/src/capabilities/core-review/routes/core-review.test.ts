import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Role } from '../../../platform/auth/roles';
import type { Database } from '../../../platform/db/types';
import { auditEventsOf, databaseDigest, expectJson, expectProblem } from '../../../test/api';
import {
  createMember,
  createOrganizationWithOwner,
  createTestApp,
  type TestPerson,
  testEngines,
} from '../../../test/harness';
import { createApplication } from '../../portfolio/services/applications';
import { seedCoreReview } from '../demo/core-review';
import { getLatestScalingPackage } from '../services/scaling-packages';
import {
  CoreElement,
  DimensionReadiness,
  Retrospective,
  RetrospectiveState,
  ScalingPackage,
} from './core-review-schemas';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

const systemCtx = (organizationId: string) => ({
  organizationId,
  role: 'owner' as Role,
  actor: { type: 'system' as const, id: null, name: 'test' },
  requestId: 'test',
});

async function newApplication(db: Database, organizationId: string, name = 'Content drafting') {
  const app = await db.tenant(organizationId, (tx) =>
    createApplication(tx, systemCtx(organizationId), { name, stage: 'pilot' }),
  );
  return app.id;
}

const answers = (text: string, links: { kind: string; id: string }[] = []) => ({
  collaboration: { text: `${text}: reviewers edit, not write`, links },
  conditions: { text: 'A dedicated SME', links: [] },
  sustainable: { text: 'The prompt library', links: [] },
  evolve: { text: 'Review load must fall', links: [] },
});

describe.each(testEngines())('pilot retrospective and sustainable-core review on %s', (engine) => {
  let t: TestApp;
  let owner: TestPerson;
  let viewer: TestPerson;
  let other: TestPerson;
  let applicationId: string;
  let workflowId: string;
  let otherWorkflowId: string;
  const elementIds: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(engine);
    owner = await createOrganizationWithOwner(t.db);
    viewer = await createMember(t.db, owner.organizationId, 'viewer');
    other = await createOrganizationWithOwner(t.db);
    applicationId = await newApplication(t.db, owner.organizationId);
    const wf = async (person: TestPerson) =>
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/workflows',
          headers: person.headers,
          payload: { name: 'Draft modules' },
        })
      ).json().id as string;
    workflowId = await wf(owner);
    otherWorkflowId = await wf(other);
  });
  afterAll(async () => t?.close());

  const call = (
    person: TestPerson,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT',
    url: string,
    payload?: object,
  ) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: person.headers, ...(payload ? { payload } : {}) });

  it('saves the retrospective as versions with labelled evidence links; earlier versions stay readable', async () => {
    const empty = expectJson(
      await call(owner, 'GET', `/applications/${applicationId}/retrospective`),
      200,
      RetrospectiveState,
    );
    expect(empty.current).toBeNull();
    expect(empty.questions.map((q) => q.key)).toEqual([
      'collaboration',
      'conditions',
      'sustainable',
      'evolve',
    ]);

    const v1 = expectJson(
      await call(owner, 'POST', `/applications/${applicationId}/retrospective/versions`, {
        baseVersion: 0,
        answers: answers('First', [{ kind: 'workflow', id: workflowId }]),
      }),
      201,
      Retrospective,
    );
    expect(v1.version).toBe(1);
    expect(v1.answers.collaboration.links).toEqual([
      { kind: 'workflow', id: workflowId, label: 'Workflow Draft modules' },
    ]);
    const v2 = expectJson(
      await call(owner, 'POST', `/applications/${applicationId}/retrospective/versions`, {
        baseVersion: 1,
        answers: answers('Second'),
      }),
      201,
      Retrospective,
    );
    expect(v2.version).toBe(2);
    const state = expectJson(
      await call(viewer, 'GET', `/applications/${applicationId}/retrospective`),
      200,
      RetrospectiveState,
    );
    expect(state.current?.answers.collaboration.text).toBe('Second: reviewers edit, not write');
    expect(state.versions.map((v) => v.version)).toEqual([2, 1]);
    const old = expectJson(
      await call(viewer, 'GET', `/applications/${applicationId}/retrospective/versions/1`),
      200,
      Retrospective,
    );
    expect(old.answers.collaboration.text).toBe('First: reviewers edit, not write');
    expectProblem(await call(viewer, 'GET', `/applications/${applicationId}/retrospective/versions/3`), 404);
    const audit = await auditEventsOf(t.db, owner.organizationId);
    expect(audit.filter((e) => e.action === 'retrospective.saved').map((e) => e.after?.version)).toEqual([
      1, 2,
    ]);
  });

  it('refuses a stale save, another organization’s evidence, an unknown link kind and a viewer, changing nothing', async () => {
    const before = await databaseDigest(t.db);
    const stale = expectProblem(
      await call(owner, 'POST', `/applications/${applicationId}/retrospective/versions`, {
        baseVersion: 1,
        answers: answers('Late'),
      }),
      409,
    );
    expect(stale.detail).toMatch(/version 2/);
    expectProblem(
      await call(owner, 'POST', `/applications/${applicationId}/retrospective/versions`, {
        baseVersion: 2,
        answers: answers('Foreign', [{ kind: 'workflow', id: otherWorkflowId }]),
      }),
      400,
      'body.answers.collaboration.links.0.id',
    );
    expectProblem(
      await call(owner, 'POST', `/applications/${applicationId}/retrospective/versions`, {
        baseVersion: 2,
        answers: answers('Odd', [{ kind: 'rumour', id: workflowId }]),
      }),
      400,
      'body.answers.collaboration.links.0.kind',
    );
    expectProblem(
      await call(viewer, 'POST', `/applications/${applicationId}/retrospective/versions`, {
        baseVersion: 2,
        answers: answers('Viewer'),
      }),
      403,
    );
    expectProblem(
      await call(other, 'POST', `/applications/${applicationId}/retrospective/versions`, {
        baseVersion: 2,
        answers: answers('Other'),
      }),
      404,
    );
    expect(await databaseDigest(t.db)).toEqual(before);
  });

  it('refuses an element off the board or with negative hours, changing nothing', async () => {
    const before = await databaseDigest(t.db);
    const url = `/applications/${applicationId}/core-elements`;
    expectProblem(
      await call(owner, 'POST', url, { kind: 'practice', name: 'X', position: { value: 1.2, system: 0 } }),
      400,
      'body.position.value',
    );
    expectProblem(
      await call(owner, 'POST', url, { kind: 'practice', name: 'X', position: { value: 0, system: -1.01 } }),
      400,
      'body.position.system',
    );
    expectProblem(
      await call(owner, 'POST', url, { kind: 'practice', name: 'X', hiddenHoursPerWeek: -2 }),
      400,
      'body.hiddenHoursPerWeek',
    );
    expectProblem(await call(owner, 'POST', url, { kind: 'habit', name: 'X' }), 400, 'body.kind');
    expectProblem(await call(other, 'POST', url, { kind: 'practice', name: 'X' }), 404);
    expect(await databaseDigest(t.db)).toEqual(before);
  });

  it('places elements, gives each its recommendation, and refuses a package while one is unplaced', async () => {
    const add = async (body: object) => {
      const el = expectJson(
        await call(owner, 'POST', `/applications/${applicationId}/core-elements`, body),
        201,
        CoreElement,
      );
      elementIds[el.name] = el.id;
      return el;
    };
    const sme = await add({
      kind: 'workflow_step',
      name: 'SME reviews every module',
      position: { value: 0.8, system: -0.7 },
      hiddenHoursPerWeek: 6,
      carriedBy: 'Subject-matter expert',
    });
    expect(sme.recommendation).toBe('systematize_first');
    expect(
      (
        await add({
          kind: 'tool',
          name: 'Prompt library',
          position: { value: 0.7, system: 0.8 },
          hiddenHoursPerWeek: 1,
          carriedBy: 'Learning designer',
        })
      ).recommendation,
    ).toBe('scale');
    const show = await add({
      kind: 'practice',
      name: 'Weekly show-and-tell',
      hiddenHoursPerWeek: 1.5,
      carriedBy: 'Pilot champion',
    });
    expect(show.recommendation).toBeNull();
    await add({
      kind: 'workflow_step',
      name: 'Draft outline with AI',
      position: { value: 0.05, system: 0.9 },
    });

    const before = await databaseDigest(t.db);
    const refused = expectProblem(
      await call(owner, 'POST', `/applications/${applicationId}/scaling-packages`),
      400,
    );
    expect(refused.detail).toMatch(/Weekly show-and-tell/);
    expect(await databaseDigest(t.db)).toEqual(before);

    const moved = expectJson(
      await call(owner, 'PATCH', `/core-elements/${show.id}`, { position: { value: -0.3, system: 0.6 } }),
      200,
      CoreElement,
    );
    expect(moved.recommendation).toBe('retest');
    expect(moved.version).toBe(2);
    const list = expectJson(
      await call(viewer, 'GET', `/applications/${applicationId}/core-elements`),
      200,
      z.object({ items: z.array(CoreElement) }),
    );
    const outline = list.items.find((e) => e.name === 'Draft outline with AI')!;
    expect(outline).toMatchObject({ recommendation: 'scale', borderline: true });

    const beforeStale = await databaseDigest(t.db);
    expectProblem(
      await call(owner, 'PATCH', `/core-elements/${show.id}`, { version: 1, name: 'Renamed' }),
      409,
    );
    expectProblem(
      await call(owner, 'PATCH', `/core-elements/${show.id}`, { position: { value: -2, system: 0 } }),
      400,
      'body.position.value',
    );
    expectProblem(await call(viewer, 'PATCH', `/core-elements/${show.id}`, { name: 'Viewer' }), 403);
    expectProblem(await call(other, 'PATCH', `/core-elements/${show.id}`, { name: 'Other' }), 404);
    expect(await databaseDigest(t.db)).toEqual(beforeStale);
    const audit = await auditEventsOf(t.db, owner.organizationId);
    const moves = audit.filter((e) => e.action === 'core_element.updated');
    expect(moves).toHaveLength(1);
    expect(moves[0]?.before).toMatchObject({ valuePosition: null });
    expect(moves[0]?.after).toMatchObject({ valuePosition: -0.3, systemPosition: 0.6 });
  });

  it('generates an immutable, versioned scaling package that stops being current when an element changes', async () => {
    expectProblem(await call(viewer, 'POST', `/applications/${applicationId}/scaling-packages`), 403);
    const pkg = expectJson(
      await call(owner, 'POST', `/applications/${applicationId}/scaling-packages`),
      201,
      ScalingPackage,
    );
    expect(pkg.version).toBe(1);
    expect(pkg.current).toBe(true);
    const { core } = pkg.content;
    expect(core.carryForward.map((e) => e.name).sort()).toEqual(['Draft outline with AI', 'Prompt library']);
    expect(core.reengineer.map((e) => e.name)).toEqual(['SME reviews every module']);
    expect(core.retest.map((e) => e.name)).toEqual(['Weekly show-and-tell']);
    expect(core.heroicHoursToReplace).toBe(6);
    expect(core.hiddenHoursTotal).toBe(8.5);
    expect(pkg.content.retrospective?.version).toBe(2);

    const ctx = systemCtx(owner.organizationId);
    expect(
      (await t.db.tenant(owner.organizationId, (tx) => getLatestScalingPackage(tx, ctx, applicationId)))
        ?.current,
    ).toBe(true);
    const md = await call(viewer, 'GET', `/scaling-packages/${pkg.id}?format=markdown`);
    expect(md.statusCode).toBe(200);
    expect(md.headers['content-type']).toMatch(/^text\/markdown/);
    expect(md.body).toContain('- Must be re-engineered: 1 element(s), 6 h/week of heroic effort to replace');
    expectProblem(await call(other, 'GET', `/scaling-packages/${pkg.id}`), 404);

    await call(owner, 'PATCH', `/core-elements/${elementIds['Prompt library']}`, { hiddenHoursPerWeek: 2 });
    const latest = await t.db.tenant(owner.organizationId, (tx) =>
      getLatestScalingPackage(tx, ctx, applicationId),
    );
    expect(latest?.current).toBe(false);
    expect(latest?.package.content.core.hiddenHoursTotal).toBe(8.5);
    const status = (await call(viewer, 'GET', '/core-review/applications')).json().items;
    expect(status).toEqual([
      expect.objectContaining({
        applicationId,
        elements: 4,
        placed: 4,
        packageVersion: 1,
        packageCurrent: false,
        retrospectiveVersion: 2,
      }),
    ]);
    const v2 = expectJson(
      await call(owner, 'POST', `/applications/${applicationId}/scaling-packages`),
      201,
      ScalingPackage,
    );
    expect(v2.version).toBe(2);
    const list = (await call(viewer, 'GET', `/applications/${applicationId}/scaling-packages`)).json().items;
    expect(list.map((p: { version: number; current: boolean }) => [p.version, p.current])).toEqual([
      [2, true],
      [1, false],
    ]);
  });

  it('computes readiness where data exists and takes a person’s rating elsewhere', async () => {
    const readiness = async () =>
      Object.fromEntries(
        expectJson(
          await call(viewer, 'GET', `/applications/${applicationId}/readiness`),
          200,
          z.object({ items: z.array(DimensionReadiness) }),
        ).items.map((d) => [d.dimension, d]),
      );
    let r = await readiness();
    // 2 of 2 workflow-step elements (SME review: systematize first; outline: scale) carry forward.
    expect(r.workflows).toMatchObject({ source: 'computed', score: 1 });
    expect(r.quality_standards).toMatchObject({ source: 'missing', score: null });
    expect(r.decision_rights).toMatchObject({ source: 'missing' });

    const rated = expectJson(
      await call(owner, 'PUT', `/applications/${applicationId}/readiness/decision_rights`, {
        rating: 4,
        note: 'RACI agreed for drafts',
      }),
      200,
      DimensionReadiness,
    );
    expect(rated).toMatchObject({ source: 'rated', rating: 4, score: 0.75 });
    const before = await databaseDigest(t.db);
    expectProblem(
      await call(owner, 'PUT', `/applications/${applicationId}/readiness/decision_rights`, {
        rating: 6,
        note: 'x',
      }),
      400,
      'body.rating',
    );
    expectProblem(
      await call(owner, 'PUT', `/applications/${applicationId}/readiness/workflows`, {
        rating: 3,
        note: 'x',
      }),
      400,
      'params.dimension',
    );
    expectProblem(
      await call(viewer, 'PUT', `/applications/${applicationId}/readiness/change_capacity`, {
        rating: 3,
        note: 'x',
      }),
      403,
    );
    expect(await databaseDigest(t.db)).toEqual(before);

    // Quality standards: the application's workflow with a standard and ≥ 30 sampled reviews on it.
    await t.db.system((tx) =>
      tx.execute(sql`UPDATE workflows SET application_id = ${applicationId} WHERE id = ${workflowId}`),
    );
    r = await readiness();
    expect(r.quality_standards).toMatchObject({ source: 'computed', score: 0 });
    expect(r.quality_standards?.explanation).toMatch(/Draft modules: no standard/);
    await t.db.system(async (tx) => {
      await tx.execute(sql`INSERT INTO quality_standards (organization_id, workflow_id, version, criteria, defect_rule,
        outgoing_limit, limit_scope, policy, segment_keys, segment_capacity, monitor, double_review_fraction, policy_spec)
        VALUES (${owner.organizationId}, ${workflowId}, 1, '[]', '{}', 0.01, 'segment', 'full', '[]', 8, '{}', 0, '{}')`);
      await tx.execute(sql`INSERT INTO outputs (organization_id, workflow_id, client_id, content_hash, metadata, segment,
        stratum, pi, selected, standard_version, status)
        SELECT ${owner.organizationId}, ${workflowId}, 'o-' || i, 'h', '{}', 'all', 0, 1, true, 1, 'reviewed'
        FROM generate_series(1, 30) i`);
      await tx.execute(sql`INSERT INTO reviews (organization_id, workflow_id, output_id, standard_version, kind, answers,
        defect, time_spent_ms)
        SELECT organization_id, workflow_id, id, 1, 'sampled', '{}', false, 1000 FROM outputs
        WHERE workflow_id = ${workflowId} AND client_id <> 'o-30'`);
    });
    r = await readiness();
    expect(r.quality_standards).toMatchObject({ source: 'computed', score: 0 });
    expect(r.quality_standards?.explanation).toMatch(/29 reviewed on v1/);
    await t.db.system((tx) =>
      tx.execute(sql`INSERT INTO reviews (organization_id, workflow_id, output_id, standard_version, kind, answers,
        defect, time_spent_ms) SELECT organization_id, workflow_id, id, 1, 'sampled', '{}', false, 1000 FROM outputs
        WHERE workflow_id = ${workflowId} AND client_id = 'o-30'`),
    );
    r = await readiness();
    expect(r.quality_standards).toMatchObject({ source: 'computed', score: 1 });
    const audit = await auditEventsOf(t.db, owner.organizationId);
    expect(audit.filter((e) => e.action === 'readiness.rated')).toHaveLength(1);
  });

  it('deleting an element is audited and makes the package stale', async () => {
    const ctx = systemCtx(owner.organizationId);
    const res = await call(owner, 'DELETE', `/core-elements/${elementIds['Weekly show-and-tell']}`);
    expect(res.statusCode).toBe(204);
    expect(
      (await t.db.tenant(owner.organizationId, (tx) => getLatestScalingPackage(tx, ctx, applicationId)))
        ?.current,
    ).toBe(false);
    const audit = await auditEventsOf(t.db, owner.organizationId);
    expect(audit.at(-1)).toMatchObject({
      action: 'core_element.deleted',
      before: expect.objectContaining({ name: 'Weekly show-and-tell' }),
    });
  });
});

describe('the demo seed for the sustainable core', () => {
  it('creates two retrospective versions, a placed review, its current package and three ratings', async () => {
    const t = await createTestApp();
    try {
      const owner = await createOrganizationWithOwner(t.db);
      const applicationId = await newApplication(t.db, owner.organizationId);
      const ctx = systemCtx(owner.organizationId);
      const pkg = await t.db.tenant(owner.organizationId, (tx) => seedCoreReview(tx, ctx, applicationId));
      expect(pkg.version).toBe(1);
      expect(pkg.content.retrospective?.version).toBe(2);
      expect(pkg.content.core.carryForward.map((e) => e.name).sort()).toEqual([
        'AI drafts the module outline',
        'Prompt library',
      ]);
      expect(pkg.content.core.heroicHoursToReplace).toBe(10);
      const readiness = (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/applications/${applicationId}/readiness`,
          headers: owner.headers,
        })
      ).json().items as { dimension: string; source: string }[];
      expect(readiness.map((d) => d.source)).toEqual(['computed', 'rated', 'missing', 'rated', 'rated']);
    } finally {
      await t.close();
    }
  });
});
