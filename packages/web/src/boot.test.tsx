import { ACTION_OF_ROLE } from '@trellis/core';
import { Suspense } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createRoutesFromElements, type RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { type BootRoute, bootScript, routePattern } from '../boot-script';
import { preloadRoute, routes } from './App';
import { lazyPreloaded } from './lazy-preloaded';
import { READ_ACTION, ROUTE_TABLE, SHELL_DATA } from './route-table';

/** Every path of App.tsx's route tree (nested paths joined, `index` as its parent's path), without `*`. */
function routerPaths(objects: RouteObject[], parent = ''): string[] {
  return objects.flatMap((route) => {
    const path = route.index
      ? parent || '/'
      : route.path?.startsWith('/')
        ? route.path
        : `${parent}/${route.path ?? ''}`;
    const own = route.element && route.path !== '*' && (route.index || route.path) ? [path] : [];
    return [...own, ...routerPaths(route.children ?? [], route.path ? path : parent)];
  });
}

const ORG_A = '00000000-0000-4000-8000-00000000000a';
const ORG_B = '00000000-0000-4000-8000-00000000000b';
const signedIn = (memberships: unknown[]) =>
  new Response(JSON.stringify({ user: { id: 'u' }, memberships, csrfToken: 't' }), {
    status: 200,
    headers: { 'content-type': 'application/json' },
  });
const member = (id: string, customRole?: unknown) => ({
  organization: { id, name: id, slug: id },
  role: 'viewer',
  ...(customRole ? { customRole } : {}),
});

/**
 * Runs a boot script against a fake page at `pathname` (and `search`), the session answering `session`
 * (signed out by default), with `stored` as the remembered organization: the links it adds and the requests
 * it starts (URL and organization header).
 */
function runBoot(
  source: string,
  pathname: string,
  {
    session,
    search = '',
    stored = null,
  }: { session?: () => Response; search?: string; stored?: string | null } = {},
) {
  const links: { rel: string; as?: string; href: string; crossOrigin?: string }[] = [];
  const requests: string[] = [];
  const organizations: (string | undefined)[] = [];
  const window: Record<string, unknown> = {};
  const document = {
    createElement: () => ({}) as { rel: string; href: string },
    head: { appendChild: (link: (typeof links)[number]) => links.push(link) },
  };
  const fetch = (url: string, init: RequestInit) => {
    requests.push(url);
    organizations.push((init.headers as Record<string, string>)['X-Trellis-Organization']);
    if (url === '/api/v1/session')
      return Promise.resolve(session ? session() : new Response(null, { status: 204 }));
    return Promise.resolve(new Response('{}', { status: 200 }));
  };
  const localStorage = { getItem: () => stored };
  new Function('window', 'document', 'location', 'fetch', 'localStorage', source)(
    window,
    document,
    { pathname, search },
    fetch,
    localStorage,
  );
  const boot = window.__trellisBoot as {
    session?: Promise<Response>;
    dataStarted?: Promise<void>;
    data: Record<string, { organization: string; response: Promise<Response> }>;
  };
  return { links, requests, organizations, boot };
}

const OPTIONS = { shell: [{ url: '/demo' }], organizationStorageKey: 'org', readAction: 'read' };
const route = (path: string, roots: string[], data: BootRoute['data'] = [], shell = true): BootRoute => ({
  pattern: routePattern(path),
  params: path.split('/').flatMap((s) => (s.startsWith(':') ? [s.slice(1)] : [])),
  roots,
  shell,
  data,
});
/** Lets the session's answer and the script's reading of it settle. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the boot script', () => {
  it('reads the router’s routes from the one route table, each page module exporting its page', async () => {
    const expected = routerPaths(createRoutesFromElements(routes)).filter((path) => path !== '/*');
    expect(ROUTE_TABLE.map((r) => r.path).sort()).toEqual([...expected].sort());
    // Only the pages a signed-out visitor needs are outside the signed-in shell (the home page is not).
    expect(ROUTE_TABLE.filter((r) => !r.shell).map((r) => r.path)).toEqual([
      '/setup',
      '/sign-in',
      '/sign-in/:orgSlug',
      '/invite',
      '/forgot-password',
      '/reset-password',
      '/pulse',
    ]);
    expect(new Set(expected).size).toBe(expected.length);
    const modules = import.meta.glob<Record<string, unknown>>('./pages/*/*.tsx');
    for (const r of [
      ROUTE_TABLE.find((r) => r.path === '/executive')!,
      ROUTE_TABLE.find((r) => r.path === '/')!,
    ]) {
      const load = modules[`./pages/${r.page}.tsx`];
      expect(load, r.page).toBeDefined();
      expect(typeof (await load!())[r.name], `${r.page} exports ${r.name}`).toBe('function');
    }
    for (const r of ROUTE_TABLE) expect(modules[`./pages/${r.page}.tsx`], r.page).toBeDefined();
    expect(READ_ACTION).toBe(ACTION_OF_ROLE.viewer);
    expect(SHELL_DATA.map((d) => d.url)).toEqual(['/demo']);
  });

  it('matches a route as the router does: whole segments, parameters one segment, a trailing slash allowed', () => {
    const pattern = new RegExp(routePattern('/quality/:workflowId/review'));
    expect(pattern.test('/quality/abc/review')).toBe(true);
    expect(pattern.test('/quality/abc/review/')).toBe(true);
    expect(pattern.test('/quality/abc/reviews')).toBe(false);
    expect(pattern.test('/quality/a/b/review')).toBe(false);
    expect(new RegExp(routePattern('/')).test('/')).toBe(true);
    expect(new RegExp(routePattern('/')).test('/portfolio')).toBe(false);
  });

  it('starts the session check and preloads the route’s page with all it imports, once each, and nothing else', async () => {
    const graph = new Map([
      ['assets/ExecutivePage-a.js', ['assets/Card-b.js', 'assets/Executive-c.css']],
      ['assets/Card-b.js', ['assets/Paper-d.js']],
      ['assets/Paper-d.js', []],
      ['assets/Executive-c.css', []],
      ['assets/OtlpRoutingPage-e.js', ['assets/Paper-d.js']],
      ['assets/DashboardPage-f.js', ['assets/Card-b.js', 'assets/Paper-d.js']],
    ]);
    const source = bootScript(
      graph,
      [
        route('/executive', ['assets/ExecutivePage-a.js']),
        route('/quality/otlp-routing', ['assets/OtlpRoutingPage-e.js']),
        route('/quality/:workflowId', ['assets/DashboardPage-f.js']),
      ],
      OPTIONS,
    );
    const executive = runBoot(source, '/executive');
    expect(executive.requests).toEqual(['/api/v1/session']);
    expect((await executive.boot.session)?.status).toBe(204);
    expect(executive.links).toEqual([
      { rel: 'modulepreload', crossOrigin: '', href: '/assets/ExecutivePage-a.js' },
      { rel: 'modulepreload', crossOrigin: '', href: '/assets/Card-b.js' },
      { rel: 'modulepreload', crossOrigin: '', href: '/assets/Paper-d.js' },
      { rel: 'preload', as: 'style', crossOrigin: '', href: '/assets/Executive-c.css' },
    ]);
    // Static before parameters, and a shared import preloaded once.
    expect(runBoot(source, '/quality/otlp-routing').links.map((l) => l.href)).toEqual([
      '/assets/OtlpRoutingPage-e.js',
      '/assets/Paper-d.js',
    ]);
    expect(runBoot(source, '/quality/wf-1').links.map((l) => l.href)).toEqual([
      '/assets/DashboardPage-f.js',
      '/assets/Card-b.js',
      '/assets/Paper-d.js',
    ]);
    const unknown = runBoot(source, '/nowhere');
    expect(unknown.links).toEqual([]);
    expect(unknown.requests).toEqual(['/api/v1/session']);
  });

  it('starts the page’s first data once the session answers, for the organization the shell will show', async () => {
    const source = bootScript(
      new Map([['assets/DashboardPage-f.js', []]]),
      [
        route(
          '/quality/:workflowId',
          ['assets/DashboardPage-f.js'],
          [
            { url: '/workflows/:workflowId', area: 'quality' },
            { url: '/workflows/:workflowId/quality', area: 'quality' },
          ],
        ),
        route(
          '/capacity/:tab',
          [],
          [{ url: '/org-units?limit=500', area: 'capacity', only: { tab: 'units' } }],
        ),
        route('/sign-in', [], [{ url: '/never' }], false),
      ],
      OPTIONS,
    );
    const both = () => signedIn([member(ORG_A), member(ORG_B)]);
    const page = runBoot(source, '/quality/wf%201', { session: both, stored: ORG_B });
    // Settled once they are started: what main.tsx waits for before the page asks itself.
    await page.boot.dataStarted;
    expect(page.requests).toEqual([
      '/api/v1/session',
      '/api/v1/demo',
      '/api/v1/workflows/wf%201',
      '/api/v1/workflows/wf%201/quality',
    ]);
    expect(page.organizations.slice(1)).toEqual([ORG_B, ORG_B, ORG_B]);
    expect(Object.keys(page.boot.data)).toEqual(page.requests.slice(1));
    expect(page.boot.data['/api/v1/workflows/wf%201']?.organization).toBe(ORG_B);
    expect((await page.boot.data['/api/v1/workflows/wf%201']!.response).status).toBe(200);
    // The session's answer is still whole for main.tsx to read.
    expect(((await (await page.boot.session!).json()) as { csrfToken: string }).csrfToken).toBe('t');
    // A remembered organization the user has left: the first.
    const left = runBoot(source, '/quality/wf', { session: both, stored: 'gone' });
    await settle();
    expect(left.organizations.slice(1)).toEqual([ORG_A, ORG_A, ORG_A]);
  });

  it('starts no page data signed out, outside the shell, with a query, where the member may not read, or on another tab', async () => {
    const source = bootScript(
      new Map(),
      [
        route('/quality/:workflowId', [], [{ url: '/workflows/:workflowId', area: 'quality' }]),
        route(
          '/capacity/:tab',
          [],
          [{ url: '/org-units?limit=500', area: 'capacity', only: { tab: 'units' } }],
        ),
        route('/sign-in', [], [{ url: '/never' }], false),
      ],
      OPTIONS,
    );
    const owner = () => signedIn([member(ORG_A)]);
    const started = async (pathname: string, options: Parameters<typeof runBoot>[2]) => {
      const run = runBoot(source, pathname, options);
      await settle();
      return run.requests.slice(1);
    };
    expect(await started('/quality/wf', {})).toEqual([]);
    expect(await started('/sign-in', { session: owner })).toEqual([]);
    expect(await started('/quality/wf', { session: owner, search: '?status=open' })).toEqual([
      '/api/v1/demo',
    ]);
    const custom = { id: 'r', name: 'Capacity only', permissions: ['capacity.read'] };
    expect(await started('/quality/wf', { session: () => signedIn([member(ORG_A, custom)]) })).toEqual([
      '/api/v1/demo',
    ]);
    expect(await started('/capacity/units', { session: () => signedIn([member(ORG_A, custom)]) })).toEqual([
      '/api/v1/demo',
      '/api/v1/org-units?limit=500',
    ]);
    expect(await started('/capacity/pulse', { session: owner })).toEqual(['/api/v1/demo']);
    // A page the table does not know is the shell's catch-all: the shell's data only.
    expect(await started('/nowhere', { session: owner })).toEqual(['/api/v1/demo']);
    expect(await started('/quality/wf', { session: () => signedIn([]) })).toEqual([]);
  });
});

describe('a page whose code was preloaded', () => {
  it('renders at once, without suspending to its fallback', async () => {
    const Page = lazyPreloaded(async () => () => <p>the page</p>);
    const render = () =>
      renderToStaticMarkup(
        <Suspense fallback={<p>skeleton</p>}>
          <Page />
        </Suspense>,
      );
    await Page.preload();
    expect(render()).toBe('<p>the page</p>');
  });

  it('retries a load that failed', async () => {
    let attempts = 0;
    const Page = lazyPreloaded(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('offline');
      return () => <p>the page</p>;
    });
    await expect(Page.preload()).rejects.toThrow('offline');
    await Page.preload();
    expect(attempts).toBe(2);
  });
});

describe('a page whose first paint needs more than its own code', () => {
  it('has that code once its route is preloaded: the open tab’s panel, not the others', async () => {
    const { panelAt } = await import('./pages/Capacity/CapacityPage');
    expect(panelAt('/capacity/units').loaded()).toBe(false);
    await preloadRoute('/capacity/units');
    expect(panelAt('/capacity/units').loaded()).toBe(true);
    expect(panelAt('/capacity/pulse').loaded()).toBe(false);
    expect(panelAt('/capacity').loaded()).toBe(false);
  });
});
