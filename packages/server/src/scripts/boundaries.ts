/**
 * The import boundaries, checked (run by `npm run check`; boundaries.test.ts plants a violation of each):
 *
 * - cycle: no import cycle between files, type-only imports included (a dynamic `import()` loads later and
 *   does not count; an import of a capability's index.ts counts as an import of the file that defines
 *   each imported name);
 * - core-io: packages/core does no I/O (no node:fs/net/http…, pg, PGlite, drizzle, fastify, nodemailer);
 * - platform-capability: server/src/platform/ imports no capability;
 * - capability-internals: a capability imports another only through its index.ts, or a file that is public
 *   by name: its tables (`*-schema.ts`) and API shapes (`routes/*-schemas.ts`);
 * - route-query: a route file does not build a query (drizzle-orm, `sql\``, `db.select(…)`, `tx.insert(…)`).
 *
 * Tests may reach anywhere (vi.mock needs the real file) and are checked for nothing but cycles.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export type Rule = 'cycle' | 'core-io' | 'platform-capability' | 'capability-internals' | 'route-query';
export interface Violation {
  rule: Rule;
  file: string;
  detail: string;
}

const CORE_IO =
  /^(node:)?(fs|fs\/promises|net|http|https|http2|tls|dgram|child_process|dns|worker_threads)$|^(pg|pg-.*|@electric-sql\/.*|drizzle-orm(\/.*)?|drizzle-kit|fastify|@fastify\/.*|nodemailer|undici)$/;
const QUERY = /\b(db|tx|database)\.(select|selectDistinct|insert|update|delete|execute)\(|\bsql`/;
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

interface Import {
  spec: string;
  target?: string;
  typeOnly: boolean;
  names?: string[];
}

function listFiles(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) listFiles(p, out);
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function resolve(fromFile: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(fromFile), spec);
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function importsOf(file: string, text: string): Import[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const imports: Import[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const named = bindings && ts.isNamedImports(bindings) ? bindings.elements : undefined;
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      imports.push({
        spec: statement.moduleSpecifier.text,
        typeOnly,
        names: named?.map((e) => (e.propertyName ?? e.name).text),
      });
    } else if (
      ts.isExportDeclaration(statement) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      const clause = statement.exportClause;
      const named = clause && ts.isNamedExports(clause) ? clause.elements : undefined;
      imports.push({
        spec: statement.moduleSpecifier.text,
        typeOnly: statement.isTypeOnly || (!!named && named.length > 0 && named.every((e) => e.isTypeOnly)),
        names: named?.map((e) => (e.propertyName ?? e.name).text),
      });
    }
  }
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    )
      // A dynamic import is loaded later, on demand: it cannot take part in a load-time cycle.
      imports.push({ spec: node.arguments[0].text, typeOnly: true });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return imports;
}

/** Checks the packages under `root` (the repository root, or a planted tree in a test). */
export function checkBoundaries(root: string): Violation[] {
  const rel = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const serverSrc = path.join(root, 'packages/server/src');
  const files = ['core', 'server', 'web', 'sdk'].flatMap((p) =>
    listFiles(path.join(root, 'packages', p, 'src')),
  );
  const violations: Violation[] = [];
  const graph = new Map<string, Import[]>();
  const texts = new Map<string, string>();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    texts.set(file, text);
    const imports = importsOf(file, text);
    for (const i of imports) i.target = resolve(file, i.spec);
    graph.set(file, imports);
  }
  const capabilityOf = (file: string) =>
    /^capabilities\/([^/]+)\//.exec(rel(file).replace(/^packages\/server\/src\//, ''))?.[1];
  const inServer = (file: string) => file.startsWith(serverSrc + path.sep);
  const isTest = (file: string) => /\.test\.tsx?$/.test(file) || /\/test\//.test(rel(file));

  for (const [file, imports] of graph) {
    const name = rel(file);
    if (name.startsWith('packages/core/src/') && !isTest(file)) {
      for (const i of imports)
        if (CORE_IO.test(i.spec) && !i.typeOnly)
          violations.push({ rule: 'core-io', file: name, detail: `imports ${i.spec}` });
    }
    if (!inServer(file) || isTest(file)) continue;
    const local = rel(file).replace(/^packages\/server\/src\//, '');
    const fromCap = capabilityOf(file);
    for (const i of imports) {
      if (!i.target || !inServer(i.target)) continue;
      const toCap = capabilityOf(i.target);
      const targetLocal = rel(i.target).replace(/^packages\/server\/src\//, '');
      if (local.startsWith('platform/') && toCap)
        violations.push({ rule: 'platform-capability', file: name, detail: `imports ${targetLocal}` });
      if (fromCap && toCap && fromCap !== toCap) {
        const inside = targetLocal.slice(`capabilities/${toCap}/`.length);
        const publicFile =
          inside === 'index.ts' ||
          /(^|\/)[\w-]+-schema\.ts$/.test(inside) ||
          /^routes\/[\w-]+-schemas\.ts$/.test(inside);
        if (!publicFile)
          violations.push({
            rule: 'capability-internals',
            file: name,
            detail: `imports ${targetLocal}; import capabilities/${toCap}/index.ts instead`,
          });
      }
    }
    const isRoute = /(^|\/)routes\/[^/]+\.ts$/.test(local) || /^platform\/[^/]+\/routes\.ts$/.test(local);
    if (isRoute && !/-schemas\.ts$/.test(local)) {
      for (const i of imports)
        if (/^drizzle-orm(\/|$)/.test(i.spec) && !i.typeOnly)
          violations.push({ rule: 'route-query', file: name, detail: `imports ${i.spec} (call a service)` });
      const text = texts.get(file) ?? '';
      const hit = QUERY.exec(text);
      if (hit)
        violations.push({
          rule: 'route-query',
          file: name,
          detail: `builds a query: ${hit[0]}… (call a service)`,
        });
    }
  }

  // Cycles, on load-time edges: an import of an index.ts counts as imports of the files defining the names.
  const edges = new Map<string, Set<string>>();
  const reExports = (index: string): Map<string, string> => {
    const map = new Map<string, string>();
    for (const i of graph.get(index) ?? []) if (i.target) for (const n of i.names ?? []) map.set(n, i.target);
    return map;
  };
  for (const [file, imports] of graph) {
    const set = new Set<string>();
    for (const i of imports) {
      if (!i.target || !graph.has(i.target)) continue;
      const capIndex =
        /\/capabilities\/[^/]+\/index\.ts$/.test(i.target) && !/\/capabilities\/[^/]+\/index\.ts$/.test(file);
      if (capIndex && i.names) {
        const map = reExports(i.target);
        for (const n of i.names) set.add(map.get(n) ?? i.target);
      } else set.add(i.target);
    }
    edges.set(file, set);
  }
  for (const cycle of stronglyConnected(edges))
    violations.push({
      rule: 'cycle',
      file: rel(cycle[0] ?? ''),
      detail: `import cycle: ${cycle.map(rel).join(' → ')}`,
    });
  return violations;
}

/** Tarjan's strongly connected components with more than one file (or a file importing itself). */
function stronglyConnected(edges: Map<string, Set<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || edges.get(v)?.has(v)) out.push(component.sort());
    }
  };
  for (const v of [...edges.keys()].sort()) if (!index.has(v)) connect(v);
  return out;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1]);
if (isMain) {
  const root = fileURLToPath(new URL('../../../..', import.meta.url));
  const violations = checkBoundaries(root);
  for (const v of violations) console.error(`${v.rule}: ${v.file}: ${v.detail}`);
  if (violations.length) {
    console.error(`${violations.length} boundary violation(s) (packages/server/src/scripts/boundaries.ts).`);
    process.exit(1);
  }
  console.log('Import boundaries hold.');
}
