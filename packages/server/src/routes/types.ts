import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Config } from '../config';
import type { Database } from '../db/types';

export interface RouteOptions {
  db: Database;
  config: Config;
}

export type RoutePlugin = FastifyPluginAsyncZod<RouteOptions>;
