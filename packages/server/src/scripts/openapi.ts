/**
 * Writes the OpenAPI document to packages/server/openapi.json (`--write`) or fails when the committed file
 * differs from what the routes produce (`--check`, run by `npm run check`).
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import type { Database } from '../db/types';

const target = fileURLToPath(new URL('../../openapi.json', import.meta.url));

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

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1]);
if (isMain) {
  const text = await generateOpenApi();
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    if (committed !== text) {
      console.error('packages/server/openapi.json is stale: run `npm run openapi` and commit it.');
      process.exit(1);
    }
    console.log('openapi.json is up to date.');
  } else {
    fs.writeFileSync(target, text);
    console.log(`Wrote ${target}`);
  }
}
