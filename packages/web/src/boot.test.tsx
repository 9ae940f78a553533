import { readFileSync } from 'node:fs';
import { Suspense } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createRoutesFromElements, type RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { bootScript, pageRoutes, routePattern } from '../boot-script';
import { routes } from './App';
import { lazyPreloaded } from './lazy-preloaded';

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

/** Runs a boot script against a fake page at `pathname`: the links it adds and the requests it starts. */
function runBoot(source: string, pathname: string) {
  const links: { rel: string; as?: string; href: string; crossOrigin?: string }[] = [];
  const requests: string[] = [];
  const window: Record<string, unknown> = {};
  const document = {
    createElement: () => ({}) as { rel: string; href: string },
    head: { appendChild: (link: (typeof links)[number]) => links.push(link) },
  };
  const fetch = (url: string) => {
    requests.push(url);
    return Promise.resolve(new Response(null, { status: 204 }));
  };
  new Function('window', 'document', 'location', 'fetch', source)(window, document, { pathname }, fetch);
  return { links, requests, boot: window.__trellisBoot as { session?: Promise<Response> } };
}

describe('the boot script', () => {
  it('reads every route of App.tsx with its page module', () => {
    const parsed = pageRoutes(readFileSync(new URL('./App.tsx', import.meta.url), 'utf8'));
    const expected = routerPaths(createRoutesFromElements(routes)).filter((path) => path !== '/*');
    expect(parsed.map((route) => route.path).sort()).toEqual([...new Set(expected)].sort());
    expect(parsed.find((route) => route.path === '/executive')?.module).toBe(
      'src/pages/Executive/ExecutivePage.tsx',
    );
    expect(parsed.find((route) => route.path === '/')?.module).toBe('src/pages/Home/HomePage.tsx');
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
    const source = bootScript(graph, [
      [routePattern('/executive'), ['assets/ExecutivePage-a.js']],
      [routePattern('/quality/otlp-routing'), ['assets/OtlpRoutingPage-e.js']],
      [routePattern('/quality/:workflowId'), ['assets/DashboardPage-f.js']],
    ]);
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
