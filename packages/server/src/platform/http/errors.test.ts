import { InvalidParameterError } from '@trellis/core';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerErrorHandling } from './errors';

describe('core’s InvalidParameterError', () => {
  const app = Fastify();
  let changed = 0;
  beforeAll(async () => {
    registerErrorHandling(app);
    app.post('/api/v1/body-route', async () => {
      throw new InvalidParameterError('criteria.0.weight', 'must be positive');
    });
    app.get('/api/v1/query-route', { config: { fieldPrefix: 'query.' } }, async () => {
      throw new InvalidParameterError('months', 'must be 1 to 36');
    });
    app.get('/api/v1/other-error', async () => {
      changed++;
      throw new Error('a bug, not bad input');
    });
    await app.ready();
  });
  afterAll(() => app.close());

  it('answers 400 problem+json naming the field in the body, by default', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/v1/body-route', payload: {} });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({
      status: 400,
      errors: [{ path: 'body.criteria.0.weight', message: 'criteria.0.weight: must be positive' }],
    });
  });

  it('names the field where the route says its parameters sit', async () => {
    const response = await app.inject({ url: '/api/v1/query-route' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ path: 'query.months', message: 'months: must be 1 to 36' }]);
  });

  it('leaves any other error a 500 that names nothing', async () => {
    const response = await app.inject({ url: '/api/v1/other-error' });
    expect(response.statusCode).toBe(500);
    expect(response.json().errors).toBeUndefined();
    expect(changed).toBe(1);
  });
});
