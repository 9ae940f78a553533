import { InvalidParameterError } from '@trellis/core';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerErrorHandling } from './errors';
import { withFieldNames } from './field-errors';
import { HttpProblem } from './problem';

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

describe('withFieldNames', () => {
  const refuse = (parameter: string) => () => {
    throw new InvalidParameterError(parameter, 'is out of range');
  };

  it('names the request field where a service’s parameters sit, renaming those core calls otherwise', () => {
    const at = (fn: () => unknown, names: Parameters<typeof withFieldNames>[0]) => {
      try {
        withFieldNames(names, fn);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const nested = at(refuse('params.maxDefectRate'), { at: 'body.stages.1.criteria.' });
    expect(nested).toBeInstanceOf(HttpProblem);
    expect((nested as HttpProblem).status).toBe(400);
    expect((nested as HttpProblem).errors).toEqual([
      {
        path: 'body.stages.1.criteria.params.maxDefectRate',
        message: 'params.maxDefectRate: is out of range',
      },
    ]);
    const renamed = at(refuse('limit'), { at: 'body.', rename: { limit: 'outgoingLimit' } });
    expect((renamed as HttpProblem).errors?.[0]?.path).toBe('body.outgoingLimit');
    const kept = at(refuse('floor'), { at: 'body.', rename: { limit: 'outgoingLimit' } });
    expect((kept as HttpProblem).errors?.[0]?.path).toBe('body.floor');
  });

  it('returns what core returns, and lets any other error pass unchanged', () => {
    expect(withFieldNames({ at: 'query.' }, () => 42)).toBe(42);
    const bug = new TypeError('a bug, not bad input');
    expect(() =>
      withFieldNames({ at: 'query.' }, () => {
        throw bug;
      }),
    ).toThrow(bug);
  });
});
