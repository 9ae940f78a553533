/**
 * The capability move: packages/server/src from layers (routes/, services/, db/…) into platform/ and
 * capabilities/<name>/, as one mechanical, re-runnable step. Run on a clean checkout from the repo root:
 *
 *   npx tsx scripts/restructure/run.ts            # move, rewrite, overlay, format, check, compare openapi
 *   npx tsx scripts/restructure/run.ts --plan     # only print where each file goes (changes nothing)
 *   npx tsx scripts/restructure/run.ts --no-check # skip `npm run check` at the end
 *
 * It places every file by the tables in mapping.ts and stops, listing them, if any file has no place.
 * Import specifiers are rewritten from the TypeScript syntax tree (static imports, `export … from`,
 * `import()`, `import('…')` types, `vi.mock`/`vi.importActual`, `new URL('…', import.meta.url)`);
 * repository-relative path strings (`packages/server/src/…`) are rewritten in every text file.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { CAPABILITIES, CAPABILITY_OF_NAME, EXACT, FOLDERS } from './mapping';

const args = new Set(process.argv.slice(2));
const repo = process.cwd();
const serverSrc = 'packages/server/src';
const overlayDir = path.join(import.meta.dirname, 'overlay');
const started = Date.now();

function git(...a: string[]): string {
  return execFileSync('git', a, { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 });
}

if (!fs.existsSync(path.join(repo, serverSrc, 'app.ts')))
  fail(['run from the repository root (packages/server/src/app.ts not found)']);
if (fs.existsSync(path.join(repo, serverSrc, 'capabilities')))
  fail(['packages/server/src/capabilities exists already: the move has been run on this tree']);
if (!args.has('--plan') && !args.has('--dirty') && git('status', '--porcelain').trim() !== '')
  fail(['the working tree is not clean (commit or stash first, or pass --dirty)']);

function fail(lines: string[]): never {
  console.error(`restructure: ${lines.length === 1 ? lines[0] : `\n  ${lines.join('\n  ')}`}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------------
// 1. Place every file.

const tracked = git('ls-files', '-z').split('\0').filter(Boolean);
const serverFiles = tracked
  .filter((f) => f.startsWith(`${serverSrc}/`))
  .map((f) => f.slice(serverSrc.length + 1));

function capabilityOfName(base: string): string | undefined {
  let best: string | undefined;
  for (const prefix of Object.keys(CAPABILITY_OF_NAME)) {
    const fits = base === prefix || base.startsWith(`${prefix}-`) || base.startsWith(`${prefix}.`);
    if (fits && (!best || prefix.length > best.length)) best = prefix;
  }
  return best ? CAPABILITY_OF_NAME[best] : undefined;
}

function place(file: string): string | undefined {
  if (EXACT[file]) return EXACT[file];
  const dir = path.posix.dirname(file);
  const base = path.posix.basename(file);
  const stem = base.replace(/\.(test\.)?tsx?$/, '');
  if (['routes', 'services', 'demo'].includes(dir)) {
    const cap = capabilityOfName(stem);
    if (cap) return `capabilities/${cap}/${dir}/${base}`;
  }
  if (dir === 'db' && base.endsWith('-schema.ts')) {
    const cap = capabilityOfName(base.replace(/\.ts$/, ''));
    if (cap) return `capabilities/${cap}/${base}`;
  }
  const folder = Object.keys(FOLDERS)
    .filter((f) => file.startsWith(f))
    .sort((a, b) => b.length - a.length)[0];
  if (folder) return `${FOLDERS[folder]}${file.slice(folder.length)}`;
  return undefined;
}

const moves = new Map<string, string>(); // old → new, both relative to packages/server/src
const unplaced: string[] = [];
for (const file of serverFiles) {
  const to = place(file);
  if (to) moves.set(file, to);
  else unplaced.push(file);
}
if (unplaced.length)
  fail([
    `${unplaced.length} file(s) have no place; add them to scripts/restructure/mapping.ts:`,
    ...unplaced,
  ]);
const targets = new Map<string, string>();
for (const [from, to] of moves) {
  const clash = targets.get(to);
  if (clash) fail([`${from} and ${clash} would both become ${to}`]);
  targets.set(to, from);
}
for (const name of Object.keys(CAPABILITIES))
  if (![...moves.values()].some((to) => to.startsWith(`capabilities/${name}/`)))
    fail([`capability ${name} received no file`]);

if (args.has('--plan')) {
  for (const [from, to] of [...moves].sort((a, b) => a[1].localeCompare(b[1])))
    if (from !== to) console.log(`${from.padEnd(48)} → ${to}`);
  process.exit(0);
}

const abs = (rel: string) => path.join(repo, serverSrc, rel);
const newAbsOf = new Map<string, string>(); // old absolute → new absolute
for (const [from, to] of moves) newAbsOf.set(abs(from), abs(to));

// ---------------------------------------------------------------------------------------------------
// 2. Rewrite specifiers in every TypeScript file of the repository (read at the old place).

type Edit = { start: number; end: number; text: string };
type Need = { file: string; names: Map<string, boolean> }; // exported name → type only
/** capability → (its file, absolute new path → names other capabilities import from it). */
const indexNeeds = new Map<string, Map<string, Need['names']>>();

const tsFiles = tracked.filter(
  (f) => /\.(m?ts|tsx)$/.test(f) && !f.startsWith('scripts/restructure/') && !f.endsWith('.d.ts'),
);
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function resolveOld(fromDir: string, spec: string): string | undefined {
  const base = path.resolve(fromDir, spec);
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function relSpec(fromDir: string, target: string, keepExt: boolean): string {
  let rel = path.relative(fromDir, target).split(path.sep).join('/');
  if (!keepExt) rel = rel.replace(/\.tsx?$/, '');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

const capOf = (absPath: string): string | undefined => {
  const rel = path.relative(path.join(repo, serverSrc), absPath).split(path.sep).join('/');
  const m = /^capabilities\/([^/]+)\//.exec(rel);
  return m?.[1];
};
const isTestish = (absPath: string) =>
  /\.test\.tsx?$/.test(absPath) || /\/capabilities\/[^/]+\/test\//.test(absPath);

/**
 * Tables (`*-schema.ts`) and API shapes (`routes/*-schemas.ts`) are public file by file: they are
 * evaluated at load time by their importers (zod objects, drizzle enums), and reaching them through an
 * index.ts that also loads the capability's services would reorder module evaluation across the
 * capabilities' import cycles.
 */
const isPublicByFile = (absPath: string) => /-schemas?\.ts$/.test(absPath);

const rewritten = new Map<string, string>(); // new absolute path → new content
const crossNotThroughIndex: string[] = [];

for (const file of tsFiles) {
  const oldAbs = path.join(repo, file);
  const newAbs = newAbsOf.get(oldAbs) ?? oldAbs;
  const oldDir = path.dirname(oldAbs);
  const newDir = path.dirname(newAbs);
  const text = fs.readFileSync(oldAbs, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const edits: Edit[] = [];

  const retarget = (
    lit: ts.StringLiteralLike,
    importClause?: ts.ImportDeclaration | ts.ExportDeclaration,
  ) => {
    const spec = lit.text;
    if (!spec.startsWith('.')) return;
    const targetOld = resolveOld(oldDir, spec);
    if (!targetOld) return;
    let targetNew = newAbsOf.get(targetOld) ?? targetOld;
    if (targetNew === targetOld && newDir === oldDir) return;
    const keepExt = /\.tsx?$/.test(spec);
    const fromCap = capOf(newAbs);
    const toCap = capOf(targetNew);
    // Another capability is reached through its index.ts (tests may still reach in: vi.mock needs the file).
    if (
      importClause &&
      fromCap &&
      toCap &&
      fromCap !== toCap &&
      !isTestish(newAbs) &&
      !isPublicByFile(targetNew) &&
      path.basename(targetNew) !== 'index.ts'
    ) {
      const names = namesOf(importClause);
      if (names) {
        const perCap = indexNeeds.get(toCap) ?? new Map<string, Need['names']>();
        indexNeeds.set(toCap, perCap);
        const set = perCap.get(targetNew) ?? new Map<string, boolean>();
        perCap.set(targetNew, set);
        for (const [name, typeOnly] of names) set.set(name, (set.get(name) ?? true) && typeOnly);
        targetNew = path.join(repo, serverSrc, 'capabilities', toCap, 'index.ts');
      } else crossNotThroughIndex.push(`${path.relative(repo, newAbs)} → ${path.relative(repo, targetNew)}`);
    }
    const next = relSpec(newDir, targetNew, keepExt && path.basename(targetNew) !== 'index.ts');
    if (next !== spec) edits.push({ start: lit.getStart() + 1, end: lit.getEnd() - 1, text: next });
  };

  const visit = (node: ts.Node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      retarget(node.moduleSpecifier, node);
    } else if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(source);
      const first = node.arguments[0];
      if (
        first &&
        ts.isStringLiteralLike(first) &&
        (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
          /^vi\.(mock|doMock|unmock|importActual|importMock)$/.test(callee))
      )
        retarget(first);
    } else if (ts.isImportTypeNode(node)) {
      const arg = node.argument;
      if (ts.isLiteralTypeNode(arg) && ts.isStringLiteral(arg.literal)) retarget(arg.literal);
    } else if (ts.isNewExpression(node) && node.expression.getText(source) === 'URL') {
      const [first, second] = node.arguments ?? [];
      if (first && ts.isStringLiteralLike(first) && second?.getText(source) === 'import.meta.url') {
        const spec = first.text;
        if (spec.startsWith('.')) {
          const targetOld = path.resolve(oldDir, spec);
          const targetNew = newAbsOf.get(targetOld) ?? targetOld;
          let next = path.relative(newDir, targetNew).split(path.sep).join('/') || '.';
          if (spec.endsWith('/') && !next.endsWith('/')) next += '/';
          if (!next.startsWith('.')) next = `./${next}`;
          if (path.resolve(newDir, next) !== targetNew) throw new Error(`bad URL rewrite in ${file}`);
          if (next !== spec && !(newDir === oldDir && targetNew === targetOld))
            edits.push({ start: first.getStart() + 1, end: first.getEnd() - 1, text: next });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);

  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  if (out !== text || newAbs !== oldAbs) rewritten.set(newAbs, out);
}

/** The names an import or export declaration takes from its module; undefined for `*` and defaults. */
function namesOf(node: ts.ImportDeclaration | ts.ExportDeclaration): Map<string, boolean> | undefined {
  const names = new Map<string, boolean>();
  if (ts.isImportDeclaration(node)) {
    const clause = node.importClause;
    if (!clause) return undefined; // side-effect import
    if (clause.name) return undefined;
    const bindings = clause.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) return undefined;
    for (const el of bindings.elements)
      names.set((el.propertyName ?? el.name).text, clause.isTypeOnly || el.isTypeOnly);
    return names;
  }
  const clause = node.exportClause;
  if (!clause || !ts.isNamedExports(clause)) return undefined;
  for (const el of clause.elements)
    names.set((el.propertyName ?? el.name).text, node.isTypeOnly || el.isTypeOnly);
  return names;
}

if (crossNotThroughIndex.length)
  fail([
    'imports across capabilities that cannot go through index.ts (default or * imports):',
    ...crossNotThroughIndex,
  ]);

// ---------------------------------------------------------------------------------------------------
// 3. Move: remove the old files, write the new ones.

for (const [from, to] of moves) {
  const a = abs(from);
  const b = abs(to);
  if (from !== to && fs.existsSync(a) && !fs.existsSync(b)) {
    fs.mkdirSync(path.dirname(b), { recursive: true });
    fs.renameSync(a, b);
  }
}
for (const [file, content] of rewritten) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}
removeEmptyFolders(path.join(repo, serverSrc));

function removeEmptyFolders(dir: string): boolean {
  let empty = true;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (removeEmptyFolders(path.join(dir, entry.name))) fs.rmdirSync(path.join(dir, entry.name));
      else empty = false;
    } else empty = false;
  }
  return empty;
}

// The old ARCHITECTURE.md (a map and a design document) keeps its design sections as docs/design.md;
// the overlay brings the new map. Its stale tree (the first code block) goes.
const oldMap = path.join(repo, 'ARCHITECTURE.md');
if (fs.existsSync(oldMap) && fs.existsSync(path.join(overlayDir, 'ARCHITECTURE.md'))) {
  const body = fs
    .readFileSync(oldMap, 'utf8')
    .replace(/^# Architecture\n/, '')
    .replace(/```\n[\s\S]*?\n```\n/, '');
  fs.writeFileSync(
    path.join(repo, 'docs/design.md'),
    `# Design notes\n\nHow the parts work inside; ARCHITECTURE.md is the map of where they are.\n${body}`,
  );
}

// ---------------------------------------------------------------------------------------------------
// 4. Path strings in text files: `packages/server/src/<old>` and, inside packages/server, `src/<old>`.

const pathPairs: [string, string][] = [];
for (const [from, to] of moves) {
  if (from === to) continue;
  pathPairs.push([from, to]);
  pathPairs.push([from.replace(/\.tsx?$/, ''), to.replace(/\.tsx?$/, '')]);
}
pathPairs.sort((a, b) => b[0].length - a[0].length);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pathRe = new RegExp(
  `(packages/server/src/|(?<=['"\`])src/)(${pathPairs.map(([f]) => escapeRe(f)).join('|')})(?![\\w.-]*\\w)`,
  'g',
);
const pathOf = new Map(pathPairs);
const textFiles = git('ls-files', '-z')
  .split('\0')
  .filter(
    (f) =>
      f &&
      !f.startsWith('scripts/restructure/') &&
      !f.startsWith('packages/server/drizzle/') &&
      f !== 'packages/server/openapi.json' &&
      f !== 'package-lock.json' &&
      /(\.(ts|tsx|mts|js|json|md|yml|yaml|toml|sh)|Dockerfile|\/run|\.dockerignore)$/.test(f),
  );
let pathEdits = 0;
for (const f of textFiles) {
  const p = path.join(repo, f);
  if (!fs.existsSync(p)) continue;
  const text = fs.readFileSync(p, 'utf8');
  const out = text.replace(pathRe, (whole, prefix: string, old: string) => {
    const next = pathOf.get(old);
    if (!next) return whole;
    if (prefix === 'src/' && !f.startsWith('packages/server/')) return whole;
    pathEdits++;
    return `${prefix}${next}`;
  });
  if (out !== text) fs.writeFileSync(p, out);
}

// ---------------------------------------------------------------------------------------------------
// 5. Each capability's index.ts: the names other capabilities import from it, file by file.

for (const name of Object.keys(CAPABILITIES)) {
  const dir = path.join(repo, serverSrc, 'capabilities', name);
  const needs = indexNeeds.get(name) ?? new Map();
  const seen = new Map<string, string>();
  const lines = [
    `/**\n * ${name}: what other capabilities may import (generated by scripts/restructure from their imports;\n * add to it by hand from now on). Everything else in this folder is ${name}'s own.\n */`,
  ];
  for (const [file, names] of [...needs].sort((a, b) => a[0].localeCompare(b[0]))) {
    const spec = relSpec(dir, file, false);
    const values = [...names]
      .filter(([, t]) => !t)
      .map(([n]) => n)
      .sort();
    const types = [...names]
      .filter(([, t]) => t)
      .map(([n]) => n)
      .sort();
    for (const n of [...values, ...types]) {
      const other = seen.get(n);
      if (other) fail([`capabilities/${name}/index.ts would export ${n} from both ${other} and ${spec}`]);
      seen.set(n, spec);
    }
    if (values.length) lines.push(`export { ${values.join(', ')} } from '${spec}';`);
    if (types.length) lines.push(`export type { ${types.join(', ')} } from '${spec}';`);
  }
  if (lines.length === 1) lines.push('export {};');
  fs.writeFileSync(path.join(dir, 'index.ts'), `${lines.join('\n')}\n`);
}

// ---------------------------------------------------------------------------------------------------
// 5b. Each capability's README.md: what it owns (mapping.ts) and where its parts are (the moved files).

const pascal = (name: string) => name.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase());
for (const [name, owns] of Object.entries(CAPABILITIES)) {
  const prefix = `capabilities/${name}/`;
  const mine = [...moves.values()].filter((to) => to.startsWith(prefix)).map((to) => to.slice(prefix.length));
  const list = (filter: (f: string) => boolean) =>
    mine
      .filter(filter)
      .map((f) => path.posix.basename(f))
      .sort();
  const line = (label: string, files: string[]) =>
    files.length ? `- **${label}**: ${files.map((f) => `\`${f}\``).join(', ')}` : '';
  const inFolder = (dir: string, tests: boolean) => (f: string) =>
    f.startsWith(`${dir}/`) && /\.test\.ts$/.test(f) === tests;
  const core = `packages/core/src/${name}`;
  const web = `packages/web/src/pages/${pascal(name)}`;
  const text = [
    `# ${name}`,
    '',
    owns,
    '',
    '## Where its parts are',
    '',
    line('routes/', list(inFolder('routes', false))),
    line('services/', list(inFolder('services', false))),
    line(
      'tables',
      list((f) => !f.includes('/') && f.endsWith('-schema.ts')),
    ),
    line('demo/', list(inFolder('demo', false))),
    line(
      'test/ (fixtures)',
      list((f) => f.startsWith('test/')),
    ),
    line(
      'tests',
      list((f) => f.endsWith('.test.ts')),
    ),
    fs.existsSync(path.join(repo, core)) ? `- **core logic**: \`${core}/\`` : '',
    fs.existsSync(path.join(repo, web)) ? `- **web pages**: \`${web}/\`` : '',
    '- **index.ts**: what other capabilities may import; **manifest.ts**: its route modules.',
    '',
  ]
    .filter((l, i, all) => l !== '' || all[i - 1] !== '')
    .join('\n');
  fs.writeFileSync(path.join(repo, serverSrc, 'capabilities', name, 'README.md'), text);
}

// ---------------------------------------------------------------------------------------------------
// 6. Route manifests, from app.ts's one list of route modules (its order is the API document's order).

const appPath = path.join(repo, serverSrc, 'app.ts');
let app = fs.readFileSync(appPath, 'utf8');
const listMatch = /const routeModules: RoutePlugin\[\] = \[([\s\S]*?)\];\n/.exec(app);
if (!listMatch) fail(['app.ts: `const routeModules: RoutePlugin[] = [...]` not found']);
const pluginNames = listMatch[1]
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const importOf = new Map<string, string>(); // plugin name → specifier in app.ts
for (const m of app.matchAll(/^import \{ (\w+) \} from '(\.\/[^']+)';\n/gm)) importOf.set(m[1], m[2]);
type Group = { owner: string; dir: string; plugins: { name: string; file: string }[] };
const groups: Group[] = [];
for (const plugin of pluginNames) {
  const spec = importOf.get(plugin);
  if (!spec) fail([`app.ts: no single-name import for route module ${plugin}`]);
  const file = path.resolve(path.dirname(appPath), `${spec}.ts`);
  const rel = path.relative(path.join(repo, serverSrc), file).split(path.sep).join('/');
  const owner = /^capabilities\/[^/]+/.exec(rel)?.[0] ?? path.posix.dirname(rel);
  const last = groups.at(-1);
  if (last?.owner === owner) last.plugins.push({ name: plugin, file });
  else {
    if (groups.some((g) => g.owner === owner))
      fail([`app.ts lists ${owner}'s route modules in two places; keep each owner's modules together`]);
    groups.push({ owner, dir: path.join(repo, serverSrc, owner), plugins: [{ name: plugin, file }] });
  }
}
for (const g of groups) {
  const name = g.owner.replace(/^capabilities\//, '').replace(/\//g, '-');
  const imports = g.plugins
    .map((p) => `import { ${p.name} } from '${relSpec(g.dir, p.file, false)}';`)
    .sort();
  const manifestTypes = relSpec(g.dir, path.join(repo, serverSrc, 'platform/http/route-types.ts'), false);
  fs.writeFileSync(
    path.join(g.dir, 'manifest.ts'),
    [
      `import type { RouteManifest } from '${manifestTypes}';`,
      ...imports,
      '',
      `/** ${name}'s route modules, in the order they register (the API document lists paths in this order). */`,
      `export const manifest: RouteManifest = {`,
      `  name: '${name}',`,
      `  routes: [${g.plugins.map((p) => p.name).join(', ')}],`,
      '};',
      '',
    ].join('\n'),
  );
}
for (const name of Object.keys(CAPABILITIES))
  if (!groups.some((g) => g.owner === `capabilities/${name}`))
    fs.writeFileSync(
      path.join(repo, serverSrc, 'capabilities', name, 'manifest.ts'),
      `import type { RouteManifest } from '../../platform/http/route-types';\n\n/** ${name} serves no routes of its own. */\nexport const manifest: RouteManifest = { name: '${name}', routes: [] };\n`,
    );
// The static list app.ts reads (Node has no import.meta.glob); manifests.test.ts checks it is complete.
const manifestOwners = [
  ...groups.map((g) => g.owner),
  ...Object.keys(CAPABILITIES)
    .map((n) => `capabilities/${n}`)
    .filter((o) => !groups.some((g) => g.owner === o)),
];
const alias = (owner: string) =>
  `${owner.replace(/^(capabilities|platform)\//, '').replace(/[-/](\w)/g, (_, c: string) => c.toUpperCase())}${owner.startsWith('platform/') ? 'Platform' : ''}`;
fs.writeFileSync(
  path.join(repo, serverSrc, 'manifests.ts'),
  [
    ...manifestOwners.map((o) => `import { manifest as ${alias(o)} } from './${o}/manifest';`).sort(),
    "import type { RouteManifest } from './platform/http/route-types';",
    '',
    '/**',
    ' * Every route manifest, in registration order (the API document lists paths in this order). One entry',
    ' * per capabilities/<name>/ folder and per platform part that serves routes; manifests.test.ts fails',
    ' * when a folder has a manifest.ts that is not listed here.',
    ' */',
    `export const MANIFESTS: RouteManifest[] = [${manifestOwners.map(alias).join(', ')}];`,
    '',
  ].join('\n'),
);
// app.ts: the route imports and the list give way to the manifests.
for (const plugin of pluginNames)
  app = app.replace(new RegExp(`^import \\{ ${plugin} \\} from '[^']+';\\n`, 'm'), '');
app = app.replace(
  listMatch[0],
  "/** The route modules, from each capability's and platform part's manifest (manifests.ts). */\nconst routeModules: RoutePlugin[] = MANIFESTS.flatMap((m) => m.routes);\n",
);
app = app.replace(
  /^(import type \{ RoutePlugin \} from '[^']+';\n)/m,
  "$1import { MANIFESTS } from './manifests';\n",
);
if (!app.includes("from './manifests'")) fail(['app.ts: could not add the manifests import']);
fs.writeFileSync(appPath, app);
const routeTypes = path.join(repo, serverSrc, 'platform/http/route-types.ts');
fs.appendFileSync(
  routeTypes,
  "\n/** A capability's (or platform part's) route modules, listed in its manifest.ts. */\nexport interface RouteManifest {\n  name: string;\n  routes: RoutePlugin[];\n}\n",
);

// ---------------------------------------------------------------------------------------------------
// 7. Overlay: hand-written post-move files, copied over the moved tree.

function copyOverlay(from: string, to: string) {
  if (!fs.existsSync(from)) return;
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const a = path.join(from, entry.name);
    const b = path.join(to, entry.name);
    if (entry.isDirectory()) copyOverlay(a, b);
    else {
      fs.mkdirSync(path.dirname(b), { recursive: true });
      fs.copyFileSync(a, b);
    }
  }
}
copyOverlay(overlayDir, repo);

// ---------------------------------------------------------------------------------------------------
// 8. Format, check, compare.

const moved = [...moves].filter(([a, b]) => a !== b).length;
console.log(
  `restructure: moved ${moved} files, rewrote ${rewritten.size} TypeScript files and ${pathEdits} path strings in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
git('add', '-A', serverSrc);
const run = (cmd: string, a: string[]) => execFileSync(cmd, a, { cwd: repo, stdio: 'inherit' });
// Every file the move wrote or touched (biome sorts the rewritten imports and formats the generated files).
const touched = git('status', '--porcelain', '-z', '--untracked-files=all')
  .split('\0')
  .filter((entry) => /^[ MARC?]{2} /.test(entry))
  .map((entry) => entry.slice(3))
  .filter((f) => /\.(ts|tsx|json)$/.test(f) && fs.existsSync(path.join(repo, f)));
run('npx', ['biome', 'check', '--write', '--no-errors-on-unmatched', ...touched]);
if (!args.has('--no-check')) {
  run('npm', ['run', 'check']);
  console.log('restructure: npm run check passed (openapi.json matches the running app)');
}
console.log(
  `restructure: done in ${((Date.now() - started) / 1000).toFixed(0)} s; commit with git add -A && git commit`,
);
