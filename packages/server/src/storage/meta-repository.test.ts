import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from './migrate.js';
import { createMetaRepository, toDate, type MetaRepository } from './meta-repository.js';
import { openPostgres } from './connect.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './test-databases.js';

for (const dialect of DIALECTS) {
  describe(`meta repository (${dialect})`, () => {
    let t: TestDatabase;
    let meta: MetaRepository;
    beforeAll(async () => {
      t = await openTestDatabase(dialect);
      await migrateToLatest(t.db);
      meta = createMetaRepository(t.db);
    });
    afterAll(() => t.destroy());

    it('reports the instance made by the first migration, as domain types', async () => {
      const info = await meta.getInstanceInfo();
      expect(info.instanceId).toMatch(/^[0-9a-f-]{36}$/);
      expect(info.createdAt).toBeInstanceOf(Date);
      expect(Math.abs(Date.now() - info.createdAt.getTime())).toBeLessThan(60_000);
    });

    it('upserts entries and returns updatedAt as a Date', async () => {
      expect(await meta.get('missing')).toBeUndefined();
      await meta.set('greeting', 'hello');
      const second = await meta.set('greeting', 'hello again');
      const read = await meta.get('greeting');
      expect(read).toEqual({ key: 'greeting', value: 'hello again', updatedAt: second.updatedAt });
      expect(read?.updatedAt).toBeInstanceOf(Date);
    });

    it('maps the database default timestamp (CURRENT_TIMESTAMP) to a Date', async () => {
      await t.db.insertInto('app_meta').values({ key: 'defaulted', value: 'x' }).execute();
      const read = await meta.get('defaulted');
      expect(read?.updatedAt).toBeInstanceOf(Date);
      expect(Math.abs(Date.now() - read!.updatedAt.getTime())).toBeLessThan(60_000);
    });

    it('stores text exactly, including quotes and non-Latin characters', async () => {
      const value = `it's "腰痛" \\ ; drop table app_meta; --`;
      await meta.set('odd', value);
      expect((await meta.get('odd'))?.value).toBe(value);
    });

    it('pings', async () => {
      expect(await meta.ping()).toBe(true);
    });

    it('runs the same trivial SQL on both dialects', async () => {
      const { rows } = await sql<{ n: number }>`select 1 as n`.execute(t.db);
      expect(Number(rows[0]?.n)).toBe(1);
    });
  });
}

describe('toDate', () => {
  it('reads SQLite CURRENT_TIMESTAMP text as UTC', () => {
    expect(toDate('2024-03-01 10:20:30').toISOString()).toBe('2024-03-01T10:20:30.000Z');
  });
  it('reads ISO strings and passes Dates through', () => {
    const d = new Date('2024-03-01T10:20:30.123Z');
    expect(toDate(d.toISOString())).toEqual(d);
    expect(toDate(d)).toBe(d);
  });
  it('refuses garbage', () => {
    expect(() => toDate('yesterday')).toThrow(/not a timestamp/);
  });
});

describe('ping on an unreachable database', () => {
  it('answers false instead of throwing', async () => {
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    const storage = await openPostgres('postgres://postgres@127.0.0.1:1/none');
    try {
      expect(await createMetaRepository(storage.db).ping()).toBe(false);
    } finally {
      await storage.close();
    }
  });
});
