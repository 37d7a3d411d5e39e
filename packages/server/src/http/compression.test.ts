import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { exampleAssessmentJson } from '../testing/test-examples.js';

describe('API answers, compressed where it pays', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const point = (encoding?: string) =>
    t.app.inject({
      url: '/api/points/BL23',
      headers: encoding ? { 'accept-encoding': encoding } : {},
    });

  it('sends a point (about 2 KB of JSON) as brotli when accepted, the same JSON inside', async () => {
    const plain = await point();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(1024);
    const br = await point('gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^application\/json/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length * 0.6);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
  });

  it('sends gzip to a client without brotli', async () => {
    const res = await point('gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(res.rawPayload).toString())).toMatchObject({ id: 'BL23' });
  });

  it('leaves a small answer as it is (under 1 KB compression does not pay)', async () => {
    const res = await t.app.inject({ url: '/api/session', headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.length).toBeLessThan(1024);
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('does not take compressed request bodies: a 4xx, never a 5xx', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/plans/preview',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: gzipSync(JSON.stringify(exampleAssessmentJson())),
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
  });
});
