import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../config';
import type { Database } from '../db/types';
import type { Metrics } from '../observability/metrics';

export interface RouteOptions {
  db: Database;
  config: Config;
  metrics: Metrics;
  /** Milliseconds since the epoch for time-windowed limits (Date.now; tests inject a clock). */
  now: () => number;
}

export type RoutePlugin = FastifyPluginAsyncZod<RouteOptions>;

/** A capability's (or platform part's) route modules, listed in its manifest.ts. */
export interface RouteManifest {
  name: string;
  routes: RoutePlugin[];
}
