import type { ApiErrorBody as ErrorBody } from '@acupress/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { SECURITY_HEADERS } from './http/security-headers.js';
import { createTestApp, json, NO_WEB_ROOT, type TestApp } from './testing/test-app.js';

describe('app', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      setup: (app) => {
        app.get('/api/test-boom', { config: { access: 'public' } }, () => {
          throw new Error('secret detail: password=hunter2');
        });
      },
    });
  });
  afterAll(() => t.close());

  it.each(['/api/health', '/api/points/BL23', '/api/nowhere', '/api/test-boom', '/', '/api/docs'])(
    'sends every security header on %s',
    async (url) => {
      const res = await t.app.inject({ url, headers: { accept: 'text/html' } });
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(res.headers[name], name).toBe(value);
      }
    },
  );

  it('logs one JSON line per request with a request id, never the body', async () => {
    const lines: string[] = [];
    const app = buildApp({
      storage: t.database,
      logger: { level: 'info', stream: { write: (line) => void lines.push(line) } },
      webRoot: NO_WEB_ROOT,
    });
    try {
      await app.inject({
        method: 'POST',
        url: '/api/points/BL23/offsets',
        headers: { 'content-type': 'application/json' },
        payload: { measurements: { 'scapulae-medial-borders': 17.25 } },
      });
      const entries = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      const done = entries.filter((e) => e.msg === 'request completed');
      expect(done).toHaveLength(1);
      expect(done[0]).toMatchObject({ method: 'POST', statusCode: 200 });
      expect(done[0]!.reqId).toMatch(/^[0-9a-f-]{36}$/);
      expect(lines.join('')).not.toContain('17.25');
    } finally {
      await app.close();
    }
  });

  it('answers an unknown API route with 404 JSON, even for browsers', async () => {
    const res = await t.app.inject({ url: '/api/nowhere?x=1', headers: { accept: 'text/html' } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(json<ErrorBody>(res).error).toEqual({
      code: 'NOT_FOUND',
      message: 'No route GET /api/nowhere. The API is listed at GET /api/docs.',
    });
  });

  it('hides 5xx details from the client', async () => {
    const res = await t.app.inject({ url: '/api/test-boom' });
    expect(res.statusCode).toBe(500);
    expect(json(res)).toEqual({ error: { code: 'INTERNAL', message: 'Internal error' } });
    expect(res.body).not.toContain('hunter2');
  });

  it('answers a malformed JSON body with 400, not 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/points/BL23/offsets',
      headers: { 'content-type': 'application/json' },
      payload: '{"measurements": {',
    });
    expect(res.statusCode).toBe(400);
    expect(json<ErrorBody>(res).error.code).toBe('VALIDATION');
    expect(json<ErrorBody>(res).error.message).toMatch(/JSON/);
  });

  it('answers an unsupported content type with 415', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/points/BL23/offsets',
      headers: { 'content-type': 'application/xml' },
      payload: '<measurements/>',
    });
    expect(res.statusCode).toBe(415);
    expect(json<ErrorBody>(res).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses a body over the limit with 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/points/BL23/offsets',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ measurements: { x: 'y'.repeat(100_000) } }),
    });
    expect(res.statusCode).toBe(413);
    expect(json<ErrorBody>(res).error.code).toBe('PAYLOAD_TOO_LARGE');
  });
});
