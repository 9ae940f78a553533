import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { OrgContext } from '../../../platform/auth/request-auth';
import type { Database } from '../../../platform/db/types';
import type { createTestApp, TestPerson } from '../../../test/harness';
import type { LifecycleStage } from '../../portfolio/portfolio-schema';
import { createApplication } from '../../portfolio/services/applications';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;

export const systemCtx = (organizationId: string): OrgContext => ({
  organizationId,
  role: 'owner',
  actor: { type: 'system', id: null, name: 'test' },
  requestId: 'test',
});

/** An application of the person's organization (the registry helper builds its routes in parallel). */
export async function createTestApplication(
  db: Database,
  person: TestPerson,
  name: string,
  opts: { stage?: LifecycleStage; ownerId?: string } = {},
) {
  return db.tenant(person.organizationId, (tx) =>
    createApplication(tx, systemCtx(person.organizationId), { name, ...opts }),
  );
}

/** A JSON call as `person`; checks the status and answers the body. */
export async function call<T = Record<string, unknown>>(
  t: TestApp,
  person: TestPerson,
  method: 'GET' | 'POST' | 'DELETE',
  url: string,
  payload?: object,
  status = method === 'POST' ? 201 : 200,
): Promise<T> {
  const res: LightMyRequestResponse = await t.app.inject({ method, url, headers: person.headers, payload });
  expect(res.statusCode, res.body).toBe(status);
  return (res.body ? res.json() : null) as T;
}

export const needsAnalysisExperiment = (applicationId: string) => ({
  applicationId,
  title: 'AI-drafted needs analysis interviews',
  hypothesis:
    'Drafting the needs-analysis interview guide with AI halves preparation time without losing coverage.',
  design: 'before_after' as const,
  metrics: [
    { name: 'Preparation hours', unit: 'h', direction: 'decrease' as const },
    { name: 'Coverage score', unit: '%', direction: 'increase' as const },
  ],
  startsOn: '2026-10-01T00:00:00Z',
});

/** An insight as the API answers it, with its evidence trail. */
export interface InsightDetail {
  id: string;
  evidence: {
    kind: string;
    entityId: string;
    title: string | null;
    detail: string | null;
    link: string | null;
  }[];
}
