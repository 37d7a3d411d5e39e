import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { openPostgres } from '../../storage/connect.js';
import { DIALECTS } from '../../storage/test-databases.js';
import { createTestApp, json, NO_WEB_ROOT } from '../../testing/test-app.js';

for (const dialect of DIALECTS) {
  describe(`GET /api/health (${dialect})`, () => {
    it('reports ok, the database kind and the version', async () => {
      const t = await createTestApp({ dialect });
      try {
        const res = await t.app.inject({ url: '/api/health' });
        expect(res.statusCode).toBe(200);
        expect(res.headers['cache-control']).toBe('no-store');
        expect(json(res)).toEqual({ status: 'ok', database: dialect, version: '9.9.9-test' });
      } finally {
        await t.close();
      }
    });
  });
}

describe('GET /api/health without a database', () => {
  const storagePromise = openPostgres('postgres://postgres@127.0.0.1:1/none');
  afterAll(async () => (await storagePromise).close());

  it('answers 503 unavailable', async () => {
    const app = buildApp({ storage: await storagePromise, logger: false, webRoot: NO_WEB_ROOT });
    try {
      const res = await app.inject({ url: '/api/health' });
      expect(res.statusCode).toBe(503);
      expect(json(res)).toMatchObject({ status: 'unavailable', database: 'postgres' });
    } finally {
      await app.close();
    }
  });
});
