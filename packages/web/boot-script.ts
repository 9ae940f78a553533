import type { PageData } from './src/route-table';

/**
 * The boot script (build time, vite.config.ts, from the route table src/route-table.ts): a tiny classic
 * script, first in index.html's <head>, that starts what the first page needs before the app's entry chunks
 * have arrived and run — the session check; `<link rel="modulepreload">` for the current route's page chunk
 * with everything it imports statically (and the lazy chunks its first paint needs); and, as soon as the
 * session has answered, the page's first API requests (the table's `data`) for the organization the shell
 * will show, which the API client (src/api.ts) adopts instead of asking again. Without it all of these start
 * only once the entry has run, one after the other. A file of its own (hashed, cached like every asset), not
 * inline: the CSP allows no inline script. It holds nothing per user.
 */

/**
 * `/quality/:workflowId/review` → a regular expression source matching it (a trailing slash allowed), each
 * parameter a capture group, in order.
 */
export function routePattern(path: string): string {
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith(':') ? '([^/]+)' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return `^/${segments.join('/')}/?$`;
}

/** A route as the boot script sees it: its pattern, the files to preload, and the data to start. */
export interface BootRoute {
  pattern: string;
  /** The route's parameters in the order of the pattern's capture groups. */
  params: string[];
  /** The route's root files in the graph (its page chunk, the lazy chunks its first paint needs). */
  roots: string[];
  /** Inside the signed-in shell: the shell's data is started too. */
  shell: boolean;
  data: PageData[];
}

/** The options the boot script's data requests need from the app. */
export interface BootData {
  /** The shell's own first requests (route-table.ts `SHELL_DATA`). */
  shell: PageData[];
  /** Where the API client remembers the member's choice of organization (api.ts). */
  organizationStorageKey: string;
  /** The action a viewer's permission names (`<area>.<action>` of a custom role). */
  readAction: string;
}

/**
 * The script's source. `graph`: each file under the pages (`assets/…`, not the entry's: index.html preloads
 * those) with the files it imports, a chunk's CSS among them. `routes`: static routes before those with
 * parameters (as the router ranks them: `/quality/otlp-routing` before `/quality/:workflowId`). The script
 * preloads the first matching route's roots and all they import; exposes the session response promise as
 * `window.__trellisBoot.session` for main.tsx; and once the session has answered 200, starts the matching
 * route's data (with the shell's, for a shell route or none matched) that the member may read, on a URL
 * without a query string, as `window.__trellisBoot.data[url] = { organization, response, at }`;
 * `window.__trellisBoot.dataStarted` settles once they are (main.tsx waits for it).
 */
export function bootScript(
  graph: Map<string, string[]>,
  routes: BootRoute[],
  options: BootData,
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
  const table = routes.map((route) => [
    route.pattern,
    route.roots.map(at),
    route.params,
    route.shell ? 1 : 0,
    route.data.map((d) => [d.url, d.area ?? null, d.only ?? null]),
  ]);
  const shellData = options.shell.map((d) => [d.url, d.area ?? null, d.only ?? null]);
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
  var route = null;
  var params = {};
  for (var i = 0; i < routes.length; i++) {
    var match = new RegExp(routes[i][0]).exec(location.pathname);
    if (!match) continue;
    route = routes[i];
    for (var p = 0; p < route[2].length; p++) {
      try {
        params[route[2][p]] = decodeURIComponent(match[p + 1]);
      } catch (e) {
        params[route[2][p]] = match[p + 1];
      }
    }
    for (var k = 0; k < route[1].length; k++) preload(route[1][k]);
    break;
  }
  // The first page's data, as soon as the session says who is signed in and in which organization.
  var shellData = ${JSON.stringify(shellData)};
  boot.data = {};
  if (!boot.session || (route && !route[3])) return;
  // Settles once the data above is started (or not to be): main.tsx waits for it before the app asks for
  // the same data itself, so the two never race to read the session's answer.
  boot.dataStarted = boot.session
    .then(function (response) {
      if (response.status !== 200) return;
      return response
        .clone()
        .json()
        .then(function (session) {
          var chosen = null;
          try {
            chosen = localStorage.getItem(${JSON.stringify(options.organizationStorageKey)});
          } catch (e) {}
          var memberships = session.memberships || [];
          var member = memberships[0];
          for (var m = 0; m < memberships.length; m++) {
            if (memberships[m].organization.id === chosen) member = memberships[m];
          }
          if (!member) return;
          var organization = member.organization.id;
          var wanted = shellData.concat(route && !location.search ? route[4] : []);
          for (var d = 0; d < wanted.length; d++) {
            var area = wanted[d][1];
            var only = wanted[d][2];
            var custom = member.customRole;
            if (area && custom && custom.permissions.indexOf(area + '.' + ${JSON.stringify(options.readAction)}) < 0)
              continue;
            var skip = false;
            for (var name in only || {}) if (params[name] !== only[name]) skip = true;
            if (skip) continue;
            var url =
              '/api/v1' +
              wanted[d][0].replace(/:([A-Za-z]+)/g, function (_, name) {
                return encodeURIComponent(params[name]);
              });
            var started = fetch(url, {
              credentials: 'same-origin',
              headers: { Accept: 'application/json', 'X-Trellis-Organization': organization },
            });
            started.catch(function () {});
            boot.data[url] = { organization: organization, response: started, at: Date.now() };
          }
        });
    })
    .catch(function () {});
})();
`;
}
