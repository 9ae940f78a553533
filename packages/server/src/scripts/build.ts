import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Metafile, type Plugin } from 'esbuild';

/**
 * `npm run build:server`: the server as plain JavaScript, so production runs `node dist/cli.js` with its
 * production dependencies only (no tsx, no TypeScript). Two bundles: the CLI (everything the server runs)
 * and the planning worker thread. Workspace code (@trellis/core) is bundled in; npm dependencies stay
 * external and are installed by `npm ci --omit=dev`.
 */
const serverRoot = fileURLToPath(new URL('../..', import.meta.url));
const repoRoot = path.resolve(serverRoot, '../..');

function readJson(file: string) {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as { dependencies?: Record<string, string> };
}

/** The production dependencies of the server and of core (which is bundled in): these stay external. */
export function externalDependencies(): string[] {
  const names = [
    ...Object.keys(readJson(path.join(serverRoot, 'package.json')).dependencies ?? {}),
    ...Object.keys(readJson(path.join(repoRoot, 'packages/core/package.json')).dependencies ?? {}),
  ].filter((name) => !name.startsWith('@trellis/'));
  return [...new Set(names)].sort();
}

/**
 * A bundle has one `import.meta.url` (its own file); the sources resolve files next to them with it
 * (drizzle/ from src/db, web/dist from src). Each source's `import.meta.url` becomes the URL its file
 * had, computed from the bundle's at run time, so those paths stay right wherever the tree is installed.
 */
function sourceLocations(outdir: string): Plugin {
  return {
    name: 'source-import-meta-url',
    setup(b) {
      b.onLoad({ filter: /[\\/]packages[\\/](server|core)[\\/]src[\\/].*\.ts$/ }, async (args) => {
        const text = await fs.promises.readFile(args.path, 'utf8');
        if (!text.includes('import.meta.url')) return undefined;
        const relative = path.relative(outdir, args.path).split(path.sep).join('/');
        return {
          contents: text.replaceAll(
            'import.meta.url',
            `new URL(${JSON.stringify(relative)}, import.meta.url).href`,
          ),
          loader: 'ts',
        };
      });
    },
  };
}

export async function buildServer(outdir = path.join(serverRoot, 'dist')): Promise<Metafile> {
  fs.rmSync(outdir, { recursive: true, force: true });
  const external = externalDependencies().flatMap((name) => [name, `${name}/*`]);
  const worker = path.join(outdir, 'planning-worker.js');
  const solver = path.join(serverRoot, 'src/capabilities/planning/services/planning-solver.ts');
  const result = await build({
    entryPoints: {
      cli: path.join(serverRoot, 'src/cli.ts'),
      'planning-worker': path.join(serverRoot, 'src/capabilities/planning/services/planning-worker.ts'),
    },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    external,
    metafile: true,
    logLevel: 'warning',
    plugins: [sourceLocations(outdir)],
    // The solver starts the bundled worker, not the TypeScript one (relative to its rewritten location).
    define: {
      TRELLIS_PLANNING_WORKER: JSON.stringify(
        path.relative(path.dirname(solver), worker).split(path.sep).join('/'),
      ),
    },
    // ESM output has no require(); a few CommonJS dependencies inside the bundle need one.
    banner: {
      js: "import { createRequire as __trellisRequire } from 'node:module'; const require = __trellisRequire(import.meta.url);",
    },
  });
  fs.writeFileSync(path.join(outdir, 'package.json'), `${JSON.stringify({ type: 'module' })}\n`);
  return result.metafile;
}

const isMain = process.argv[1] && pathToFileURL(fs.realpathSync(process.argv[1])).href === import.meta.url;
if (isMain) {
  const started = performance.now();
  const metafile = await buildServer();
  const size = Object.values(metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
  console.log(
    `Built packages/server/dist (${(size / 2 ** 20).toFixed(1)} MiB with source maps) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
