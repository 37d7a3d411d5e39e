import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from './migrate.js';
import { createRepositories, type Repositories } from './repositories.js';
import type { AuthSessionRecord } from './auth-session-repository.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './test-databases.js';
import { later, seedUser, T0 } from './test-fixtures.js';
import type { User } from './user-repository.js';

for (const dialect of DIALECTS) {
  describe(`session repository (${dialect})`, () => {
    let t: TestDatabase;
    let repos: Repositories;
    let user: User;
    beforeAll(async () => {
      t = await openTestDatabase(dialect);
      await migrateToLatest(t.db);
      repos = createRepositories(t.db);
      user = await seedUser(repos, 'practitioner');
    });
    afterAll(() => t.destroy());

    let n = 0;
    const session = (over: Partial<AuthSessionRecord> = {}): AuthSessionRecord => ({
      idHash: `hash-${(n += 1)}`,
      userId: user.id,
      csrfToken: `csrf-${n}`,
      createdAt: T0,
      lastSeenAt: T0,
      ip: '192.0.2.1',
      userAgent: 'test',
      ...over,
    });

    it('finds a session with its account, as domain types', async () => {
      const s = session();
      await repos.authSessions.insert(s);
      expect(await repos.authSessions.findWithUser(s.idHash)).toEqual({ session: s, user });
      expect(await repos.authSessions.findWithUser('unknown')).toBeUndefined();
    });

    it('touches, deletes one, and deletes all of an account but the current', async () => {
      const [a, b, c] = [session(), session(), session()];
      for (const s of [a, b, c]) await repos.authSessions.insert(s);
      await repos.authSessions.touch(a.idHash, later(5));
      expect((await repos.authSessions.findWithUser(a.idHash))?.session.lastSeenAt).toEqual(
        later(5),
      );
      await repos.authSessions.delete(c.idHash);
      expect(await repos.authSessions.findWithUser(c.idHash)).toBeUndefined();
      await repos.authSessions.deleteForUser(user.id, a.idHash);
      expect(await repos.authSessions.findWithUser(a.idHash)).toBeDefined();
      expect(await repos.authSessions.findWithUser(b.idHash)).toBeUndefined();
      await repos.authSessions.deleteForUser(user.id);
      expect(await repos.authSessions.findWithUser(a.idHash)).toBeUndefined();
    });

    it('deletes sessions past either timeout', async () => {
      const idle = session({ lastSeenAt: later(-600) });
      const old = session({ createdAt: later(-60 * 24 * 40), lastSeenAt: T0 });
      const fresh = session();
      for (const s of [idle, old, fresh]) await repos.authSessions.insert(s);
      await repos.authSessions.deleteStale(later(-480), later(-60 * 24 * 30));
      expect(await repos.authSessions.findWithUser(idle.idHash)).toBeUndefined();
      expect(await repos.authSessions.findWithUser(old.idHash)).toBeUndefined();
      expect(await repos.authSessions.findWithUser(fresh.idHash)).toBeDefined();
    });

    it('disappears with its account (cascade)', async () => {
      const other = await seedUser(repos, 'client', user.clinicId);
      const s = session({ userId: other.id });
      await repos.authSessions.insert(s);
      await repos.users.delete(other.id);
      expect(await repos.authSessions.findWithUser(s.idHash)).toBeUndefined();
    });
  });
}
