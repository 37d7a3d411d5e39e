import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { careSchema, type CareAnswer as Answer } from '@acupress/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addPerson,
  seedWorld,
  signedIn,
  type Browser,
  type World,
} from '../../testing/test-accounts.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { DIALECTS } from '../../storage/test-databases.js';
import type { User } from '../../storage/user-repository.js';
import { sessionLog, sessionStart } from '../../testing/test-sessions.js';

const example = (name: string): unknown =>
  JSON.parse(
    readFileSync(new URL(`../../../../../docs/examples/${name}`, import.meta.url), 'utf8'),
  );

// The evening after the test session (2030-01-01 08:00): BL23 left is bruised and resting.
const NOW = new Date('2030-01-01T20:00:00Z');

describe('care', () => {
  let t: TestApp;
  let world: World;
  let client: Browser;
  beforeAll(async () => {
    t = await createTestApp({ app: { now: () => NOW } });
    world = await seedWorld(t.database.db);
    client = await signedIn(t.database.db, world.clientA, () => NOW);
  });
  afterAll(() => t.close());

  const care = async (by: Browser, person = 'me') => {
    const res = await t.app.inject({ url: `/api/people/${person}/care`, headers: by.headers });
    expect(res.statusCode, res.body).toBe(200);
    return json<Answer>(res);
  };
  const checkIn = async (by: Browser, file: string): Promise<string> => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/people/me/check-ins',
      headers: by.headers,
      payload: { assessment: example(file) } as Record<string, unknown>,
    });
    return json<{ id: string }>(res).id;
  };

  it('is null before the first plan, and after a referral alone', async () => {
    const fresh = await signedIn(
      t.database.db,
      await addPerson(t.database.db, world.ownerA.clinicId, 'client'),
      () => NOW,
    );
    expect(await care(fresh)).toEqual({ checkIn: null, care: null });
    await checkIn(fresh, 'assessment-red-flag.json');
    expect(await care(fresh)).toEqual({ checkIn: null, care: null });
  });

  it('follows the latest plan and its sessions: history, resting sites, baseline', async () => {
    const id = await checkIn(client, 'assessment.json');
    const sessionId = randomUUID();
    const put = (url: string, payload: unknown) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/people/me/sessions/${url}`,
        headers: client.headers,
        payload: payload as Record<string, unknown>,
      });
    expect((await put(sessionId, sessionStart(id))).statusCode).toBe(201);
    expect((await put(`${sessionId}/log`, sessionLog())).statusCode).toBe(200);
    // A later referral does not hide the plan being followed.
    await checkIn(client, 'assessment-red-flag.json');

    const answer = await care(client);
    expect(answer.checkIn).toEqual({ id, createdAt: NOW.toISOString() });
    expect(careSchema.safeParse(answer.care).success).toBe(true);
    expect(answer.care?.history).toEqual([
      expect.objectContaining({ id: sessionId, logged: true }),
    ]);
    expect(answer.care?.changes).toContainEqual(
      expect.objectContaining({ kind: 'site-resting', site: 'BL23:left' }),
    );
    // questionnaires.nrs of the example assessment.
    expect(answer.care?.progress.baselineNrs).toBe(6);
  });

  it('is a practitioner’s to read for their client, audited; never another clinic’s', async () => {
    const prac = await signedIn(t.database.db, world.practitionerA, () => NOW);
    expect((await care(prac, world.clientA.id)).care?.history).toHaveLength(1);
    const outsider = await signedIn(t.database.db, world.ownerB, () => NOW);
    const res = await t.app.inject({
      url: `/api/people/${world.clientA.id}/care`,
      headers: outsider.headers,
    });
    expect(res.statusCode).toBe(404);
    const entries = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'care.read')
      .execute();
    expect(entries.map((e) => e.outcome)).toContain('denied');
    expect(entries).toContainEqual(
      expect.objectContaining({
        actor_user_id: world.practitionerA.id,
        person_id: world.clientA.id,
      }),
    );
  });
});

for (const dialect of DIALECTS) {
  describe(`care across check-ins (${dialect})`, () => {
    let t: TestApp;
    let world: World;
    let now = new Date('2030-01-01T07:00:00Z');
    beforeAll(async () => {
      t = await createTestApp({ dialect, app: { now: () => now } });
      world = await seedWorld(t.database.db);
    });
    afterAll(() => t.close());

    /** The clock moves on; the person signs in again (sessions time out). */
    const at = (time: string, person: User = world.clientA) => {
      now = new Date(time);
      return signedIn(t.database.db, person, () => now);
    };
    const checkIn = async (by: Browser, nrs: number | undefined) => {
      const assessment = example('assessment.json') as { questionnaires: { nrs?: number } };
      if (nrs === undefined) delete assessment.questionnaires.nrs;
      else assessment.questionnaires.nrs = nrs;
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/people/me/check-ins',
        headers: by.headers,
        payload: { assessment } as Record<string, unknown>,
      });
      expect(res.statusCode, res.body).toBe(201);
      return json<{ id: string; outcome: { pressure: { target: number } } }>(res);
    };
    const practise = async (by: Browser, checkInId: string) => {
      const id = randomUUID();
      const put = (url: string, payload: unknown) =>
        t.app.inject({
          method: 'PUT',
          url: `/api/people/me/sessions/${id}${url}`,
          headers: by.headers,
          payload: payload as Record<string, unknown>,
        });
      expect((await put('', sessionStart(checkInId))).statusCode).toBe(201);
      // BL23 left bruised at 08:12.
      expect((await put('/log', sessionLog())).statusCode).toBe(200);
      return id;
    };
    const care = async (by: Browser) =>
      json<
        Answer & {
          care: { pressureTarget: number; changes: { kind: string; site?: string }[] } | null;
        }
      >(await t.app.inject({ url: '/api/people/me/care', headers: by.headers }));

    it('a new check-in keeps the rest, the lowered pressure and the first baseline', async () => {
      const a = await checkIn(await at('2030-01-01T07:00:00Z'), 6);
      const sessionId = await practise(await at('2030-01-01T08:00:00Z'), a.id);
      const b = await checkIn(await at('2030-01-01T12:00:00Z'), 3);

      const answer = await care(await at('2030-01-01T20:00:00Z'));
      expect(answer.checkIn?.id).toBe(b.id);
      expect(answer.care?.history.map((s) => s.id)).toEqual([sessionId]);
      expect(answer.care?.changes).toContainEqual(
        expect.objectContaining({ kind: 'site-resting', site: 'BL23:left' }),
      );
      expect(answer.care?.changes).toContainEqual(
        expect.objectContaining({ kind: 'pressure-lowered' }),
      );
      expect(answer.care?.pressureTarget).toBeLessThan(b.outcome.pressure.target);
      // The pain before the practice began (check-in A), not the better one at B.
      expect(answer.care?.progress.baselineNrs).toBe(6);
    });

    it('takes the baseline from the latest plan when the first check-in gave no pain score', async () => {
      const person = await addPerson(t.database.db, world.ownerA.clinicId, 'client');
      const first = await checkIn(await at('2029-12-31T07:00:00Z', person), undefined);
      // Before any session: the plan's own check-in.
      await checkIn(await at('2029-12-31T07:30:00Z', person), 4);
      expect(
        (await care(await at('2029-12-31T07:40:00Z', person))).care?.progress.baselineNrs,
      ).toBe(4);
      await practise(await at('2030-01-01T08:00:00Z', person), first.id);
      await checkIn(await at('2030-01-01T12:00:00Z', person), 5);
      expect(
        (await care(await at('2030-01-01T20:00:00Z', person))).care?.progress.baselineNrs,
      ).toBe(5);
    });
  });
}
