import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The SDK's package exports its built dist (what npm installs); tests in the workspace use its source.
  resolve: {
    alias: { '@trellis/sdk': fileURLToPath(new URL('packages/sdk/src/index.ts', import.meta.url)) },
  },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/src/**/*.test.tsx',
      'bench/**/*.test.ts',
      'clients/**/*.test.ts',
    ],
    globalSetup: ['packages/server/src/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
