import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from './migrate.js';
import { createRepositories, inTransaction, type Repositories } from './repositories.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './test-databases.js';
import { seedUser, T0 } from './test-fixtures.js';

for (const dialect of DIALECTS) {
  describe(`clinic and user repositories (${dialect})`, () => {
    let t: TestDatabase;
    let repos: Repositories;
    beforeAll(async () => {
      t = await openTestDatabase(dialect);
      await migrateToLatest(t.db);
      repos = createRepositories(t.db);
    });
    afterAll(() => t.destroy());

    it('creates a clinic and an owner, mapped to domain types', async () => {
      const clinic = await repos.clinics.create('Back Care', T0);
      expect(await repos.clinics.find(clinic.id)).toEqual(clinic);
      const owner = await repos.users.create(
        {
          clinicId: clinic.id,
          email: '  Ana@Example.ORG ',
          name: 'Ana',
          role: 'owner',
          passwordHash: '$argon2id$x',
        },
        T0,
      );
      expect(owner).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
        clinicId: clinic.id,
        clinicName: 'Back Care',
        email: 'ana@example.org',
        name: 'Ana',
        role: 'owner',
        createdAt: T0,
      });
      expect(await repos.users.findByEmail('ANA@example.org ')).toEqual(owner);
      expect(await repos.users.find(owner.id)).toEqual(owner);
      expect(await repos.users.passwordHash(owner.id)).toBe('$argon2id$x');
      await repos.users.setPasswordHash(owner.id, '$argon2id$y');
      expect(await repos.users.passwordHash(owner.id)).toBe('$argon2id$y');
    });

    it('refuses a second account with the same email in any case', async () => {
      const a = await seedUser(repos, 'owner');
      await expect(
        repos.users.create(
          {
            clinicId: a.clinicId,
            email: a.email.toUpperCase(),
            name: 'Dup',
            role: 'client',
            passwordHash: 'x',
          },
          T0,
        ),
      ).rejects.toThrow();
    });

    it('lists a clinic’s accounts by role and counts them', async () => {
      const owner = await seedUser(repos, 'owner');
      const prac = await seedUser(repos, 'practitioner', owner.clinicId);
      const client = await seedUser(repos, 'client', owner.clinicId);
      await seedUser(repos, 'client'); // another clinic
      const ids = async (roles: ('owner' | 'practitioner' | 'client')[]) =>
        (await repos.users.listInClinic(owner.clinicId, roles)).map((u) => u.id).sort();
      expect(await ids(['client'])).toEqual([client.id]);
      expect(await ids(['owner', 'practitioner', 'client'])).toEqual(
        [owner.id, prac.id, client.id].sort(),
      );
      expect(await ids([])).toEqual([]);
      expect(await repos.users.countInClinic(owner.clinicId)).toBe(3);
      expect(await repos.users.count()).toBeGreaterThanOrEqual(4);
    });

    it('finds nothing for an id that is not a UUID (no type error on PostgreSQL)', async () => {
      expect(await repos.users.find("'; drop table users; --")).toBeUndefined();
      expect(await repos.clinics.find('nope')).toBeUndefined();
    });

    it('deleting a clinic deletes its accounts (cascade)', async () => {
      const owner = await seedUser(repos, 'owner');
      const client = await seedUser(repos, 'client', owner.clinicId);
      await repos.clinics.delete(owner.clinicId);
      expect(await repos.users.find(owner.id)).toBeUndefined();
      expect(await repos.users.find(client.id)).toBeUndefined();
    });

    it('rolls a transaction back as a whole', async () => {
      const before = await repos.users.count();
      await expect(
        inTransaction(t.db, async (trx) => {
          await seedUser(trx, 'owner');
          throw new Error('stop');
        }),
      ).rejects.toThrow('stop');
      expect(await repos.users.count()).toBe(before);
    });
  });
}
