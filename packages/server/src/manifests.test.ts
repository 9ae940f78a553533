import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MANIFESTS } from './manifests';

const src = fileURLToPath(new URL('.', import.meta.url));
const folders = (dir: string) =>
  fs
    .readdirSync(`${src}${dir}`, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

describe('route manifests', () => {
  it('every capability folder has its README, index.ts and manifest, and manifests.ts lists the manifest', () => {
    const listed = new Set(MANIFESTS.map((m) => m.name));
    for (const name of folders('capabilities')) {
      for (const file of ['README.md', 'index.ts', 'manifest.ts'])
        expect(fs.existsSync(`${src}capabilities/${name}/${file}`), `capabilities/${name}/${file}`).toBe(
          true,
        );
      expect(listed.has(name), `manifests.ts lists capabilities/${name}`).toBe(true);
    }
  });

  it('every platform part with a manifest.ts is listed, and no route module is listed twice', () => {
    const listed = new Set(MANIFESTS.map((m) => m.name));
    for (const part of folders('platform'))
      if (fs.existsSync(`${src}platform/${part}/manifest.ts`))
        expect(listed.has(`platform-${part}`), `manifests.ts lists platform/${part}`).toBe(true);
    const routes = MANIFESTS.flatMap((m) => m.routes);
    expect(new Set(routes).size).toBe(routes.length);
    expect(MANIFESTS.length).toBe(listed.size);
  });
});
