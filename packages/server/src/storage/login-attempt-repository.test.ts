import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from './migrate.js';
import { createRepositories, type Repositories } from './repositories.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './test-databases.js';
import { later, T0 } from './test-fixtures.js';

for (const dialect of DIALECTS) {
  describe(`login attempt repository (${dialect})`, () => {
    let t: TestDatabase;
    let repos: Repositories;
    beforeAll(async () => {
      t = await openTestDatabase(dialect);
      await migrateToLatest(t.db);
      repos = createRepositories(t.db);
    });
    afterAll(() => t.destroy());

    it('counts failures per key inside the window, with the oldest', async () => {
      const attempts = repos.loginAttempts;
      await attempts.record(['account:a', 'address:x'], later(-20), 'a1');
      await attempts.record(['account:a', 'address:x'], later(-10), 'a2');
      await attempts.record(['account:a', 'address:y'], later(-5), 'a3');
      expect(await attempts.failuresSince('account:a', later(-15))).toEqual({
        count: 2,
        oldest: later(-10),
      });
      expect(await attempts.failuresSince('address:x', later(-15))).toEqual({
        count: 1,
        oldest: later(-10),
      });
      expect(await attempts.failuresSince('nobody', later(-15))).toEqual({
        count: 0,
        oldest: null,
      });
    });

    it('clears one key and prunes old rows of every key', async () => {
      const attempts = repos.loginAttempts;
      await attempts.clear('account:a');
      expect((await attempts.failuresSince('account:a', later(-60))).count).toBe(0);
      expect((await attempts.failuresSince('address:x', later(-60))).count).toBe(2);
      await attempts.prune(later(-15));
      expect((await attempts.failuresSince('address:x', later(-60))).count).toBe(1);
      await attempts.record([], T0, 'a4');
    });

    it('forgets one attempt under every key, and no other', async () => {
      const attempts = repos.loginAttempts;
      await attempts.record(['account:b', 'address:z'], later(-3), 'b1');
      await attempts.record(['account:b', 'address:z'], later(-3), 'b2');
      await attempts.remove('b1');
      expect((await attempts.failuresSince('account:b', later(-60))).count).toBe(1);
      expect((await attempts.failuresSince('address:z', later(-60))).count).toBe(1);
    });
  });
}
