import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS } from '../storage/test-databases.js';
import { PASSWORD, seedWorld, signedIn, type World } from '../testing/test-accounts.js';
import { createTestApp, json, type TestApp } from '../testing/test-app.js';
import { sessionLog, sessionStart } from '../testing/test-sessions.js';
import { exampleAssessmentJson } from '../testing/test-examples.js';

const assessment = exampleAssessmentJson();

const GONE = {
  users: 0,
  sessions: 0,
  checkIns: 0,
  resets: 0,
  practiceSessions: 0,
  stepLogs: 0,
};

// "Delete my account and its data": checked in the tables themselves, on both engines.
for (const dialect of DIALECTS) {
  describe(`a deleted account's data is gone (${dialect})`, () => {
    let t: TestApp;
    let world: World;
    beforeAll(async () => {
      t = await createTestApp({ dialect });
      world = await seedWorld(t.database.db);
    });
    afterAll(() => t.close());

    const rowsOf = async (userId: string) => {
      const db = t.database.db;
      const [users, sessions, checkIns, resets, practice, stepLogs] = await Promise.all([
        db.selectFrom('users').select('id').where('id', '=', userId).execute(),
        db.selectFrom('auth_sessions').select('id_hash').where('user_id', '=', userId).execute(),
        db.selectFrom('check_ins').select('id').where('person_id', '=', userId).execute(),
        db
          .selectFrom('password_resets')
          .select('token_hash')
          .where('user_id', '=', userId)
          .execute(),
        db.selectFrom('practice_sessions').select('id').where('person_id', '=', userId).execute(),
        db
          .selectFrom('session_step_logs')
          .select('session_id')
          .where(
            'session_id',
            'in',
            db.selectFrom('practice_sessions').select('id').where('person_id', '=', userId),
          )
          .execute(),
      ]);
      return {
        users: users.length,
        sessions: sessions.length,
        checkIns: checkIns.length,
        resets: resets.length,
        practiceSessions: practice.length,
        stepLogs: stepLogs.length,
      };
    };

    it('deletes the account, its sessions, check-ins and reset links; keeps id-only audit entries', async () => {
      const { clientA, ownerA, practitionerA } = world;
      const me = await signedIn(t.database.db, clientA);
      await signedIn(t.database.db, clientA); // another device
      const prac = await signedIn(t.database.db, practitionerA);
      const owner = await signedIn(t.database.db, ownerA);
      for (const [b, person] of [
        [me, 'me'],
        [prac, clientA.id],
      ] as const) {
        const res = await t.app.inject({
          method: 'POST',
          url: `/api/people/${person}/check-ins`,
          headers: b.headers,
          payload: { assessment },
        });
        expect(res.statusCode).toBe(201);
        // A guided session of that check-in, with its log, by the same author.
        const sessionId = randomUUID();
        const checkInId = json<{ id: string }>(res).id;
        for (const [suffix, payload] of [
          ['', sessionStart(checkInId)],
          ['/log', sessionLog()],
        ] as const) {
          const put = await t.app.inject({
            method: 'PUT',
            url: `/api/people/${person}/sessions/${sessionId}${suffix}`,
            headers: b.headers,
            payload,
          });
          expect(put.statusCode, put.body).toBeLessThan(300);
        }
      }
      const reset = await t.app.inject({
        method: 'POST',
        url: `/api/users/${clientA.id}/password-reset`,
        headers: owner.headers,
      });
      expect(reset.statusCode).toBe(201);
      // The practitioner's record of themselves: it must survive the client's deletion.
      await t.app.inject({
        method: 'POST',
        url: '/api/people/me/check-ins',
        headers: prac.headers,
        payload: { assessment },
      });
      expect(await rowsOf(clientA.id)).toEqual({
        users: 1,
        sessions: 2,
        checkIns: 2,
        resets: 1,
        practiceSessions: 2,
        stepLogs: 6,
      });

      const res = await t.app.inject({
        method: 'DELETE',
        url: '/api/account',
        headers: me.headers,
        payload: { password: PASSWORD },
      });
      expect(res.statusCode, res.body).toBe(204);
      expect(await rowsOf(clientA.id)).toEqual(GONE);
      expect((await rowsOf(practitionerA.id)).checkIns).toBe(1);

      const audit = await t.database.db
        .selectFrom('audit_log')
        .selectAll()
        .where('person_id', '=', clientA.id)
        .execute();
      expect(audit.map((e) => e.action)).toContain('account.delete');
      expect(JSON.stringify(audit)).not.toMatch(/lumbar|intensity|BL23|@example\.org/);
    });

    it('deletes a sole owner with their clinic and everything in it', async () => {
      const { ownerB, clientB } = world;
      const owner = await signedIn(t.database.db, ownerB);
      const removeClient = await t.app.inject({
        method: 'DELETE',
        url: `/api/users/${clientB.id}`,
        headers: owner.headers,
      });
      expect(removeClient.statusCode).toBe(204);
      await t.app.inject({
        method: 'POST',
        url: '/api/invitations',
        headers: owner.headers,
        payload: { role: 'client' },
      });
      const checkIn = await t.app.inject({
        method: 'POST',
        url: '/api/people/me/check-ins',
        headers: owner.headers,
        payload: { assessment },
      });
      const started = await t.app.inject({
        method: 'PUT',
        url: `/api/people/me/sessions/${randomUUID()}`,
        headers: owner.headers,
        payload: sessionStart(json<{ id: string }>(checkIn).id),
      });
      expect(started.statusCode).toBe(201);
      const res = await t.app.inject({
        method: 'DELETE',
        url: '/api/account',
        headers: owner.headers,
        payload: { password: PASSWORD },
      });
      expect(res.statusCode, res.body).toBe(204);
      const db = t.database.db;
      const clinicId = ownerB.clinicId;
      expect(
        await db.selectFrom('clinics').select('id').where('id', '=', clinicId).execute(),
      ).toEqual([]);
      expect(
        await db.selectFrom('users').select('id').where('clinic_id', '=', clinicId).execute(),
      ).toEqual([]);
      expect(
        await db.selectFrom('invitations').select('id').where('clinic_id', '=', clinicId).execute(),
      ).toEqual([]);
      expect(
        await db.selectFrom('check_ins').select('id').where('clinic_id', '=', clinicId).execute(),
      ).toEqual([]);
      expect(
        await db
          .selectFrom('practice_sessions')
          .select('id')
          .where('clinic_id', '=', clinicId)
          .execute(),
      ).toEqual([]);
      expect(await rowsOf(ownerB.id)).toEqual(GONE);
      expect(await rowsOf(clientB.id)).toEqual(GONE);
    });
  });
}
