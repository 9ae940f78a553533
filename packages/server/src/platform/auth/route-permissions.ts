import type { FastifyInstance } from 'fastify';
import { derivePermission, describePermission, type RoutePermission } from './permissions';

/** Each /api/v1 route's permission, by `METHOD /path/{param}` as the OpenAPI document names it. */
export type PermissionRegistry = Map<string, RoutePermission>;

const toOpenApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

/**
 * Gives every /api/v1 route its permission when it is registered (so a route file added later gets one
 * without annotation) and keeps it in the route's config, where `requireOrganization` reads it.
 */
export function registerRoutePermissions(app: FastifyInstance, registry: PermissionRegistry): void {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1/')) return;
    const permission = derivePermission(route.url, String(route.handler));
    route.config = { ...(route.config ?? {}), trellisPermission: permission };
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods)
      registry.set(`${method.toLowerCase()} ${toOpenApiPath(route.url)}`, permission);
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
        permission.kind === 'capability'
          ? `${permission.capability}.${permission.actions[0]}`
          : permission.kind;
      operation.description = `${operation.description ? `${operation.description}\n\n` : ''}Permission: ${text}.`;
    }
  }
  return document;
}
