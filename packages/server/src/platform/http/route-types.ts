import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Capability } from '../auth/permissions';
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
  /**
   * The capability whose permissions guard this manifest's routes: a route's `config: { permission }`
   * names only the action (auth/route-permissions.ts). Needed when a route declares an action alone.
   */
  permissionArea?: Capability;
  routes: RoutePlugin[];
}
