import { QueryClient } from '@tanstack/react-query';
import { createRoutesFromElements, matchPath, matchRoutes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from './App';
import type { Session } from './api';
import { chooseMembership, PREFETCHED_ROUTES, prefetchPageData } from './routes-data';

const ORG_A = '00000000-0000-4000-8000-00000000000a';
const ORG_B = '00000000-0000-4000-8000-00000000000b';
const session = (memberships: unknown[]) => ({ memberships }) as unknown as Session;
const member = (id: string, role: string, customRole?: unknown) => ({
  organization: { id, name: id, slug: id },
  role,
  ...(customRole ? { customRole } : {}),
});

/** Every request the prefetch starts: path and organization header; answers 200 with an empty body. */
function recordFetches() {
  const seen: { path: string; organization: string | undefined }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      seen.push({
        path: new URL(url, 'http://app.test').pathname,
        organization: (init.headers as Record<string, string>)['X-Trellis-Organization'],
      });
      return new Response('{"items":[],"nextCursor":null}', {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return seen;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the first-page data prefetch', () => {
  it('names only routes the app has, not its catch-all page', () => {
    const appRoutes = createRoutesFromElements(routes);
    for (const path of PREFETCHED_ROUTES) {
      const concrete = path.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000001');
      const matched = matchRoutes(appRoutes, concrete)?.at(-1)?.route;
      const appPath = matched?.index ? '/' : `/${matched?.path ?? '*'}`;
      expect(appPath, path).not.toBe('/*');
      // The same pattern, or the app's pattern with a parameter where the map names one tab (/capacity/units).
      expect(matchPath(appPath, path), `${path} is not ${appPath}`).not.toBeNull();
    }
  });

  it('starts the executive summary’s two requests (and the shell’s) for the organization the shell will show', async () => {
    const seen = recordFetches();
    const client = new QueryClient();
    const started = prefetchPageData(
      client,
      session([member(ORG_A, 'viewer'), member(ORG_B, 'owner')]),
      '/executive',
      '',
    );
    expect(started).toBe(3);
    await vi.waitFor(() => expect(seen).toHaveLength(3));
    expect(seen.map((s) => s.path).sort()).toEqual([
      '/api/v1/demo',
      '/api/v1/executive-summary',
      '/api/v1/planning/recommendations',
    ]);
    expect(seen.every((s) => s.organization === ORG_A)).toBe(true);
    // What the page reads: the same key, in the cache.
    await vi.waitFor(() =>
      expect(client.getQueryState(['org', ORG_A, 'diagnostic', 'executive'])?.status).toBe('success'),
    );
  });

  it('keeps a page’s filters in the key it warms (the portfolio list)', async () => {
    recordFetches();
    const client = new QueryClient();
    expect(prefetchPageData(client, session([member(ORG_A, 'viewer')]), '/portfolio', '?stage=pilot')).toBe(
      2,
    );
    await vi.waitFor(() =>
      expect(client.getQueryState(['org', ORG_A, 'applications', { stage: ['pilot'] }])?.status).toBe(
        'success',
      ),
    );
  });

  it('starts nothing signed out or outside the shell, only the shell’s request for a page not in the map or an area the member cannot see', async () => {
    const seen = recordFetches();
    const client = new QueryClient();
    expect(prefetchPageData(client, null, '/executive', '')).toBe(0);
    expect(prefetchPageData(client, session([member(ORG_A, 'owner')]), '/sign-in', '')).toBe(0);
    expect(prefetchPageData(client, session([member(ORG_A, 'owner')]), '/settings/members', '')).toBe(1);
    const noDiagnostic = member(ORG_B, 'viewer', {
      id: 'r',
      name: 'Quality only',
      permissions: ['quality.read'],
    });
    expect(prefetchPageData(client, session([noDiagnostic]), '/executive', '')).toBe(1);
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen.map((s) => s.path)).toEqual(['/api/v1/demo', '/api/v1/demo']);
  });

  it('chooses the remembered organization while still a member, else the first', () => {
    const both = session([member(ORG_A, 'viewer'), member(ORG_B, 'owner')]);
    expect(chooseMembership(both, ORG_B)?.organization.id).toBe(ORG_B);
    expect(chooseMembership(both, 'gone')?.organization.id).toBe(ORG_A);
    expect(chooseMembership(session([]), ORG_A)).toBeNull();
  });
});
