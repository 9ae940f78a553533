import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Three projects: `core` and `web` are pure (no database, no global setup: `npx vitest run --project core`);
 * `server` (server, SDK and bench tests, which talk to a real server) gets the throwaway PostgreSQL cluster and
 * PGlite template from its global setup. `npx vitest run` runs all three.
 */
export default defineConfig({
  // The SDK's package exports its built dist (what npm installs); tests in the workspace use its source.
  resolve: {
    alias: { '@trellis/sdk': fileURLToPath(new URL('packages/sdk/src/index.ts', import.meta.url)) },
  },
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'core', include: ['packages/core/src/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'web', include: ['packages/web/src/**/*.test.ts', 'packages/web/src/**/*.test.tsx'] },
      },
      {
        extends: true,
        test: {
          name: 'server',
          include: [
            'packages/server/src/**/*.test.ts',
            'packages/sdk/src/**/*.test.ts',
            'bench/**/*.test.ts',
            'clients/**/*.test.ts',
          ],
          globalSetup: ['packages/server/src/test/global-setup.ts'],
        },
      },
    ],
  },
});
