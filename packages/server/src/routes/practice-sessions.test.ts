import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorld, signedIn, type Browser, type World } from '../test-accounts.js';
import { createTestApp, json, type TestApp } from '../test-app.js';
import { DIALECTS } from '../storage/test-databases.js';
import { nextDay, sessionLog, sessionStart } from '../test-sessions.js';

const example = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../../docs/examples/${name}`, import.meta.url), 'utf8'));

interface ErrorBody {
  error: { code: string; message: string; issues?: { field: string; message: string }[] };
}
const fields = (res: { body: string }) => json<ErrorBody>(res).error.issues?.map((i) => i.field);

describe('guided sessions', () => {
  let t: TestApp;
  let world: World;
  let client: Browser;
  let practitioner: Browser;
  let checkInId: string;
  beforeAll(async () => {
    t = await createTestApp();
    world = await seedWorld(t.database.db);
    client = await signedIn(t.database.db, world.clientA);
    practitioner = await signedIn(t.database.db, world.practitionerA);
    checkInId = await saveCheckIn(client, 'me', 'assessment.json');
  });
  afterAll(() => t.close());

  async function saveCheckIn(by: Browser, person: string, file: string): Promise<string> {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/people/${person}/check-ins`,
      headers: by.headers,
      payload: { assessment: example(file) } as Record<string, unknown>,
    });
    expect(res.statusCode).toBe(201);
    return json<{ id: string }>(res).id;
  }
  const put = (url: string, payload: unknown, by: Browser = client) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/people/${url}`,
      headers: by.headers,
      payload: payload as Record<string, unknown>,
    });
  const count = async (table: 'practice_sessions' | 'session_step_logs') =>
    (await t.database.db.selectFrom(table).selectAll().execute()).length;
  const started = async (by: Browser = client, ofCheckIn = checkInId): Promise<string> => {
    const id = randomUUID();
    const res = await put(`me/sessions/${id}`, sessionStart(ofCheckIn), by);
    expect(res.statusCode, res.body).toBe(201);
    return id;
  };

  describe('start', () => {
    it('stores a start under the client’s id (201) and a retry once (200, same body)', async () => {
      const id = randomUUID();
      const first = await put(`me/sessions/${id}`, sessionStart(checkInId));
      expect(first.statusCode, first.body).toBe(201);
      expect(json(first)).toEqual({
        id,
        ...sessionStart(checkInId, '2030-01-01T08:00:00.000Z'),
      });
      const rows = await count('practice_sessions');
      // The same start, its time written another way: still the same session.
      const retry = await put(
        `me/sessions/${id}`,
        sessionStart(checkInId, '2030-01-01T09:00:00+01:00'),
      );
      expect(retry.statusCode).toBe(200);
      expect(retry.body).toBe(first.body);
      expect(await count('practice_sessions')).toBe(rows);
    });

    it('refuses the same id with other content, or another person’s id, alike (409)', async () => {
      const id = await started();
      const changed = await put(`me/sessions/${id}`, { ...sessionStart(checkInId), beforeNrs: 2 });
      expect(changed.statusCode).toBe(409);
      const mine = await saveCheckIn(practitioner, 'me', 'assessment.json');
      const taken = await put(`me/sessions/${id}`, sessionStart(mine), practitioner);
      expect(taken.statusCode).toBe(409);
      expect(json<ErrorBody>(taken).error.message).toBe(json<ErrorBody>(changed).error.message);
      expect(taken.body).not.toContain(world.clientA.id);
    });

    it('needs a check-in of this person (404) with a plan (409)', async () => {
      const rows = await count('practice_sessions');
      const unknown = await put(`me/sessions/${randomUUID()}`, sessionStart(randomUUID()));
      expect(unknown.statusCode).toBe(404);
      const others = await saveCheckIn(practitioner, 'me', 'assessment.json');
      const notMine = await put(`me/sessions/${randomUUID()}`, sessionStart(others));
      expect(notMine.statusCode).toBe(404);
      const referral = await saveCheckIn(client, 'me', 'assessment-red-flag.json');
      const res = await put(`me/sessions/${randomUUID()}`, sessionStart(referral));
      expect(res.statusCode).toBe(409);
      expect(json<ErrorBody>(res).error.message).toContain('referral');
      expect(await count('practice_sessions')).toBe(rows);
    });

    it('refuses bad input naming the field, storing nothing', async () => {
      const rows = await count('practice_sessions');
      const cases: [string, unknown, string][] = [
        ['me/sessions/not-a-uuid', sessionStart(checkInId), 'sessionId'],
        [`me/sessions/${randomUUID()}`, { ...sessionStart(checkInId), beforeNrs: 11 }, 'beforeNrs'],
        [
          `me/sessions/${randomUUID()}`,
          { ...sessionStart(checkInId), plannedSeconds: -1 },
          'plannedSeconds',
        ],
        [
          `me/sessions/${randomUUID()}`,
          { ...sessionStart(checkInId), startedAt: 'x' },
          'startedAt',
        ],
        [`me/sessions/${randomUUID()}`, { ...sessionStart('x') }, 'checkInId'],
        // No year 0 in PostgreSQL: a broken clock's time is refused, not a 500.
        [
          `me/sessions/${randomUUID()}`,
          sessionStart(checkInId, '0000-01-01T00:00:00Z'),
          'startedAt',
        ],
      ];
      for (const [url, body, field] of cases) {
        const res = await put(url, body);
        expect(res.statusCode, url).toBe(400);
        expect(fields(res)).toContain(field);
      }
      expect(await count('practice_sessions')).toBe(rows);
    });
  });

  describe('log', () => {
    it('stores the log (200) and a repeat once, no duplicate rows', async () => {
      const id = await started();
      const res = await put(`me/sessions/${id}/log`, sessionLog());
      expect(res.statusCode, res.body).toBe(200);
      expect(json(res)).toMatchObject({
        id,
        log: { ...sessionLog(), endedAt: '2030-01-01T08:12:00.000Z' },
      });
      const rows = await count('session_step_logs');
      const again = await put(`me/sessions/${id}/log`, sessionLog());
      expect(again.statusCode).toBe(200);
      expect(again.body).toBe(res.body);
      expect(await count('session_step_logs')).toBe(rows);
    });

    it('keeps the first log: a different one is a 409 and cannot erase a reported bruise', async () => {
      const id = await started();
      const log = sessionLog();
      const bruised = { ...log, after: { ...log.after, bruising: ['BL23:left'] } };
      expect((await put(`me/sessions/${id}/log`, bruised)).statusCode).toBe(200);
      const rows = await count('session_step_logs');
      const clean = { ...log, after: { ...log.after, bruising: [] }, steps: log.steps.slice(0, 1) };
      const res = await put(`me/sessions/${id}/log`, clean);
      expect(res.statusCode).toBe(409);
      expect(json(res)).toMatchObject({ error: { code: 'CONFLICT' } });
      expect(await count('session_step_logs')).toBe(rows);
      const list = await t.app.inject({
        method: 'GET',
        url: '/api/people/me/sessions',
        headers: client.headers,
      });
      const { sessions } = json<{
        sessions: { id: string; log?: { after: { bruising: string[] } } }[];
      }>(list);
      expect(sessions.find((s) => s.id === id)?.log?.after.bruising).toEqual(['BL23:left']);
    });

    it('is 404 for a session that does not exist for this person, storing nothing', async () => {
      const rows = await count('session_step_logs');
      expect((await put(`me/sessions/${randomUUID()}/log`, sessionLog())).statusCode).toBe(404);
      const theirs = await saveCheckIn(practitioner, 'me', 'assessment.json');
      const practitionersOwn = await started(practitioner, theirs);
      const res = await put(`me/sessions/${practitionersOwn}/log`, sessionLog());
      expect(res.statusCode).toBe(404);
      expect(await count('session_step_logs')).toBe(rows);
    });

    it('refuses steps, sides, sites and times that do not fit the session, naming the field', async () => {
      const id = await started();
      const log = sessionLog();
      const cases: [unknown, string][] = [
        [{ ...log, steps: [{ ...log.steps[0], stepId: 'BL40' }] }, 'steps.0.stepId'],
        [{ ...log, steps: [log.steps[0], { ...log.steps[2], side: 'left' }] }, 'steps.1.side'],
        [{ ...log, endedAt: '2029-12-31T23:00:00Z' }, 'endedAt'],
        [{ ...log, endedAt: '9999-12-31T23:59:59-14:00' }, 'endedAt'],
        [{ ...log, after: { ...log.after, bruising: ['BL40:left'] } }, 'after.bruising.0'],
        [{ ...log, steps: [{ ...log.steps[0], heldSeconds: -5 }] }, 'steps.0.heldSeconds'],
        [{ ...log, after: { ...log.after, nrs: 11 } }, 'after.nrs'],
        // Each side once: twice would count its time twice.
        [{ ...log, steps: [...log.steps, { ...log.steps[0]!, heldSeconds: 10 }] }, 'steps.3'],
        // No longer than the session player can time a 180 s hold (225 s with every check's wait).
        [{ ...log, steps: [{ ...log.steps[0]!, heldSeconds: 226 }] }, 'steps.0.heldSeconds'],
        [{ ...log, steps: [{ ...log.steps[1]!, heldSeconds: 3600 }] }, 'steps.0.heldSeconds'],
      ];
      const rows = await count('session_step_logs');
      for (const [body, field] of cases) {
        const res = await put(`me/sessions/${id}/log`, body);
        expect(res.statusCode, field).toBe(400);
        expect(fields(res)).toEqual([field]);
      }
      expect(await count('session_step_logs')).toBe(rows);
      const stored = await t.database.db
        .selectFrom('practice_sessions')
        .select('logged_at')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(stored.logged_at).toBeNull();
    });

    it('accepts a side held for as long as the session player can time it', async () => {
      const id = await started();
      const log = sessionLog();
      const longest = { ...log, steps: [{ ...log.steps[0]!, heldSeconds: 225 }] };
      const res = await put(`me/sessions/${id}/log`, longest);
      expect(res.statusCode, res.body).toBe(200);
    });
  });

  describe('next day', () => {
    it('is 404 for no session, 409 before the log, 200 after', async () => {
      expect((await put(`me/sessions/${randomUUID()}/next-day`, nextDay())).statusCode).toBe(404);
      const id = await started();
      expect((await put(`me/sessions/${id}/next-day`, nextDay())).statusCode).toBe(409);
      await put(`me/sessions/${id}/log`, sessionLog());
      const early = await put(`me/sessions/${id}/next-day`, nextDay('2030-01-01T08:00:00Z'));
      expect(early.statusCode).toBe(400);
      expect(fields(early)).toEqual(['at']);
      const res = await put(`me/sessions/${id}/next-day`, nextDay());
      expect(res.statusCode).toBe(200);
      expect(json(res)).toMatchObject({
        nextDay: { ...nextDay(), at: '2030-01-02T09:00:00.000Z' },
      });
    });
  });

  describe('unknown keys (issue 9: never half-accepted)', () => {
    // One row per body and nesting level: a misspelt key is a 400 naming it, and nothing is stored.
    const withKey = (o: object, key: string): Record<string, unknown> => ({ ...o, [key]: 1 });
    const log = sessionLog();
    const rows: { body: 'start' | 'log' | 'next-day'; payload: () => unknown; field: string }[] = [
      {
        body: 'start',
        payload: () => withKey(sessionStart(checkInId), 'befroeNrs'),
        field: 'befroeNrs',
      },
      {
        body: 'start',
        payload: () => {
          const start = sessionStart(checkInId);
          return { ...start, steps: [withKey(start.steps[0]!, 'side'), start.steps[1]] };
        },
        field: 'steps.0.side',
      },
      { body: 'log', payload: () => withKey(log, 'endAt'), field: 'endAt' },
      {
        body: 'log',
        payload: () => ({
          ...log,
          steps: [log.steps[0], withKey(log.steps[1]!, 'held'), log.steps[2]],
        }),
        field: 'steps.1.held',
      },
      {
        body: 'log',
        payload: () => ({ ...log, after: withKey(log.after, 'swellling') }),
        field: 'after.swellling',
      },
      { body: 'next-day', payload: () => withKey(nextDay(), 'swellling'), field: 'swellling' },
    ];

    it.each(rows)('$body: $field is refused (400 naming it), nothing stored', async (row) => {
      const id = row.body === 'start' ? randomUUID() : await started();
      if (row.body === 'next-day') {
        expect((await put(`me/sessions/${id}/log`, sessionLog())).statusCode).toBe(200);
      }
      const url = `me/sessions/${id}${row.body === 'start' ? '' : `/${row.body}`}`;
      const sessionsBefore = await count('practice_sessions');
      const stepLogsBefore = await count('session_step_logs');
      const res = await put(url, row.payload());
      expect(res.statusCode, res.body).toBe(400);
      expect(fields(res)).toEqual([row.field]);
      const error = json<ErrorBody>(res).error;
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toContain(row.field);
      expect(error.issues?.[0]?.message).toMatch(/is not a known field; allowed: /);
      expect(await count('practice_sessions')).toBe(sessionsBefore);
      expect(await count('session_step_logs')).toBe(stepLogsBefore);
      // The same body without the unknown key is then taken whole, as if the first never came.
      const list = await t.app.inject({
        method: 'GET',
        url: '/api/people/me/sessions',
        headers: client.headers,
      });
      const stored = json<{ sessions: { id: string; log?: unknown; nextDay?: unknown }[] }>(
        list,
      ).sessions.find((x) => x.id === id);
      if (row.body === 'start') expect(stored).toBeUndefined();
      if (row.body === 'log') expect(stored?.log).toBeUndefined();
      if (row.body === 'next-day') expect(stored?.nextDay).toBeUndefined();
    });
  });

  describe('list', () => {
    it('lists the person’s sessions oldest first, of one check-in if asked', async () => {
      const other = await saveCheckIn(client, 'me', 'assessment.json');
      const id = randomUUID();
      await put(`me/sessions/${id}`, sessionStart(other, '2029-06-01T08:00:00Z'));
      const all = await t.app.inject({ url: '/api/people/me/sessions', headers: client.headers });
      expect(all.statusCode).toBe(200);
      const sessions = json<{ sessions: { id: string; checkInId: string }[] }>(all).sessions;
      expect(sessions[0]?.id).toBe(id);
      expect(sessions.length).toBeGreaterThan(3);
      const one = await t.app.inject({
        url: `/api/people/${world.clientA.id}/sessions?checkInId=${other}`,
        headers: practitioner.headers,
      });
      expect(json<{ sessions: unknown[] }>(one).sessions).toHaveLength(1);
      const bad = await t.app.inject({
        url: '/api/people/me/sessions?checkInId=nope',
        headers: client.headers,
      });
      expect(bad.statusCode).toBe(400);
      expect(fields(bad)).toEqual(['checkInId']);
    });

    it('is someone else’s business only by the policy: another client gets 404', async () => {
      const other = await signedIn(t.database.db, world.clientA2);
      const res = await t.app.inject({
        url: `/api/people/${world.clientA.id}/sessions`,
        headers: other.headers,
      });
      expect(res.statusCode).toBe(404);
    });
  });

  it('accepts the documented examples (docs/examples), start to next day', async () => {
    const id = randomUUID();
    const start = { ...(example('session-start.json') as object), checkInId };
    expect((await put(`me/sessions/${id}`, start)).statusCode).toBe(201);
    expect((await put(`me/sessions/${id}/log`, example('session-log.json'))).statusCode).toBe(200);
    const res = await put(`me/sessions/${id}/next-day`, example('session-next-day.json'));
    expect(res.statusCode, res.body).toBe(200);
    expect(json(res)).toEqual({
      id,
      ...start,
      log: example('session-log.json'),
      nextDay: example('session-next-day.json'),
    });
  });

  it('audits every start, log, next-day and list, with ids only', async () => {
    const entries = await t.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('resource_type', '=', 'practice-session')
      .execute();
    const actions = new Set(entries.map((e) => `${e.action} ${e.outcome}`));
    for (const a of ['session.start', 'session.log', 'session.next-day', 'session.list']) {
      expect(actions).toContain(`${a} allowed`);
      expect(actions).toContain(`${a} denied`);
    }
    expect(entries.find((e) => e.action === 'session.log')).toMatchObject({
      person_id: world.clientA.id,
      clinic_id: world.clientA.clinicId,
    });
    expect(JSON.stringify(entries)).not.toMatch(/BL23|Easier|bruising/);
  });
});

for (const dialect of DIALECTS) {
  describe(`the next-day check is stored once (${dialect})`, () => {
    let t: TestApp;
    let world: World;
    let client: Browser;
    // The check-in is saved before the session (2030-01-01 08:00), the check the next morning.
    let now = new Date('2030-01-01T07:00:00Z');
    beforeAll(async () => {
      t = await createTestApp({ dialect, app: { now: () => now } });
      world = await seedWorld(t.database.db);
      client = await signedIn(t.database.db, world.clientA, () => now);
    });
    afterAll(() => t.close());

    const put = (url: string, payload: unknown) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/people/me/sessions/${url}`,
        headers: client.headers,
        payload: payload as Record<string, unknown>,
      });
    const stored = (id: string) =>
      t.database.db
        .selectFrom('practice_sessions')
        .select(['next_day', 'next_day_at', 'logged_at'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
    const tally = async () => ({
      sessions: (await t.database.db.selectFrom('practice_sessions').select('id').execute()).length,
      steps: (await t.database.db.selectFrom('session_step_logs').select('session_id').execute())
        .length,
    });
    const nextDayAudit = async () =>
      (
        await t.database.db
          .selectFrom('audit_log')
          .select('outcome')
          .where('action', '=', 'session.next-day')
          .orderBy('id')
          .execute()
      ).map((e) => e.outcome);

    it('answers an identical retry 200 and refuses a different check (409), changing nothing', async () => {
      const saved = await t.app.inject({
        method: 'POST',
        url: '/api/people/me/check-ins',
        headers: client.headers,
        payload: { assessment: example('assessment.json') } as Record<string, unknown>,
      });
      const checkInId = json<{ id: string }>(saved).id;
      const id = randomUUID();
      expect((await put(id, sessionStart(checkInId))).statusCode).toBe(201);
      expect((await put(`${id}/log`, sessionLog())).statusCode).toBe(200);
      const swollen = { ...nextDay(), swelling: ['GV3:midline', 'BL23:right'] };
      now = new Date('2030-01-02T09:30:00Z');
      client = await signedIn(t.database.db, world.clientA, () => now);
      const first = await put(`${id}/next-day`, swollen);
      expect(first.statusCode, first.body).toBe(200);
      const row = await stored(id);
      const rows = await tally();

      // The outbox sends it again an hour later, its time written another way: the same check.
      now = new Date('2030-01-02T10:30:00Z');
      const retry = await put(`${id}/next-day`, {
        ...swollen,
        at: '2030-01-02T10:00:00+01:00',
        swelling: ['BL23:right', 'GV3:midline'],
      });
      expect(retry.statusCode, retry.body).toBe(200);
      expect(retry.body).toBe(first.body);

      // A second, different answer would erase the swelling and lift the pause it called for.
      for (const other of [
        nextDay(),
        { ...swollen, nrs: 2 },
        { ...swollen, at: '2030-01-02T09:01:00Z' },
        { ...swollen, bruising: ['BL23:left'] },
      ]) {
        const res = await put(`${id}/next-day`, other);
        expect(res.statusCode, JSON.stringify(other)).toBe(409);
        expect(json<ErrorBody>(res).error.code).toBe('CONFLICT');
      }
      expect(await stored(id)).toEqual(row);
      expect(await tally()).toEqual(rows);
      expect(await nextDayAudit()).toEqual([
        'allowed',
        'allowed',
        'denied',
        'denied',
        'denied',
        'denied',
      ]);

      const read = await t.app.inject({
        url: `/api/people/me/sessions?checkInId=${checkInId}`,
        headers: client.headers,
      });
      expect(json<{ sessions: { nextDay: unknown }[] }>(read).sessions[0]?.nextDay).toEqual({
        ...swollen,
        at: '2030-01-02T09:00:00.000Z',
      });
      const care = await t.app.inject({ url: '/api/people/me/care', headers: client.headers });
      expect(json<{ care: { status: string } }>(care).care.status).toBe('paused');
    });
  });
}
