import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';

/** The one pass/fail criterion most quality tests judge outputs on. */
export const ACCURATE = [{ key: 'accurate', label: 'Accurate', kind: 'pass_fail', severity: 'critical' }];

/** Creates a workflow and its first quality standard through the API; returns the workflow's id. */
export async function createWorkflowWithStandard(
  app: FastifyInstance,
  headers: Record<string, string>,
  name: string,
  standard: Record<string, unknown>,
): Promise<string> {
  const created = await app.inject({ method: 'POST', url: '/api/v1/workflows', headers, payload: { name } });
  expect(created.statusCode, created.body).toBe(201);
  const id = (created.json() as { id: string }).id;
  const std = await app.inject({
    method: 'POST',
    url: `/api/v1/workflows/${id}/standards`,
    headers,
    payload: { criteria: ACCURATE, defectRule: { kind: 'any_critical_fail' }, ...standard },
  });
  expect(std.statusCode, std.body).toBe(201);
  return id;
}
