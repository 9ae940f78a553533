#!/usr/bin/env node
// The built server (dist/, `npm run build:server`) where TypeScript tooling is not installed, as in the
// container image; otherwise the TypeScript sources through tsx, so a checkout needs no build step.
let tsx;
try {
  tsx = await import('tsx/esm/api');
} catch {
  tsx = null;
}
if (tsx) {
  tsx.register();
  await import('../src/cli.ts');
} else {
  await import('../dist/cli.js');
}
