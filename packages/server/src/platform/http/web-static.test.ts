import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webStaticOptions } from '../../app';
import { registerErrorHandling } from './errors';

/** The web app's files as the build leaves them: hashed assets with .br/.gz beside them, index.html, the manifest. */
describe('serving the web app', () => {
  let root: string;
  let app: FastifyInstance;
  const script = `console.log(${JSON.stringify('x'.repeat(2000))});\n`;
  const html = `<!doctype html><html><head><script type="module" src="/assets/index-AbCd1234.js"></script></head><body><div id="root"></div>${' '.repeat(1000)}</body></html>\n`;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'trellis-web-static-'));
    mkdirSync(join(root, 'assets'));
    mkdirSync(join(root, '.vite'));
    for (const [file, text] of [
      ['assets/index-AbCd1234.js', script],
      ['index.html', html],
    ] as const) {
      writeFileSync(join(root, file), text);
      writeFileSync(join(root, `${file}.br`), brotliCompressSync(Buffer.from(text)));
      writeFileSync(join(root, `${file}.gz`), gzipSync(Buffer.from(text)));
    }
    writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(join(root, '.vite/manifest.json'), '{}');
    app = Fastify();
    registerErrorHandling(app, { spaFallback: true });
    await app.register(fastifyStatic, webStaticOptions(root));
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('sends hashed assets precompressed (brotli first, then gzip) and cached for a year, immutable', async () => {
    const brotli = await app.inject({
      url: '/assets/index-AbCd1234.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(brotli.statusCode).toBe(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toMatch(/javascript/);
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(script);

    const gzip = await app.inject({
      url: '/assets/index-AbCd1234.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(script);

    const identity = await app.inject({
      url: '/assets/index-AbCd1234.js',
      headers: { 'accept-encoding': '' },
    });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body).toBe(script);
  });

  it('revalidates index.html on every load, at / and as the fallback of a client route, compressed too', async () => {
    for (const url of ['/', '/executive', '/quality/abc/review']) {
      const response = await app.inject({ url, headers: { 'accept-encoding': 'br, gzip' } });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers['content-type'], url).toMatch(/text\/html/);
      expect(response.headers['content-encoding'], url).toBe('br');
      expect(brotliDecompressSync(response.rawPayload).toString(), url).toBe(html);
    }
    const favicon = await app.inject({ url: '/favicon.svg' });
    expect(favicon.headers['cache-control']).toBe('no-cache');
  });

  it('does not serve the build manifest', async () => {
    const response = await app.inject({ url: '/.vite/manifest.json' });
    expect(response.statusCode).toBe(404);
  });
});
