import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from './migrate.js';
import { createMetaRepository } from './meta-repository.js';
import { MIGRATIONS, migrationProvider } from './migrations/index.js';
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

  describe(`0005 renames the sign-in sessions' table, keeping its rows (${dialect})`, () => {
    let t: TestDatabase;
    beforeAll(async () => {
      t = await openTestDatabase(dialect);
    });
    afterAll(() => t.destroy());

    it('moves a session signed in before the rename into auth_sessions', async () => {
      const migrator = new Migrator({ db: t.db, provider: migrationProvider });
      expect((await migrator.migrateTo('0004-practice-sessions')).error).toBeUndefined();
      const at = new Date().toISOString();
      await sql`insert into clinics (id, name, created_at) values ('c1', 'Clinic', ${at})`.execute(
        t.db,
      );
      await sql`insert into users (id, clinic_id, email, name, role, password_hash, created_at)
        values ('u1', 'c1', 'a@example.org', 'A', 'owner', 'x', ${at})`.execute(t.db);
      await sql`insert into sessions (id_hash, user_id, csrf_token, created_at, last_seen_at, ip, user_agent)
        values ('h1', 'u1', 'csrf', ${at}, ${at}, '127.0.0.1', 'test')`.execute(t.db);

      expect((await migrateToLatest(t.db)).applied).toEqual(['0005-auth-sessions']);
      const kept = await t.db.selectFrom('auth_sessions').select(['id_hash', 'user_id']).execute();
      expect(kept).toEqual([{ id_hash: 'h1', user_id: 'u1' }]);
      const tables = (await t.db.introspection.getTables()).map((x) => x.name);
      expect(tables).not.toContain('sessions');
    });
  });
}
