import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './packages/server/src/db/schema.ts',
    './packages/server/src/db/quality-schema.ts',
    './packages/server/src/db/webhook-schema.ts',
    './packages/server/src/db/capacity-schema.ts',
    './packages/server/src/db/portfolio-schema.ts',
    './packages/server/src/db/notification-schema.ts',
    './packages/server/src/db/evidence-schema.ts',
    './packages/server/src/db/core-review-schema.ts',
    './packages/server/src/db/decisions-schema.ts',
    './packages/server/src/db/learning-schema.ts',
    './packages/server/src/db/sequencing-schema.ts',
    './packages/server/src/db/optimizer-schema.ts',
    './packages/server/src/db/learning-mail-schema.ts',
    './packages/server/src/db/diagnostic-schema.ts',
    './packages/server/src/db/ops-schema.ts',
    './packages/server/src/db/identity-schema.ts',
    './packages/server/src/db/roles-schema.ts',
  ],
  out: './packages/server/drizzle',
});
