import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../test/harness';
import { generateOpenApi } from './openapi';

interface Operation {
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
type Document = { openapi: string; paths: Record<string, Record<string, Operation>> };

const committedPath = fileURLToPath(new URL('../../openapi.json', import.meta.url));

describe('the OpenAPI document', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let live: Document;
  beforeAll(async () => {
    t = await createTestApp();
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    live = res.json() as Document;
  });
  afterAll(() => t.close());

  it('is served at /api/v1/openapi.json without credentials and equals app.swagger()', () => {
    expect(live).toEqual(JSON.parse(JSON.stringify(t.app.swagger())));
  });

  it('validates as OpenAPI 3.1', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(live) as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    expect(live.openapi).toBe('3.1.0');
  });

  it('equals the committed packages/server/openapi.json, byte for byte as generated', async () => {
    const committed = fs.readFileSync(committedPath, 'utf8');
    expect(JSON.parse(committed)).toEqual(live);
    expect(await generateOpenApi()).toBe(committed);
  });

  it('declares a success response with its schema, and problem errors, for every /api/v1 operation', () => {
    const operations = Object.entries(live.paths)
      .filter(([path]) => path.startsWith('/api/v1/'))
      .flatMap(([path, ops]) =>
        Object.entries(ops).map(([method, op]) => ({ name: `${method} ${path}`, op })),
      );
    expect(operations.length).toBeGreaterThan(10);
    for (const { name, op } of operations) {
      const responses = Object.entries(op.responses ?? {});
      // A browser sign-in step (single sign-on) answers with a redirect instead of a body.
      const success = responses.filter(([status]) => /^[23]\d\d$/.test(status));
      expect(success.length, name).toBeGreaterThan(0);
      for (const [status, response] of success) {
        // 204, a redirect, and a 202 that tells nothing (the password reset answers alike whether the e-mail
        // is known) have no body.
        if (
          status === '204' ||
          status.startsWith('3') ||
          (status === '202' && response.content === undefined)
        ) {
          expect(response.content, `${name} ${status}`).toBeUndefined();
          continue;
        }
        const media = Object.values(response.content ?? {});
        expect(media.length, `${name} ${status}`).toBeGreaterThan(0);
        for (const m of media) expect(m.schema, `${name} ${status}`).toBeDefined();
      }
      for (const [status, response] of responses.filter(([s]) => /^[45]\d\d$/.test(s))) {
        const schemas = Object.values(response.content ?? {}).map((m) => m.schema);
        expect(schemas.length, `${name} ${status}`).toBeGreaterThan(0);
        for (const schema of schemas)
          expect(schema, `${name} ${status}`).toEqual({ $ref: '#/components/schemas/Problem' });
      }
    }
  });
});
