import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, minifySync, type Plugin } from 'vite';
import { type BootRoute, bootScript, routePattern } from './boot-script.ts';
import { ORGANIZATION_STORAGE_KEY } from './src/organization-storage.ts';
import { READ_ACTION, ROUTE_TABLE, SHELL_DATA } from './src/route-table.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
/** A module of packages/core/src (not of a node_modules package that core depends on). */
const coreSource = /[\\/]packages[\\/]core[\\/]src[\\/](?!.*node_modules)/;

/**
 * Writes `<file>.br` and `<file>.gz` beside every compressible file of the build, once, at the highest
 * levels: the server sends them as they are (@fastify/static `preCompressed`) instead of compressing per
 * request or not at all.
 */
function precompress(): Plugin {
  const compressible = /\.(js|mjs|css|html|svg|json|txt|map)$/;
  let outDir = '';
  return {
    name: 'trellis-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => {
          const file = join(dir, name);
          return statSync(file).isDirectory() ? walk(file) : [file];
        });
      for (const file of walk(outDir)) {
        if (!compressible.test(file) || file.includes(`${join(outDir, '.vite')}`)) continue;
        const bytes = readFileSync(file);
        if (bytes.length < 512) continue;
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(bytes, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
            },
          }),
        );
        writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
      }
    },
  };
}

/**
 * Lazy chunks a page's first paint waits for that the page's own code does not start: the open tab's panel
 * (bench:web counts it in the units page's initial JS).
 */
const firstPaint = /[\\/]src[\\/]pages[\\/]Capacity[\\/]UnitsPanel\.tsx$/;

/**
 * Puts the boot script (boot-script.ts) first in index.html's <head>, built from the route table
 * (src/route-table.ts): the session check, the current route's page code and, once the session has
 * answered, its first data start while the entry's chunks are still on the way, not after they have run.
 */
function bootPreload(): Plugin {
  let base = '/';
  return {
    name: 'trellis-boot-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return;
        type Chunk = Extract<(typeof bundle)[string], { type: 'chunk' }>;
        const chunks = Object.values(bundle).filter((c): c is Chunk => c.type === 'chunk');
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const entry = chunks.find((c) => c.isEntry);
        if (!entry) throw new Error('trellis-boot-preload: no entry chunk');
        const initial = new Set<string>();
        const visit = (chunk: Chunk) => {
          if (initial.has(chunk.fileName)) return;
          initial.add(chunk.fileName);
          for (const file of chunk.imports) if (byFile.has(file)) visit(byFile.get(file)!);
        };
        visit(entry);
        // The graph below the pages, without the entry's part (index.html preloads that already): each file
        // once with the files it imports (a chunk's CSS counts as an import); each route names its roots.
        const entryCss = new Set(entry.viteMetadata?.importedCss ?? []);
        const graph = new Map<string, string[]>();
        const add = (chunk: Chunk) => {
          if (initial.has(chunk.fileName) || graph.has(chunk.fileName)) return;
          const imports = chunk.imports.filter((file) => !initial.has(file) && byFile.has(file));
          const css = [...(chunk.viteMetadata?.importedCss ?? [])].filter((file) => !entryCss.has(file));
          graph.set(chunk.fileName, [...imports, ...css]);
          for (const file of css) if (!graph.has(file)) graph.set(file, []);
          for (const file of imports) add(byFile.get(file)!);
        };
        const withParams = (path: string) => path.split('/').filter((s) => s.startsWith(':')).length;
        const table: BootRoute[] = [];
        for (const route of [...ROUTE_TABLE].sort((a, b) => withParams(a.path) - withParams(b.path))) {
          const id = join(root, `src/pages/${route.page}.tsx`);
          const page = chunks.find((c) => c.moduleIds.includes(id));
          if (!page) throw new Error(`trellis-boot-preload: no chunk holds ${route.page}`);
          const roots = [page];
          for (const file of page.dynamicImports) {
            const lazy = byFile.get(file);
            if (lazy?.moduleIds.some((m) => firstPaint.test(m))) roots.push(lazy);
          }
          for (const chunk of roots) add(chunk);
          table.push({
            pattern: routePattern(route.path),
            params: route.path.split('/').flatMap((s) => (s.startsWith(':') ? [s.slice(1)] : [])),
            roots: roots.map((c) => c.fileName).filter((file) => graph.has(file)),
            shell: route.shell,
            data: route.data ?? [],
          });
        }
        const options = {
          shell: SHELL_DATA,
          organizationStorageKey: ORGANIZATION_STORAGE_KEY,
          readAction: READ_ACTION,
        };
        const source = minifySync('boot.js', bootScript(graph, table, options, `${base}assets/`)).code;
        const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8);
        const fileName = `assets/boot-${hash}.js`;
        // Called from Vite's generateBundle: the context can emit the file.
        (
          this as unknown as { emitFile: (file: { type: 'asset'; fileName: string; source: string }) => void }
        ).emitFile({ type: 'asset', fileName, source });
        return [{ tag: 'script', attrs: { src: `${base}${fileName}` }, injectTo: 'head-prepend' }];
      },
    },
  };
}

/**
 * The modules the entry (src/main.tsx) imports statically, transitively, as the shell uses them: known at the
 * end of the build's module graph, read when chunks are formed (the `shell` group below). Through a package's
 * index that only gathers its modules (Mantine's), only the modules of the names the importer takes: the
 * index imports every component, and those only pages use must stay with the pages.
 */
const shellModules = new Set<string>();
const BARRELS = ['@mantine/core', '@mantine/hooks', '@mantine/notifications'];
function collectShell(): Plugin {
  return {
    name: 'trellis-shell-modules',
    apply: 'build',
    async buildEnd() {
      shellModules.clear();
      // Each barrel's id and its names → the module that defines each.
      const barrels = new Map<string, Map<string, string>>();
      const barrelOf = new Map<string, string>();
      for (const spec of BARRELS) {
        const resolved = await this.resolve(spec, join(root, 'src/main.tsx'));
        if (!resolved) continue;
        const names = new Map<string, string>();
        const source = readFileSync(resolved.id, 'utf8');
        for (const m of source.matchAll(/^import \{([^}]*)\} from "([^"]+)";$/gm)) {
          const target = await this.resolve(m[2]!, resolved.id);
          if (!target) continue;
          for (const name of m[1]!.split(',')) names.set(name.trim().split(/\s+as\s+/)[0]!, target.id);
        }
        barrels.set(resolved.id, names);
        barrelOf.set(spec, resolved.id);
      }
      const visit = (id: string) => {
        if (shellModules.has(id)) return;
        shellModules.add(id);
        const info = this.getModuleInfo(id);
        if (!info) return;
        if (barrels.has(id)) return; // followed by name, from its importers
        for (const next of info.importedIds) visit(next);
        for (const m of (info.code ?? '').matchAll(/import\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)) {
          const barrel = barrels.get(barrelOf.get(m[2]!) ?? '');
          if (!barrel) continue;
          for (const name of m[1]!.split(',')) {
            const target = barrel.get(name.trim().split(/\s+as\s+/)[0]!);
            if (target) visit(target);
          }
        }
      };
      visit(join(root, 'src/main.tsx'));
    },
  };
}

/**
 * react-router's package.json sends every bundler to its development build (dist/development: dev-only
 * warnings and checks on every render; remix-run/react-router#14102), whatever the mode. A build takes its
 * production build, which the package ships beside it.
 */
const routerProduction = join(
  dirname(createRequire(import.meta.url).resolve('react-router/package.json')),
  'dist/production/index.mjs',
);

export default defineConfig(({ command }) => ({
  root,
  plugins: [react(), collectShell(), bootPreload(), precompress()],
  resolve: command === 'build' ? { alias: [{ find: /^react-router$/, replacement: routerProduction }] } : {},
  server: {
    host: '127.0.0.1',
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/healthz': 'http://127.0.0.1:3000',
      '/readyz': 'http://127.0.0.1:3000',
    },
  },
  preview: { host: '127.0.0.1' },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // bench/web reads the initial JS/CSS of each route from the manifest.
    manifest: true,
    sourcemap: process.env.TRELLIS_WEB_SOURCEMAPS ? 'hidden' : false,
    rolldownOptions: {
      // @trellis/core's modules have no top-level side effects (keep it so): a page that imports a label or a
      // small helper from core's index then carries that, not every statistic re-exported beside it. Only
      // core's own sources: node_modules keep their package.json `sideEffects` (marking @stdlib free of side
      // effects once broke a chunk at run time).
      treeshake: {
        moduleSideEffects: (id: string) => (coreSource.test(id) ? false : undefined),
      },
      output: {
        // Groups for code every page needs (react) and for a heavy library only some pages use (markdown),
        // so that stays out of the first load.
        codeSplitting: {
          groups: [
            // The Markdown renderer (react-markdown, remark/rehype and the unified ecosystem under them) loads
            // only with the pages that show AI outputs.
            {
              name: 'markdown',
              test: /node_modules[\\/](react-markdown|remark-[a-z-]+|rehype-[a-z-]+|unified|micromark[a-z-]*|mdast-util-[a-z-]+|hast-util-[a-z-]+|unist-util-[a-z-]+|vfile[a-z-]*|property-information|space-separated-tokens|comma-separated-tokens|decode-named-character-reference|character-entities[a-z-]*|character-reference-invalid|is-alphanumerical|is-alphabetical|is-decimal|is-hexadecimal|trim-lines|bail|trough|is-plain-obj|extend|devlop|ccount|markdown-table|zwitch|longest-streak|html-url-attributes|estree-util-[a-z-]+|style-to-js|style-to-object|inline-style-parser|escape-string-regexp|@ungap[\\/]structured-clone|hastscript|web-namespaces|html-void-elements)[\\/]/,
              priority: 5,
              includeDependenciesRecursively: false,
            },
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              priority: 3,
            },
            // The shell: everything the entry imports statically (Mantine's components the shell renders,
            // TanStack Query, the API client …) in one chunk instead of ~35 small shared ones, each its own
            // request before the first page can run. Only what the entry needs anyway: no catch-all vendor or
            // Mantine group, which would carry every component any page uses into the first load.
            {
              name: 'shell',
              test: (id: string) =>
                shellModules.has(id) &&
                !id.endsWith('.css') &&
                !BARRELS.some((b) => id.includes(`${b}/esm/index`)),
              priority: 1,
            },
          ],
        },
      },
    },
  },
}));
