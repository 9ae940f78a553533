import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../config';
import type { Database } from '../db/types';
import type { Metrics } from '../observability/metrics';

export interface RouteOptions {
  db: Database;
  config: Config;
  metrics: Metrics;
}

export type RoutePlugin = FastifyPluginAsyncZod<RouteOptions>;
