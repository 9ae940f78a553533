/**
 * The boot script (build time, vite.config.ts): a tiny classic script, first in index.html's <head>, that
 * starts what the first page needs before the app's ~40 entry chunks have arrived and run — the session
 * check, and `<link rel="modulepreload">` for the current route's page chunk with everything it imports
 * statically (and the lazy chunks its first paint needs, e.g. the charts). Without it both start only once
 * the entry has run, one after the other: about a second on a cold load. A file of its own (hashed, cached
 * like every asset), not inline: the CSP allows no inline script. It holds nothing per user.
 */

/** A route of App.tsx and the module of its page, e.g. `/executive` → `src/pages/Executive/ExecutivePage.tsx`. */
export interface PageRoute {
  path: string;
  module: string;
}

/**
 * The routes of App.tsx (its source) with their page modules: `const X = named(() => import('./pages/…'), …)`
 * and `<Route path="…" element={<X />} />` (a path without a leading slash is inside the signed-in shell, at
 * the root; `index` is `/`). The catch-all `*` has no page of its own.
 */
export function pageRoutes(appSource: string): PageRoute[] {
  const modules = new Map<string, string>();
  for (const match of appSource.matchAll(/const (\w+) = named\(\s*\(\) => import\('\.\/([^']+)'\)/g)) {
    modules.set(match[1]!, `src/${match[2]}.tsx`);
  }
  const routes: PageRoute[] = [];
  for (const match of appSource.matchAll(/<Route\s+(index|path="([^"]+)")\s+element=\{<(\w+)\s*\/>\}/g)) {
    const path = match[1] === 'index' ? '/' : match[2]!;
    const module = modules.get(match[3]!);
    if (path === '*' || !module) continue;
    routes.push({ path: path.startsWith('/') ? path : `/${path}`, module });
  }
  return routes;
}

/** `/quality/:workflowId/review` → a regular expression source matching it (a trailing slash allowed). */
export function routePattern(path: string): string {
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return `^/${segments.join('/')}/?$`;
}

/**
 * The script's source. `graph`: each file under the pages (`assets/…`, not the entry's: index.html preloads
 * those) with the files it imports, a chunk's CSS among them. `routes`: [pattern, the route's root files],
 * static routes before those with parameters (as the router ranks them: `/quality/otlp-routing` before
 * `/quality/:workflowId`). The script preloads the first matching route's roots and all they import, and
 * exposes the session response promise as `window.__trellisBoot.session` for main.tsx.
 */
export function bootScript(
  graph: Map<string, string[]>,
  routes: [pattern: string, roots: string[]][],
  base = '/assets/',
): string {
  const names = [...graph.keys()];
  const index = new Map(names.map((name, i) => [name, i]));
  const at = (file: string) => {
    const i = index.get(file);
    if (i === undefined) throw new Error(`boot script: ${file} is not in the graph`);
    return i;
  };
  const files = names.map((name) => name.replace(/^assets\//, ''));
  const imports = names.map((name) => graph.get(name)!.map(at));
  const table = routes.map(([pattern, roots]) => [pattern, roots.map(at)]);
  return `(function () {
  var boot = (window.__trellisBoot = {});
  try {
    boot.session = fetch('/api/v1/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    boot.session.catch(function () {});
  } catch (e) {}
  var files = ${JSON.stringify(files)};
  var imports = ${JSON.stringify(imports)};
  var routes = ${JSON.stringify(table)};
  var seen = {};
  function preload(i) {
    if (seen[i]) return;
    seen[i] = true;
    var link = document.createElement('link');
    if (/\\.css$/.test(files[i])) {
      link.rel = 'preload';
      link.as = 'style';
    } else {
      link.rel = 'modulepreload';
    }
    link.crossOrigin = '';
    link.href = ${JSON.stringify(base)} + files[i];
    document.head.appendChild(link);
    for (var j = 0; j < imports[i].length; j++) preload(imports[i][j]);
  }
  for (var i = 0; i < routes.length; i++) {
    if (!new RegExp(routes[i][0]).test(location.pathname)) continue;
    for (var k = 0; k < routes[i][1].length; k++) preload(routes[i][1][k]);
    break;
  }
})();
`;
}
