import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  precacheUrls,
  serviceWorkerSource,
} from '../../../web/src/offline/service-worker-source.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { NOT_BUILT_PAGE } from './web-app.js';

const html = { accept: 'text/html,application/xhtml+xml' };

describe('web app (built)', () => {
  const root = mkdtempSync(join(tmpdir(), 'acupress-web-'));
  let t: TestApp;
  beforeAll(async () => {
    mkdirSync(join(root, 'assets'));
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html><title>Acupress</title><div id="root"></div>',
    );
    writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(root, 'manifest.webmanifest'), '{}');
    // As the web build writes it (packages/web/vite.config.ts).
    writeFileSync(
      join(root, 'sw.js'),
      serviceWorkerSource(
        'v1',
        precacheUrls(['index.html', 'assets/index-abc123.js', 'manifest.webmanifest']),
      ),
    );
    t = await createTestApp({ webRoot: root });
  });
  afterAll(async () => {
    await t.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves index.html at / without caching', async () => {
    const res = await t.app.inject({ url: '/', headers: html });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<div id="root">');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('serves hashed assets with a long cache', async () => {
    const res = await t.app.inject({ url: '/assets/index-abc123.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toMatch(/javascript/);
  });

  it('revalidates other files', async () => {
    const res = await t.app.inject({ url: '/manifest.webmanifest' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('serves the service worker as JavaScript, always revalidated, listing the hashed assets', async () => {
    const res = await t.app.inject({ url: '/sw.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.body).toContain('"/assets/index-abc123.js"');
    expect(res.body).toContain('"/index.html"');
    // Its scope is the root without a Service-Worker-Allowed header; the CSP lets 'self' run it.
    expect(res.headers['service-worker-allowed']).toBeUndefined();
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('worker-src');
  });

  it('answers any other page URL with index.html (client-side routes)', async () => {
    const res = await t.app.inject({ url: '/points/BL23?view=map', headers: html });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<div id="root">');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('answers a missing file that is not a page with 404', async () => {
    const res = await t.app.inject({ url: '/assets/missing.js', headers: { accept: '*/*' } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
  });

  it('never answers an unknown API route with the page', async () => {
    const res = await t.app.inject({ url: '/api/nope', headers: html });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
  });

  it.each([
    '/../../../etc/passwd',
    '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2f..%2fetc/passwd',
  ])('does not serve files outside its folder: %s', async (url) => {
    const res = await t.app.inject({ url, headers: { accept: '*/*' } });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.body).not.toContain('root:');
  });
});

describe('web app (not built)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('serves a page saying how to build it', async () => {
    const res = await t.app.inject({ url: '/', headers: html });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(NOT_BUILT_PAGE);
    expect(res.body).toContain('npm run build');
  });

  it('still serves the API', async () => {
    expect((await t.app.inject({ url: '/api/health' })).statusCode).toBe(200);
  });
});

describe('web app (pre-rendered and precompressed build)', () => {
  const root = mkdtempSync(join(tmpdir(), 'acupress-web-'));
  const script = `console.log(${JSON.stringify('a point of the atlas '.repeat(200))})`;
  const style = `.card { color: teal; }\n`.repeat(100);
  let t: TestApp;
  const write = (file: string, body: string | Buffer) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), body);
  };
  beforeAll(async () => {
    // As packages/web/build/finish-build.ts writes it.
    write(
      'index.html',
      '<!doctype html><title>Acupress</title><div id="root" data-prerendered="/">Find the points</div>',
    );
    write(
      'shell.html',
      '<!doctype html><title>Acupress</title><div id="root"><header>Acupress</header></div>',
    );
    write(
      'atlas/index.html',
      '<!doctype html><title>Atlas · Acupress</title><div id="root" data-prerendered="/atlas">Point atlas</div>',
    );
    write(
      'points/BL23/index.html',
      '<!doctype html><div id="root" data-prerendered="/points/BL23">BL23 Shenshu</div>',
    );
    write(
      'points/BL23/index.html.br',
      brotliCompressSync(readFileSync(join(root, 'points/BL23/index.html'))),
    );
    write('assets/index-abc123.js', script);
    write('assets/index-abc123.js.br', brotliCompressSync(script));
    write('assets/index-abc123.js.gz', gzipSync(script));
    // Only a gzip copy (as if brotli had not paid), and a file with no copy at all.
    write('assets/index-abc123.css', style);
    write('assets/index-abc123.css.gz', gzipSync(style));
    write('manifest.webmanifest', '{}');
    t = await createTestApp({ webRoot: root });
  });
  afterAll(async () => {
    await t.close();
    rmSync(root, { recursive: true, force: true });
  });
  const get = (url: string, encoding?: string) =>
    t.app.inject({
      url,
      headers: { ...html, ...(encoding ? { 'accept-encoding': encoding } : {}) },
    });

  it('sends the brotli copy to a browser that accepts it, with the type of the file itself', async () => {
    const res = await get('/assets/index-abc123.js', 'gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.rawPayload.length).toBeLessThan(script.length / 4);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(script);
  });

  it('sends the gzip copy to a browser without brotli', async () => {
    const res = await get('/assets/index-abc123.js', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(res.rawPayload).toString()).toBe(script);
  });

  it('sends the file as it is when the browser accepts no encoding, still saying it varies', async () => {
    const res = await get('/assets/index-abc123.js');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.body).toBe(script);
  });

  it('falls back to gzip when there is no brotli copy, and to the file when there is neither', async () => {
    const css = await get('/assets/index-abc123.css', 'br, gzip');
    expect(css.headers['content-encoding']).toBe('gzip');
    expect(css.headers['content-type']).toMatch(/^text\/css/);
    expect(gunzipSync(css.rawPayload).toString()).toBe(style);
    const manifest = await get('/manifest.webmanifest', 'br, gzip');
    expect(manifest.statusCode).toBe(200);
    expect(manifest.headers['content-encoding']).toBeUndefined();
    expect(manifest.body).toBe('{}');
    expect(manifest.headers.vary).toMatch(/accept-encoding/i);
  });

  it('serves the pre-rendered home page at /, and each pre-rendered page at its URL', async () => {
    const home = await get('/');
    expect(home.body).toContain('data-prerendered="/"');
    const atlas = await get('/atlas', 'br');
    expect(atlas.statusCode).toBe(200);
    expect(atlas.headers['content-type']).toMatch(/^text\/html/);
    expect(atlas.headers['cache-control']).toBe('no-cache');
    expect(atlas.body).toContain('Point atlas');
    const point = await get('/points/BL23', 'br, gzip');
    expect(point.statusCode).toBe(200);
    expect(point.headers['content-encoding']).toBe('br');
    expect(point.headers['content-type']).toMatch(/^text\/html/);
    expect(brotliDecompressSync(point.rawPayload).toString()).toContain('BL23 Shenshu');
  });

  it('answers every other page URL with the shell, not the home page', async () => {
    for (const url of ['/check-in', '/practice/session', '/points/bl23']) {
      const res = await get(url, 'br');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toContain('<header>Acupress</header>');
      expect(res.body).not.toContain('data-prerendered');
    }
  });
});
