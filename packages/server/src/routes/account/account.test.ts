import type { ApiErrorBody as ErrorBody } from '@acupress/core';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addPerson,
  PASSWORD,
  seedWorld,
  signedIn,
  type Browser,
  type World,
} from '../../testing/test-accounts.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';
import { sessionLog, sessionStart } from '../../testing/test-sessions.js';
import { exampleAssessmentJson } from '../../testing/test-examples.js';

const assessment = exampleAssessmentJson();

describe('account settings', () => {
  let t: TestApp;
  let world: World;
  beforeAll(async () => {
    t = await createTestApp();
    world = await seedWorld(t.database.db);
  });
  afterAll(() => t.close());

  const who = async (b: Browser): Promise<string | null> =>
    json<{ user: { id: string } | null }>(
      await t.app.inject({ url: '/api/session', headers: { cookie: b.headers.cookie } }),
    ).user?.id ?? null;

  it('changes the password given the current one, ending the other sessions only', async () => {
    const here = await signedIn(t.database.db, world.practitionerA);
    const elsewhere = await signedIn(t.database.db, world.practitionerA);
    const change = (currentPassword: string, newPassword: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/account/password',
        headers: here.headers,
        payload: { currentPassword, newPassword },
      });
    const wrong = await change('not my password', 'a new long password');
    expect(wrong.statusCode).toBe(400);
    expect(json<ErrorBody>(wrong).error.issues).toEqual([
      { field: 'currentPassword', message: 'is not your current password' },
    ]);
    const weak = await change(PASSWORD, 'short');
    expect(json<ErrorBody>(weak).error.issues?.[0]?.field).toBe('newPassword');
    expect(await who(elsewhere)).toBe(world.practitionerA.id);

    expect((await change(PASSWORD, 'a new long password')).statusCode).toBe(204);
    expect(await who(here)).toBe(world.practitionerA.id);
    expect(await who(elsewhere)).toBeNull();
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: world.practitionerA.email, password: 'a new long password' },
    });
    expect(login.statusCode).toBe(200);
  });

  it('signs out everywhere, this browser included', async () => {
    const a = await signedIn(t.database.db, world.clientA2);
    const b = await signedIn(t.database.db, world.clientA2);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/account/sign-out-everywhere',
      headers: a.headers,
    });
    expect(res.statusCode).toBe(204);
    expect(String(res.headers['set-cookie'])).toMatch(/Max-Age=0/);
    expect(await who(a)).toBeNull();
    expect(await who(b)).toBeNull();
  });

  it('downloads my data as a JSON attachment, with others’ addresses left out', async () => {
    const me = await signedIn(t.database.db, world.clientA);
    const prac = await signedIn(t.database.db, world.ownerA);
    const saved = await t.app.inject({
      method: 'POST',
      url: `/api/people/${world.clientA.id}/check-ins`,
      headers: { ...prac.headers, 'user-agent': 'OwnerBrowser/1' },
      payload: { assessment },
    });
    expect(saved.statusCode).toBe(201);
    const sessionId = randomUUID();
    const checkInId = json<{ id: string }>(saved).id;
    for (const [suffix, payload] of [
      ['', sessionStart(checkInId)],
      ['/log', sessionLog()],
    ] as const) {
      const put = await t.app.inject({
        method: 'PUT',
        url: `/api/people/me/sessions/${sessionId}${suffix}`,
        headers: me.headers,
        payload,
      });
      expect(put.statusCode).toBeLessThan(300);
    }
    const res = await t.app.inject({
      url: '/api/account/export',
      headers: { ...me.headers, 'user-agent': 'MyBrowser/2' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="acupress-export-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const data = json<{
      format: string;
      account: { id: string; email: string };
      clinic: { name: string };
      checkIns: { id: string; assessment: unknown; outcome: { kind: string } }[];
      sessions: { id: string; checkInId: string; log?: unknown; createdBy: string }[];
      auditEntries: { action: string; actorUserId: string; userAgent: string | null }[];
    }>(res);
    expect(data.format).toBe('acupress-account-export');
    expect(data.account).toMatchObject({ id: world.clientA.id, email: world.clientA.email });
    expect(data.clinic.name).toBe('Clinic A');
    expect(data.checkIns).toHaveLength(1);
    expect(data.checkIns[0]!.outcome.kind).toBe('plan');
    expect(data.sessions).toEqual([
      expect.objectContaining({
        id: sessionId,
        checkInId,
        createdBy: world.clientA.id,
        log: expect.objectContaining({ steps: sessionLog().steps }) as unknown,
      }),
    ]);
    const byOwner = data.auditEntries.find((e) => e.action === 'check-in.create');
    expect(byOwner).toMatchObject({ actorUserId: world.ownerA.id, userAgent: null });
    const mine = data.auditEntries.find((e) => e.action === 'account.export');
    expect(mine).toMatchObject({ actorUserId: world.clientA.id, userAgent: 'MyBrowser/2' });
  });

  it('deletes a client’s account with the password; a wrong one changes nothing', async () => {
    const person = await addPerson(t.database.db, world.ownerA.clinicId, 'client');
    const b = await signedIn(t.database.db, person);
    const del = (password: string) =>
      t.app.inject({
        method: 'DELETE',
        url: '/api/account',
        headers: b.headers,
        payload: { password },
      });
    expect((await del('wrong password')).statusCode).toBe(400);
    expect(await who(b)).toBe(person.id);
    const res = await del(PASSWORD);
    expect(res.statusCode).toBe(204);
    expect(String(res.headers['set-cookie'])).toMatch(/Max-Age=0/);
    expect(await who(b)).toBeNull();
  });

  it('refuses to delete an owner whose clinic has other accounts, saying what to do', async () => {
    const b = await signedIn(t.database.db, world.ownerB);
    const res = await t.app.inject({
      method: 'DELETE',
      url: '/api/account',
      headers: b.headers,
      payload: { password: PASSWORD },
    });
    expect(res.statusCode).toBe(409);
    expect(json<ErrorBody>(res).error.message).toMatch(
      /^Your clinic still has 1 other account\. As its owner, remove them first/,
    );
  });

  it('lets the owner remove an account of the clinic, but not their own that way', async () => {
    const b = await signedIn(t.database.db, world.ownerB);
    const self = await t.app.inject({
      method: 'DELETE',
      url: `/api/users/${world.ownerB.id}`,
      headers: b.headers,
    });
    expect(self.statusCode).toBe(409);
    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/users/${world.clientB.id}`,
      headers: b.headers,
    });
    expect(res.statusCode).toBe(204);
    const gone = await t.app.inject({
      method: 'DELETE',
      url: '/api/account',
      headers: b.headers,
      payload: { password: PASSWORD },
    });
    expect(gone.statusCode).toBe(204);
    const clinics = await t.database.db
      .selectFrom('clinics')
      .select('id')
      .where('id', '=', world.ownerB.clinicId)
      .execute();
    expect(clinics).toEqual([]);
  });
});
