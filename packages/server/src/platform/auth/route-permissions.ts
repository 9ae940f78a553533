import type { FastifyInstance } from 'fastify';
import type { RouteManifest, RouteOptions } from '../http/route-types';
import {
  type DeclaredPermission,
  describePermission,
  type RoutePermission,
  resolvePermission,
} from './permissions';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** What the route declares; every /api/v1 route must (permissions.ts, `DeclaredPermission`). */
    permission?: DeclaredPermission;
    /** The resolved permission, set here; `requireOrganization` reads it. */
    trellisPermission?: RoutePermission;
  }
}

/** Each /api/v1 route's permission, by `METHOD /path/{param}` as the OpenAPI document names it. */
export type PermissionRegistry = Map<string, RoutePermission>;

const toOpenApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

function record(
  registry: PermissionRegistry,
  route: { url: string; method: string | string[]; config?: object },
  permission: RoutePermission,
): void {
  route.config = { ...(route.config ?? {}), trellisPermission: permission };
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  for (const method of methods)
    registry.set(`${method.toLowerCase()} ${toOpenApiPath(route.url)}`, permission);
}

const keysOf = (route: { url: string; method: string | string[] }) =>
  (Array.isArray(route.method) ? route.method : [route.method]).map(
    (m) => `${m.toLowerCase()} ${toOpenApiPath(route.url)}`,
  );

/**
 * Every /api/v1 route must declare its permission (`config: { permission }`): one without fails here, so
 * the server does not start. A route declaring `none`, `member` or a full `<capability>.<action>` is
 * resolved here; an action alone by its manifest's scope (`registerManifest`). Once all routes are in,
 * one left unresolved (an action outside a manifest) fails the start too.
 */
export function registerRoutePermissions(app: FastifyInstance, registry: PermissionRegistry): void {
  const seen: string[] = [];
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1/')) return;
    const declared = route.config?.permission;
    const where = `${String(route.method)} ${route.url}`;
    seen.push(...keysOf(route));
    if (
      typeof declared === 'string' &&
      !declared.includes('.') &&
      declared !== 'none' &&
      declared !== 'member'
    )
      return;
    record(registry, route, resolvePermission(declared, undefined, where));
  });
  app.addHook('onReady', async () => {
    const unresolved = seen.filter((key) => !registry.has(key));
    if (unresolved.length)
      throw new Error(
        `Routes declaring an action outside a manifest with a permissionArea: ${unresolved.join(', ')}`,
      );
  });
}

/**
 * Registers a manifest's route modules in one scope whose routes take the manifest's `permissionArea`
 * for the action they declare.
 */
export async function registerManifest(
  app: FastifyInstance,
  manifest: RouteManifest,
  registry: PermissionRegistry,
  options: RouteOptions,
): Promise<void> {
  await app.register(async (scope) => {
    scope.addHook('onRoute', (route) => {
      if (!route.url.startsWith('/api/v1/') || route.config?.trellisPermission) return;
      const where = `${String(route.method)} ${route.url}`;
      record(registry, route, resolvePermission(route.config?.permission, manifest.permissionArea, where));
    });
    for (const routes of manifest.routes) await scope.register(routes, options);
  });
}

type Operation = { description?: string; 'x-trellis-permission'?: string };

/** Lists each operation's permission in the OpenAPI document: `x-trellis-permission` and a line in its description. */
export function documentPermissions<T>(document: T, registry: PermissionRegistry): T {
  const paths = (document as { paths?: Record<string, Record<string, Operation>> }).paths ?? {};
  for (const [path, operations] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const permission = registry.get(`${method} ${path}`);
      if (!permission) continue;
      const text = describePermission(permission);
      operation['x-trellis-permission'] =
        permission.kind === 'capability' ? `${permission.capability}.${permission.action}` : permission.kind;
      operation.description = `${operation.description ? `${operation.description}\n\n` : ''}Permission: ${text}.`;
    }
  }
  return document;
}
