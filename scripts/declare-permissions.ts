/**
 * One-off codemod: writes each /api/v1 route's permission, as the old derivation (URL table + the handler's
 * `requireOrganization` role, read from its source) gave it, into the route file as
 * `config: { permission }`, and each manifest's capability as `permissionArea`. Run once, before the
 * derivation was deleted: `npx tsx scripts/declare-permissions.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { MANIFESTS } from '../packages/server/src/manifests';
import { derivePermission } from '../packages/server/src/platform/auth/permissions';
import { loadConfig } from '../packages/server/src/platform/config';
import { createMetrics } from '../packages/server/src/platform/observability/metrics';

const src = path.resolve('packages/server/src');
const manifestFiles = [
  ...fs.readdirSync(path.join(src, 'capabilities')).map((d) => path.join(src, 'capabilities', d, 'manifest.ts')),
  ...fs.readdirSync(path.join(src, 'platform')).map((d) => path.join(src, 'platform', d, 'manifest.ts')),
].filter((f) => fs.existsSync(f));

/** manifest name → its file, and route plugin name → its file, from the manifests' own imports. */
const fileOfManifest = new Map<string, string>();
const fileOfPlugin = new Map<string, string>();
for (const file of manifestFiles) {
  const text = fs.readFileSync(file, 'utf8');
  const name = /name: '([^']+)'/.exec(text)![1]!;
  fileOfManifest.set(name, file);
  for (const m of text.matchAll(/import \{ (\w+) \} from '(\.\/[^']+)'/g))
    fileOfPlugin.set(`${name}:${m[1]}`, path.resolve(path.dirname(file), `${m[2]}.ts`));
}

type Found = { manifest: string; plugin: string; method: string; url: string; permission: ReturnType<typeof derivePermission> };
const found: Found[] = [];
const noDb = {} as never;
for (const manifest of MANIFESTS) {
  for (const plugin of manifest.routes) {
    const app = Fastify();
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    app.addHook('onRoute', (route) => {
      if (!route.url.startsWith('/api/v1/')) return;
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods)
        if (method !== 'HEAD')
          found.push({
            manifest: manifest.name,
            plugin: plugin.name,
            method: method.toLowerCase(),
            url: route.url,
            permission: derivePermission(route.url, String(route.handler)),
          });
    });
    await app.register(plugin, { db: noDb, config: loadConfig({}, {}), metrics: createMetrics(), now: Date.now });
    await app.ready();
    await app.close();
  }
}

/** The area of a manifest: the capability most of its routes have. */
const areaOf = new Map<string, string>();
for (const name of new Set(found.map((f) => f.manifest))) {
  const counts = new Map<string, number>();
  for (const f of found)
    if (f.manifest === name && f.permission.kind === 'capability')
      counts.set(f.permission.capability, (counts.get(f.permission.capability) ?? 0) + 1);
  const area = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'settings';
  areaOf.set(name, area);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const edits = new Map<string, string>();
const problems: string[] = [];
for (const f of found) {
  const file = fileOfPlugin.get(`${f.manifest}:${f.plugin}`);
  if (!file) {
    problems.push(`no file for ${f.manifest}:${f.plugin}`);
    continue;
  }
  const text = edits.get(file) ?? fs.readFileSync(file, 'utf8');
  const declared =
    f.permission.kind !== 'capability'
      ? f.permission.kind
      : f.permission.capability === areaOf.get(f.manifest)
        ? f.permission.actions[0]!
        : `${f.permission.capability}.${f.permission.actions[0]}`;
  if (f.permission.kind === 'capability' && f.permission.actions.length !== 1)
    problems.push(`${f.method} ${f.url}: ${f.permission.actions.length} actions`);
  const call = new RegExp(`(app\\.${f.method}\\(\\s*['"\`]${escape(f.url)}['"\`],\\s*\\{)`, 'g');
  const hits = [...text.matchAll(call)];
  if (hits.length !== 1) {
    problems.push(`${f.method} ${f.url} in ${path.relative(src, file)}: ${hits.length} matches`);
    continue;
  }
  edits.set(file, text.replace(call, `$1\n      config: { permission: '${declared}' },`));
}
for (const [name, area] of areaOf) {
  const file = fileOfManifest.get(name)!;
  const text = edits.get(file) ?? fs.readFileSync(file, 'utf8');
  edits.set(file, text.replace(/(name: '[^']+',)/, `$1\n  permissionArea: '${area}',`));
}
console.log(`${found.length} routes, ${edits.size} files, areas:`, Object.fromEntries(areaOf));
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
if (process.argv.includes('--write')) for (const [file, text] of edits) fs.writeFileSync(file, text);
