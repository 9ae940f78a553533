import Fastify, { type FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness';
import type { RouteManifest, RouteOptions, RoutePlugin } from '../http/route-types';
import {
  actionForRole,
  builtInPermissions,
  CAPABILITIES,
  type Capability,
  PERMISSIONS,
  resolvePermission,
} from './permissions';
import { requireOrganization } from './request-auth';
import { hasRole, roles } from './roles';
import { type PermissionRegistry, registerManifest, registerRoutePermissions } from './route-permissions';

describe('permissions', () => {
  it('expresses each built-in role as a permission set that reproduces the role ladder exactly', () => {
    for (const role of roles) {
      const held = new Set(builtInPermissions(role));
      // No route asks for owner as its minimum (owner-only steps are checked in the services), and a
      // custom role never passes one (request-auth.ts).
      for (const minimum of roles.filter((r) => r !== 'owner')) {
        for (const capability of CAPABILITIES) {
          expect(held.has(`${capability}.${actionForRole(minimum)}` as never), `${role} vs ${minimum}`).toBe(
            hasRole(role, minimum),
          );
        }
      }
    }
    expect(builtInPermissions('viewer')).toEqual(CAPABILITIES.map((c) => `${c}.read`));
    expect(builtInPermissions('owner')).toEqual(PERMISSIONS);
    expect(builtInPermissions('admin')).toEqual(PERMISSIONS);
    expect(builtInPermissions('contributor')).not.toContain('quality.review');
  });

  it('resolves a declaration against its manifest’s area, and refuses a missing or unknown one', () => {
    expect(resolvePermission('write', 'quality', 'POST /x')).toEqual({
      kind: 'capability',
      capability: 'quality',
      action: 'write',
    });
    // A full permission names another area than the manifest's.
    expect(resolvePermission('evidence.read', 'portfolio', 'GET /x')).toEqual({
      kind: 'capability',
      capability: 'evidence',
      action: 'read',
    });
    expect(resolvePermission('member', undefined, 'GET /x')).toEqual({ kind: 'member' });
    expect(resolvePermission('none', undefined, 'GET /x')).toEqual({ kind: 'none' });
    expect(() => resolvePermission(undefined, 'quality', 'GET /x')).toThrow(/GET \/x declares no permission/);
    expect(() => resolvePermission('raed', 'quality', 'GET /x')).toThrow(/declares no permission/);
    expect(() => resolvePermission('quality.fly', 'quality', 'GET /x')).toThrow(/declares no permission/);
    expect(() => resolvePermission('read', undefined, 'GET /x')).toThrow(/outside a manifest/);
  });

  describe('the registry', () => {
    const options = {} as RouteOptions;
    /** A handler that asks for its role through a helper: the old derivation read none from its source. */
    const adminOnly = (request: FastifyRequest) => requireOrganization(request, 'admin');
    const manifest = (routes: RoutePlugin, permissionArea?: Capability): RouteManifest => ({
      name: 'test',
      permissionArea,
      routes: [routes],
    });
    async function start(m: RouteManifest) {
      const app = Fastify();
      const registry: PermissionRegistry = new Map();
      registerRoutePermissions(app, registry);
      await registerManifest(app, m, registry, options);
      await app.ready();
      await app.close();
      return registry;
    }

    it('takes the permission the route declares, whatever its handler calls', async () => {
      const registry = await start(
        manifest(async (app) => {
          app.post('/api/v1/things', { config: { permission: 'admin' } }, async (request) =>
            adminOnly(request),
          );
          app.get('/api/v1/things', { config: { permission: 'evidence.read' } }, async () => ({}));
          app.get('/api/v1/me', { config: { permission: 'none' } }, async () => ({}));
        }, 'quality'),
      );
      expect(registry.get('post /api/v1/things')).toEqual({
        kind: 'capability',
        capability: 'quality',
        action: 'admin',
      });
      expect(registry.get('get /api/v1/things')).toEqual({
        kind: 'capability',
        capability: 'evidence',
        action: 'read',
      });
      expect(registry.get('get /api/v1/me')).toEqual({ kind: 'none' });
    });

    it('does not start with a route that declares no permission', async () => {
      await expect(
        start(
          manifest(async (app) => {
            app.get('/api/v1/undeclared', async () => ({}));
          }, 'quality'),
        ),
      ).rejects.toThrow(/GET \/api\/v1\/undeclared declares no permission/);
    });

    it('does not start with an action alone where no area is declared', async () => {
      await expect(
        start(
          manifest(async (app) => {
            app.get('/api/v1/arealess', { config: { permission: 'read' } }, async () => ({}));
          }),
        ),
      ).rejects.toThrow(/outside a manifest/);
    });
  });

  describe('every /api/v1 route', () => {
    let t: Awaited<ReturnType<typeof createTestApp>>;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    it('has its declared permission listed in the OpenAPI document', () => {
      const doc = t.app.swagger() as {
        paths: Record<string, Record<string, { 'x-trellis-permission'?: string; description?: string }>>;
      };
      const missing: string[] = [];
      let operations = 0;
      for (const [path, ops] of Object.entries(doc.paths)) {
        if (!path.startsWith('/api/v1/')) continue;
        for (const [method, op] of Object.entries(ops)) {
          operations++;
          const permission = op['x-trellis-permission'];
          const ok =
            permission !== undefined &&
            (permission === 'none' || permission === 'member' || PERMISSIONS.includes(permission as never)) &&
            (op.description ?? '').includes('Permission: ');
          if (!ok) missing.push(`${method.toUpperCase()} ${path}`);
        }
      }
      expect(missing, 'routes without a listed permission').toEqual([]);
      expect(operations).toBeGreaterThan(150);
      expect(doc.paths['/api/v1/workflows/{id}/outputs']!.post!['x-trellis-permission']).toBe(
        'quality.write',
      );
      expect(doc.paths['/api/v1/workflows/{id}/standards']!.post!['x-trellis-permission']).toBe(
        'quality.approve',
      );
      expect(doc.paths['/api/v1/workflows/{id}/quality']!.get!['x-trellis-permission']).toBe('quality.read');
      expect(doc.paths['/api/v1/roles']!.post!['x-trellis-permission']).toBe('settings.admin');
      expect(doc.paths['/api/v1/notifications']!.get!['x-trellis-permission']).toBe('member');
      expect(doc.paths['/api/v1/auth/login']!.post!['x-trellis-permission']).toBe('none');
    });
  });
});
