import { QueryClient } from '@tanstack/react-query';
import { createRoutesFromElements, matchPath, matchRoutes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { routes } from './App';
import { type Session, send, setOrganizationHeader } from './api';
import { ROUTE_TABLE, SHELL_DATA } from './route-table';
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

  it('asks for exactly the requests the route table names, which the boot script starts', async () => {
    for (const route of ROUTE_TABLE.filter((r) => r.data)) {
      const only = Object.assign({}, ...route.data!.map((d) => d.only ?? {})) as Record<string, string>;
      const ids = (name: string) => only[name] ?? `id-${name}`;
      const pathname = route.path.replace(/:([A-Za-z]+)/g, (_, name: string) => ids(name));
      const seen: string[] = [];
      vi.stubGlobal(
        'fetch',
        vi.fn(async (url: string) => {
          seen.push(url);
          return new Response('{"items":[],"nextCursor":null}', {
            status: 200,
            headers: { 'content-type': 'application/json' },
          });
        }),
      );
      prefetchPageData(new QueryClient(), session([member(ORG_A, 'owner')]), pathname, '');
      const expected = [...SHELL_DATA, ...route.data!].map(
        (d) => `/api/v1${d.url.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(ids(name)))}`,
      );
      await vi.waitFor(() => expect(seen.length, route.path).toBeGreaterThanOrEqual(expected.length));
      expect([...seen].sort(), route.path).toEqual([...expected].sort());
    }
    // And every route the data layer warms is one whose data the table names.
    for (const path of PREFETCHED_ROUTES) {
      const concrete = path.replace(/:[A-Za-z]+/g, 'x');
      const route = ROUTE_TABLE.find((r) => matchPath(r.path, concrete) && r.data);
      expect(route, path).toBeDefined();
    }
  });

  it('adopts the boot script’s answer once, for the same URL and organization, and none after a write', async () => {
    const fetched: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        fetched.push(url);
        return new Response('{"from":"fetch"}', { status: 200 });
      }),
    );
    const early = (body: string, organization = ORG_A) => ({
      organization,
      response: Promise.resolve(new Response(body, { status: 200 })),
      at: Date.now(),
    });
    vi.stubGlobal('__trellisBoot', {
      data: {
        '/api/v1/executive-summary': early('{"from":"boot"}'),
        '/api/v1/diagnostic': early('{"from":"boot"}', ORG_B),
        '/api/v1/organization': early('{"from":"boot"}'),
      },
    });
    setOrganizationHeader(ORG_A);
    try {
      const read = async (path: string) => (await (await send('GET', path)).json()) as { from: string };
      expect(await read('/executive-summary')).toEqual({ from: 'boot' });
      expect(await read('/executive-summary')).toEqual({ from: 'fetch' });
      // Started for another organization than the one asked for now: not adopted.
      expect(await read('/diagnostic')).toEqual({ from: 'fetch' });
      await send('POST', '/applications', { body: {} });
      expect(await read('/organization')).toEqual({ from: 'fetch' });
      expect(fetched).toEqual([
        '/api/v1/executive-summary',
        '/api/v1/diagnostic',
        '/api/v1/applications',
        '/api/v1/organization',
      ]);
    } finally {
      setOrganizationHeader(null);
    }
  });

  it('chooses the remembered organization while still a member, else the first', () => {
    const both = session([member(ORG_A, 'viewer'), member(ORG_B, 'owner')]);
    expect(chooseMembership(both, ORG_B)?.organization.id).toBe(ORG_B);
    expect(chooseMembership(both, 'gone')?.organization.id).toBe(ORG_A);
    expect(chooseMembership(session([]), ORG_A)).toBeNull();
  });
});
