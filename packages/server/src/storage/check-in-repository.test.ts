import { makePlan } from '@acupress/core';
import { exampleAssessment } from '../testing/test-examples.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest } from './migrate.js';
import { createRepositories, type Repositories } from './repositories.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './test-databases.js';
import { later, seedUser, T0 } from './test-fixtures.js';
import type { User } from './user-repository.js';

const assessment = exampleAssessment;

for (const dialect of DIALECTS) {
  describe(`check-in repository (${dialect})`, () => {
    let t: TestDatabase;
    let repos: Repositories;
    let owner: User;
    let client: User;
    beforeAll(async () => {
      t = await openTestDatabase(dialect);
      await migrateToLatest(t.db);
      repos = createRepositories(t.db);
      owner = await seedUser(repos, 'owner');
      client = await seedUser(repos, 'client', owner.clinicId);
    });
    afterAll(() => t.destroy());

    const save = (person: User, at: Date) => {
      const a = assessment();
      return repos.checkIns.create(
        {
          clinicId: person.clinicId,
          personId: person.id,
          createdBy: owner.id,
          assessment: a,
          outcome: makePlan(a),
        },
        at,
      );
    };

    it('stores the assessment and outcome and reads them back equal', async () => {
      const saved = await save(client, T0);
      const read = await repos.checkIns.findForPerson(client.id, saved.id);
      expect(read).toEqual(saved);
      expect(read?.outcomeKind).toBe('plan');
    });

    it('lists a person’s check-ins newest first, and only theirs', async () => {
      const newer = await save(client, later(5));
      await save(owner, later(6));
      const list = await repos.checkIns.listForPerson(client.id);
      expect(list[0]).toEqual({ id: newer.id, createdAt: later(5), outcomeKind: 'plan' });
      expect(list).toHaveLength(2);
      expect((await repos.checkIns.allForPerson(client.id)).map((c) => c.createdAt)).toEqual([
        T0,
        later(5),
      ]);
    });

    it('never finds a record through another person', async () => {
      const mine = await save(client, T0);
      expect(await repos.checkIns.findForPerson(owner.id, mine.id)).toBeUndefined();
    });

    it('keeps a record when its author is deleted, and deletes it with its person', async () => {
      const prac = await seedUser(repos, 'practitioner', owner.clinicId);
      const a = assessment();
      const byPrac = await repos.checkIns.create(
        {
          clinicId: client.clinicId,
          personId: client.id,
          createdBy: prac.id,
          assessment: a,
          outcome: makePlan(a),
        },
        T0,
      );
      await repos.users.delete(prac.id);
      expect((await repos.checkIns.findForPerson(client.id, byPrac.id))?.createdBy).toBeNull();
      await repos.users.delete(client.id);
      expect(await repos.checkIns.listForPerson(client.id)).toEqual([]);
    });
  });
}
