import { makePlan } from '@acupress/core';
import { exampleAssessment } from '../testing/test-examples.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextDay, sessionLog, sessionStart } from '../testing/test-sessions.js';
import { newId } from './ids.js';
import { migrateToLatest } from './migrate.js';
import { createRepositories, type Repositories } from './repositories.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './test-databases.js';
import { later, seedUser, T0 } from './test-fixtures.js';
import type { User } from './user-repository.js';

const assessment = exampleAssessment;

for (const dialect of DIALECTS) {
  describe(`practice session repository (${dialect})`, () => {
    let t: TestDatabase;
    let repos: Repositories;
    let owner: User;
    let client: User;
    let checkInId: string;
    beforeAll(async () => {
      t = await openTestDatabase(dialect);
      await migrateToLatest(t.db);
      repos = createRepositories(t.db);
      owner = await seedUser(repos, 'owner');
      client = await seedUser(repos, 'client', owner.clinicId);
      checkInId = await checkIn(client);
    });
    afterAll(() => t.destroy());

    async function checkIn(person: User): Promise<string> {
      const a = assessment();
      const saved = await repos.checkIns.create(
        {
          clinicId: person.clinicId,
          personId: person.id,
          createdBy: person.id,
          assessment: a,
          outcome: makePlan(a),
        },
        T0,
      );
      return saved.id;
    }

    const start = (person: User, ofCheckIn: string, startedAt?: string, id = newId()) =>
      repos.practiceSessions.createIfAbsent(
        {
          id,
          clinicId: person.clinicId,
          personId: person.id,
          createdBy: owner.id,
          start: sessionStart(ofCheckIn, startedAt),
        },
        T0,
      );
    const stepRows = (sessionId: string) =>
      t.db
        .selectFrom('session_step_logs')
        .selectAll()
        .where('session_id', '=', sessionId)
        .execute();

    it('stores a start and reads it back equal, times in UTC', async () => {
      const { created, stored } = await start(client, checkInId, '2030-01-01T09:00:00+01:00');
      expect(created).toBe(true);
      expect(stored).toMatchObject({
        ...sessionStart(checkInId, '2030-01-01T08:00:00.000Z'),
        personId: client.id,
        createdBy: owner.id,
        receivedAt: T0,
      });
      expect(stored.log).toBeUndefined();
      expect(await repos.practiceSessions.findForPerson(client.id, stored.id)).toEqual(stored);
    });

    it('stores a start once, however often it is sent', async () => {
      const id = newId();
      const first = await start(client, checkInId, undefined, id);
      const second = await start(client, checkInId, '2030-06-01T00:00:00Z', id);
      expect(second.created).toBe(false);
      // What is stored is the first: a retry never changes a session.
      expect(second.stored).toEqual(first.stored);
      const rows = t.db.selectFrom('practice_sessions').select('id').where('id', '=', id);
      expect(await rows.execute()).toHaveLength(1);
    });

    it('stores a log with its step logs (booleans and nulls intact), once: a second changes nothing', async () => {
      const { stored } = await start(client, checkInId);
      expect(
        await repos.practiceSessions.putLog(client.id, stored.id, sessionLog(), later(20)),
      ).toBe(true);
      const shorter = { ...sessionLog(), steps: sessionLog().steps.slice(0, 1) };
      expect(await repos.practiceSessions.putLog(client.id, stored.id, shorter, later(21))).toBe(
        false,
      );
      const read = await repos.practiceSessions.findForPerson(client.id, stored.id);
      expect(read?.log).toEqual({ ...sessionLog(), endedAt: '2030-01-01T08:12:00.000Z' });
      expect(read?.loggedAt).toEqual(later(20));
      expect(await stepRows(stored.id)).toHaveLength(3);
    });

    it('writes nothing for a session that is not this person’s', async () => {
      const { stored } = await start(client, checkInId);
      expect(await repos.practiceSessions.putLog(owner.id, stored.id, sessionLog(), T0)).toBe(
        false,
      );
      expect(await repos.practiceSessions.putLog(client.id, newId(), sessionLog(), T0)).toBe(false);
      expect(await repos.practiceSessions.putLog(client.id, 'not-an-id', sessionLog(), T0)).toBe(
        false,
      );
      expect(await stepRows(stored.id)).toEqual([]);
      expect(await repos.practiceSessions.findForPerson(owner.id, stored.id)).toBeUndefined();
    });

    it('takes the next-day check only once the session is logged', async () => {
      const { stored } = await start(client, checkInId);
      const put = () =>
        repos.practiceSessions.putNextDay(client.id, stored.id, nextDay(), later(30));
      expect(await put()).toBe(false);
      await repos.practiceSessions.putLog(client.id, stored.id, sessionLog(), later(20));
      expect(await put()).toBe(true);
      const read = await repos.practiceSessions.findForPerson(client.id, stored.id);
      expect(read?.nextDay).toEqual({ ...nextDay(), at: '2030-01-02T09:00:00.000Z' });
      expect(read?.nextDayAt).toEqual(later(30));
    });

    it('keeps the first next-day check: a second is refused, writing nothing', async () => {
      const { stored } = await start(client, checkInId);
      await repos.practiceSessions.putLog(client.id, stored.id, sessionLog(), later(20));
      const swollen = { ...nextDay(), swelling: ['BL23:right'] };
      expect(
        await repos.practiceSessions.putNextDay(client.id, stored.id, swollen, later(30)),
      ).toBe(true);
      const row = () =>
        t.db
          .selectFrom('practice_sessions')
          .select(['next_day', 'next_day_at'])
          .where('id', '=', stored.id)
          .execute();
      const before = await row();
      for (const again of [nextDay(), swollen]) {
        expect(
          await repos.practiceSessions.putNextDay(client.id, stored.id, again, later(40)),
        ).toBe(false);
      }
      expect(await row()).toEqual(before);
      const read = await repos.practiceSessions.findForPerson(client.id, stored.id);
      expect(read?.nextDay?.swelling).toEqual(['BL23:right']);
      expect(read?.nextDayAt).toEqual(later(30));
    });

    it('lists a person’s sessions oldest first, of one check-in if asked, only theirs', async () => {
      const person = await seedUser(repos, 'client', owner.clinicId);
      const first = await checkIn(person);
      const second = await checkIn(person);
      const late = await start(person, first, '2030-01-03T08:00:00Z');
      const early = await start(person, first, '2030-01-02T08:00:00Z');
      const other = await start(person, second, '2030-01-04T08:00:00Z');
      await repos.practiceSessions.putLog(person.id, early.stored.id, sessionLog(), T0);
      await start(client, checkInId, '2030-01-02T10:00:00Z');

      const all = await repos.practiceSessions.listForPerson(person.id);
      expect(all.map((s) => s.id)).toEqual([early.stored.id, late.stored.id, other.stored.id]);
      expect(all[0]?.log?.steps).toHaveLength(3);
      expect(all[1]?.log).toBeUndefined();
      const ofFirst = await repos.practiceSessions.listForPerson(person.id, first);
      expect(ofFirst.map((s) => s.id)).toEqual([early.stored.id, late.stored.id]);
      expect(await repos.practiceSessions.listForPerson(person.id, 'x')).toEqual([]);
      expect(await repos.practiceSessions.allForPerson(person.id)).toEqual(all);
    });

    it('deletes the sessions and their logs with the person; keeps them when the author goes', async () => {
      const person = await seedUser(repos, 'client', owner.clinicId);
      const author = await seedUser(repos, 'practitioner', owner.clinicId);
      const ci = await checkIn(person);
      const { stored } = await repos.practiceSessions.createIfAbsent(
        {
          id: newId(),
          clinicId: person.clinicId,
          personId: person.id,
          createdBy: author.id,
          start: sessionStart(ci),
        },
        T0,
      );
      await repos.practiceSessions.putLog(person.id, stored.id, sessionLog(), T0);
      await repos.users.delete(author.id);
      expect((await repos.practiceSessions.findForPerson(person.id, stored.id))?.createdBy).toBe(
        null,
      );
      await repos.users.delete(person.id);
      expect(await repos.practiceSessions.allForPerson(person.id)).toEqual([]);
      expect(await stepRows(stored.id)).toEqual([]);
    });
  });
}
