import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { NO_WEB_ROOT } from '../testing/test-app.js';
import { openTestDatabase, type TestDatabase } from '../storage/test-databases.js';
import { migrateToLatest } from '../storage/migrate.js';

describe('request log', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase('sqlite');
    await migrateToLatest(database.db);
  });
  afterAll(() => database.destroy());

  async function logOf(requests: string[]): Promise<Record<string, unknown>[]> {
    const lines: string[] = [];
    const app = buildApp({
      storage: database,
      logger: { level: 'info', stream: { write: (line) => void lines.push(line) } },
      webRoot: NO_WEB_ROOT,
    });
    app.get('/api/test-boom', { config: { access: 'public', sameForEveryone: true } }, () => {
      throw new Error('boom');
    });
    try {
      for (const url of requests) await app.inject({ url });
      return lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    } finally {
      await app.close();
    }
  }

  it('writes no line for a successful read of a route that is the same for everyone', async () => {
    const entries = await logOf(['/api/points/BL23', '/api/points', '/api/health', '/api/session']);
    const urls = entries.filter((e) => e.msg === 'request completed').map((e) => e.url);
    expect(urls).toEqual(['/api/session']);
  });

  it('still logs an error on such a route, with its request id', async () => {
    const entries = await logOf(['/api/test-boom']);
    const errors = entries.filter((e) => (e.level as number) >= 50);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.reqId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
