import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from './migrate.js';
import { createMetaRepository } from './meta-repository.js';
import { MIGRATIONS } from './migrations/index.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './test-databases.js';

for (const dialect of DIALECTS) {
  describe(`migrations (${dialect})`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await openTestDatabase(dialect);
    });
    afterAll(() => t.destroy());

    it('applies every migration to an empty database', async () => {
      const outcome = await migrateToLatest(t.db);
      expect(outcome.applied).toEqual(Object.keys(MIGRATIONS).sort());
      expect(outcome.known).toEqual(outcome.applied);
      const tables = await t.db.introspection.getTables();
      expect(tables.map((x) => x.name)).toContain('app_meta');
    });

    it('is idempotent and keeps app_meta', async () => {
      const meta = createMetaRepository(t.db);
      const before = await meta.getInstanceInfo();
      await meta.set('note', 'kept');

      const second = await migrateToLatest(t.db);
      expect(second.applied).toEqual([]);
      expect(second.known).toEqual(Object.keys(MIGRATIONS).sort());

      expect(await meta.getInstanceInfo()).toEqual(before);
      expect((await meta.get('note'))?.value).toBe('kept');
    });
  });
}
