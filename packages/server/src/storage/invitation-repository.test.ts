import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from './migrate.js';
import { createRepositories, type Repositories } from './repositories.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './test-databases.js';
import { later, seedUser, T0 } from './test-fixtures.js';
import type { User } from './user-repository.js';

for (const dialect of DIALECTS) {
  describe(`invitation and password reset repositories (${dialect})`, () => {
    let t: TestDatabase;
    let repos: Repositories;
    let owner: User;
    beforeAll(async () => {
      t = await openTestDatabase(dialect);
      await migrateToLatest(t.db);
      repos = createRepositories(t.db);
      owner = await seedUser(repos, 'owner');
    });
    afterAll(() => t.destroy());

    const invite = (tokenHash: string, role: 'practitioner' | 'client', expiresAt = later(60)) =>
      repos.invitations.create(
        { tokenHash, clinicId: owner.clinicId, role, email: null, createdBy: owner.id, expiresAt },
        T0,
      );

    it('creates, finds by id and by token hash, with the clinic name', async () => {
      const inv = await invite('inv-1', 'client');
      expect(inv).toMatchObject({
        clinicId: owner.clinicId,
        clinicName: owner.clinicName,
        role: 'client',
        email: null,
        createdAt: T0,
        expiresAt: later(60),
        usedAt: null,
      });
      expect(await repos.invitations.find(inv.id)).toEqual(inv);
      expect(await repos.invitations.findByTokenHash('inv-1')).toEqual(inv);
    });

    it('lists pending invitations by role, not used or expired ones', async () => {
      const p = await invite('inv-p', 'practitioner');
      const expired = await invite('inv-old', 'client', later(-1));
      const used = await invite('inv-used', 'client');
      expect(await repos.invitations.claim('inv-used', T0)).toBe(true);
      const pending = (await repos.invitations.listPending(owner.clinicId, ['client'], T0)).map(
        (i) => i.id,
      );
      expect(pending).not.toContain(p.id);
      expect(pending).not.toContain(expired.id);
      expect(pending).not.toContain(used.id);
      const all = await repos.invitations.listPending(
        owner.clinicId,
        ['client', 'practitioner'],
        T0,
      );
      expect(all.map((i) => i.id)).toContain(p.id);
    });

    it('claims once: a second claim, or an expired one, fails', async () => {
      await invite('inv-once', 'client');
      expect(await repos.invitations.claim('inv-once', T0)).toBe(true);
      expect(await repos.invitations.claim('inv-once', T0)).toBe(false);
      await invite('inv-late', 'client', later(10));
      expect(await repos.invitations.claim('inv-late', later(11))).toBe(false);
      expect(await repos.invitations.claim('unknown', T0)).toBe(false);
    });

    it('deletes (revokes) an invitation', async () => {
      const inv = await invite('inv-revoke', 'client');
      await repos.invitations.delete(inv.id);
      expect(await repos.invitations.find(inv.id)).toBeUndefined();
    });

    it('issues password resets: a newer link replaces an unused older one; one use', async () => {
      const client = await seedUser(repos, 'client', owner.clinicId);
      const issue = (tokenHash: string) =>
        repos.passwordResets.create(
          { tokenHash, userId: client.id, createdBy: owner.id, expiresAt: later(60) },
          T0,
        );
      await issue('reset-1');
      await issue('reset-2');
      expect(await repos.passwordResets.findByTokenHash('reset-1')).toBeUndefined();
      expect(await repos.passwordResets.findByTokenHash('reset-2')).toEqual({
        userId: client.id,
        email: client.email,
        createdBy: owner.id,
        createdAt: T0,
        expiresAt: later(60),
        usedAt: null,
      });
      expect(await repos.passwordResets.claim('reset-2', later(61))).toBe(false);
      expect(await repos.passwordResets.claim('reset-2', later(1))).toBe(true);
      expect(await repos.passwordResets.claim('reset-2', later(2))).toBe(false);
      expect((await repos.passwordResets.findByTokenHash('reset-2'))?.usedAt).toEqual(later(1));
    });
  });
}
