import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/harness';
import {
  actionForRole,
  builtInPermissions,
  CAPABILITIES,
  capabilityOfUrl,
  derivePermission,
  PERMISSIONS,
} from './permissions';
import { hasRole, roles } from './roles';

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

  it('derives a new route’s permission from its URL and its handler’s minimum role', () => {
    const handler = `async (request) => { const ctx = (0, import_request_auth.requireOrganization)(request, "contributor"); }`;
    expect(derivePermission('/api/v1/workflows/:id/things', handler)).toEqual({
      kind: 'capability',
      capability: 'quality',
      actions: ['write'],
      fromTable: true,
    });
    expect(
      derivePermission('/api/v1/decisions/x', 'async (req) => { requireOrganization(req); }'),
    ).toMatchObject({
      capability: 'decisions',
      actions: ['read'],
    });
    expect(derivePermission('/api/v1/setup', 'async (request) => setup(request.body)')).toEqual({
      kind: 'none',
    });
    // An unknown prefix falls back to settings (custom roles need settings permissions) and is flagged.
    expect(capabilityOfUrl('/api/v1/brand-new-area')).toEqual({ capability: 'settings', fromTable: false });
    expect(capabilityOfUrl('/api/v1/applications/:id/evidence')).toEqual({
      capability: 'evidence',
      fromTable: true,
    });
    expect(capabilityOfUrl('/api/v1/applications/:applicationId/readiness')).toEqual({
      capability: 'core_review',
      fromTable: true,
    });
  });

  describe('every /api/v1 route', () => {
    let t: Awaited<ReturnType<typeof createTestApp>>;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    it('has a permission from the capability table, listed in the OpenAPI document', () => {
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
          if (permission && permission !== 'none' && permission !== 'member') {
            if (!capabilityOfUrl(path).fromTable)
              missing.push(`${method.toUpperCase()} ${path} (add its URL to CAPABILITY_OF_PATH)`);
          }
        }
      }
      expect(missing, 'routes without a derived permission').toEqual([]);
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
