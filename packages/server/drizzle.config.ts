import { defineConfig } from 'drizzle-kit';

/** Every table file is a `*-schema.ts`: platform/db/tenancy-schema.ts, platform parts' and capabilities' own. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './packages/server/src/**/*-schema.ts',
  out: './packages/server/drizzle',
});
