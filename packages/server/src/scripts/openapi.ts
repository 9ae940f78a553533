/**
 * Writes the OpenAPI document to packages/server/openapi.json and the TypeScript types generated from it
 * (openapi-typescript) to the SDK, whose copy the web app and route tests import too (`--write`), or fails when a committed file differs from
 * what the routes produce (`--check`, run by `npm run check`).
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildApp } from '../app';
import { loadConfig } from '../platform/config';
import type { Database } from '../platform/db/types';

const target = fileURLToPath(new URL('../../openapi.json', import.meta.url));
/**
 * Where the generated types go: the SDK, which ships them (so it depends on nothing); the web app and the
 * route tests import them from `@trellis/sdk` (type-only), so there is one generated file.
 */
const typeTargets = ['../../../sdk/src/openapi.gen.ts'].map((p) =>
  fileURLToPath(new URL(p, import.meta.url)),
);

const noDatabase: Database = {
  engine: 'pglite',
  tenant: () => Promise.reject(new Error('no database while generating OpenAPI')),
  system: () => Promise.reject(new Error('no database while generating OpenAPI')),
  systemAutocommit: () => Promise.reject(new Error('no database while generating OpenAPI')),
  ping: () => Promise.reject(new Error('no database while generating OpenAPI')),
  close: async () => {},
};

/**
 * Component schemas in name order. Otherwise they come in the order their modules were first evaluated,
 * so moving a file (or importing it from somewhere new) would reorder a document that did not change.
 */
function sortedSchemas(document: object): object {
  const { components } = document as { components?: { schemas?: Record<string, unknown> } };
  if (!components?.schemas) return document;
  const schemas = Object.fromEntries(
    Object.entries(components.schemas).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return { ...document, components: { ...components, schemas } };
}

export async function generateOpenApi(): Promise<string> {
  const app = await buildApp({ db: noDatabase, config: loadConfig({}, {}), serveWeb: false });
  await app.ready();
  const text = `${JSON.stringify(sortedSchemas(app.swagger()), null, 2)}\n`;
  await app.close();
  return text;
}

/**
 * `paths`, `components` and `operations` types of the document, as openapi-typescript writes them. A field
 * with a default stays optional where the document leaves it out of `required` (a request body's
 * `segmentCapacity` may be left out; the server fills it in), rather than openapi-typescript's default of
 * making it required.
 */
export async function generateTypes(documentText: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(documentText) as OpenAPI3, {
    alphabetize: false,
    defaultNonNullable: false,
  });
  return (
    '/**\n * Generated from packages/server/openapi.json by `npm run openapi` (openapi-typescript). Do not edit:\n' +
    " * name what you need with `components['schemas']['…']` or an operation's response in a module beside it.\n */\n\n" +
    astToString(ast)
  );
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1]);
if (isMain) {
  const text = await generateOpenApi();
  const types = await generateTypes(text);
  const files: [string, string][] = [[target, text], ...typeTargets.map((t): [string, string] => [t, types])];
  if (process.argv.includes('--check')) {
    const stale = files.filter(
      ([file, want]) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '') !== want,
    );
    if (stale.length) {
      console.error(`Stale: ${stale.map(([f]) => f).join(', ')}: run \`npm run openapi\` and commit them.`);
      process.exit(1);
    }
    console.log('openapi.json and the generated API types are up to date.');
  } else {
    for (const [file, content] of files) {
      fs.writeFileSync(file, content);
      console.log(`Wrote ${file}`);
    }
  }
}
