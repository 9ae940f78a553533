/// <reference types="vite/client" />
import { type ComponentType, isValidElement, type ReactNode, Suspense } from 'react';
import { createRoutesFromElements, matchRoutes, Route, useRoutes } from 'react-router';
import { AppLayout } from './components/AppLayout';
import { PageSkeleton } from './components/PageSkeleton';
import { RequireSession } from './components/RequireSession';
import { lazyPreloaded } from './lazy-preloaded';
import { NotFoundPage } from './pages/Home/NotFoundPage';
import { type PageRoute, ROUTE_TABLE } from './route-table';

/**
 * Every page is its own chunk (no page pays for another's charts). `preloadAt` starts fetching a page's code
 * without rendering it, so the first page's code loads in parallel with the session check; once loaded, the
 * page renders without suspending (lazy-preloaded.tsx).
 */
const named = (load: () => Promise<PageModule>, name: string) => {
  let module: PageModule | undefined;
  const page = lazyPreloaded(() =>
    load().then((loaded) => {
      module = loaded;
      const component = loaded[name];
      if (typeof component !== 'function') throw new Error(`no page ${name} in its module`);
      return component as ComponentType;
    }),
  );
  /** The page's code and the code its first paint at `pathname` also needs (its module's firstPaintCode). */
  const preloadAt = async (pathname: string) => {
    await page.preload();
    await module?.firstPaintCode?.(pathname);
  };
  return Object.assign(page, { preloadAt });
};

/** A page module: its pages, and optionally `firstPaintCode(pathname)`, the code its first paint also needs. */
type PageModule = Record<string, unknown> & { firstPaintCode?: (pathname: string) => Promise<unknown> };

/**
 * Every page module (src/route-table.ts names each route's), loaded on demand. Not the pages the shell
 * renders itself (the catch-all page, the one for a user without an organization): those stay in the entry.
 */
const pageModules = import.meta.glob<PageModule>([
  './pages/*/*Page.tsx',
  './pages/Auth/PasswordResetPages.tsx',
  '!./pages/Home/NotFoundPage.tsx',
  '!./pages/Home/NoOrganizationPage.tsx',
]);

/** One lazy component per page module and export, shared by the routes that show it (`/capacity/:tab`). */
const pages = new Map<string, ComponentType>();
function pageOf(route: PageRoute): ComponentType {
  const key = `${route.page}#${route.name}`;
  let page = pages.get(key);
  if (!page) {
    const load = pageModules[`./pages/${route.page}.tsx`];
    if (!load) throw new Error(`route-table.ts: no page module ${route.page}`);
    page = named(load, route.name);
    pages.set(key, page);
  }
  return page;
}

const routeElement = (route: PageRoute, path: string | undefined) => {
  const Page = pageOf(route);
  return path === undefined ? (
    <Route key={route.path} index element={<Page />} />
  ) : (
    <Route key={route.path} path={path} element={<Page />} />
  );
};

/** The app's routes, from the route table (exported for the tests, which hold the table to them). */
export const routes = (
  <>
    {ROUTE_TABLE.filter((route) => !route.shell).map((route) => routeElement(route, route.path))}
    <Route
      element={
        <RequireSession>
          <AppLayout />
        </RequireSession>
      }
    >
      {ROUTE_TABLE.filter((route) => route.shell).map((route) =>
        routeElement(route, route.path === '/' ? undefined : route.path.slice(1)),
      )}
      <Route path="*" element={<NotFoundPage />} />
    </Route>
  </>
);

/** The same routes as route objects, made once: `<Routes>` would convert its children again on each render. */
const routeObjects = createRoutesFromElements(routes);

/**
 * Starts loading the code of the page at `pathname` (and nothing else); safe to call before rendering. Settles
 * (never rejects) once that code has loaded or failed: a failure shows where the page renders.
 */
export function preloadRoute(pathname: string): Promise<void> {
  const loads: Promise<unknown>[] = [];
  for (const match of matchRoutes(routeObjects, pathname) ?? []) {
    const element: ReactNode = match.route.element;
    if (!isValidElement(element)) continue;
    const type = element.type as { preloadAt?: (pathname: string) => Promise<unknown> };
    if (type.preloadAt) loads.push(type.preloadAt(pathname));
  }
  return Promise.allSettled(loads).then(() => undefined);
}

export function App() {
  return <Suspense fallback={<PageSkeleton />}>{useRoutes(routeObjects)}</Suspense>;
}
