import type { InvitationLink as Created, ApiErrorBody as ErrorBody } from '@acupress/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PASSWORD,
  seedWorld,
  setCookieToken,
  signedIn,
  type Browser,
  type World,
} from '../../testing/test-accounts.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

describe('invitations', () => {
  let t: TestApp;
  let world: World;
  let owner: Browser;
  let practitioner: Browser;
  let clock = new Date('2031-03-01T10:00:00Z');
  beforeAll(async () => {
    t = await createTestApp({ app: { now: () => clock } });
    world = await seedWorld(t.database.db);
    owner = await signedIn(t.database.db, world.ownerA, () => clock);
    practitioner = await signedIn(t.database.db, world.practitionerA, () => clock);
  });
  afterAll(() => t.close());

  const invite = (by: Browser, payload: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/invitations', headers: by.headers, payload });
  const tokenOf = (created: Created): string => created.link.replace('/invite/', '');
  const accept = (token: string, payload: Record<string, unknown>, headers = {}) =>
    t.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      headers,
      payload,
    });

  it('lets the owner invite a practitioner with a one-time link valid 7 days', async () => {
    const res = await invite(owner, { role: 'practitioner' });
    expect(res.statusCode, res.body).toBe(201);
    const created = json<Created>(res);
    expect(created).toMatchObject({ role: 'practitioner', email: null });
    expect(created.link).toMatch(/^\/invite\/[\w-]{43}$/);
    expect(created.expiresAt).toBe('2031-03-08T10:00:00.000Z');
    // The token is not stored: only its hash.
    const stored = await t.database.db.selectFrom('invitations').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain(tokenOf(created));
  });

  it('lets a practitioner invite clients but not practitioners', async () => {
    expect((await invite(practitioner, { role: 'client' })).statusCode).toBe(201);
    const refused = await invite(practitioner, { role: 'practitioner' });
    expect(refused.statusCode).toBe(403);
    expect(json<ErrorBody>(refused).error.message).toBe(
      'Only the clinic owner may invite practitioners.',
    );
  });

  it('shows the link’s clinic and role, then accepts it once, signed in', async () => {
    const created = json<Created>(await invite(owner, { role: 'client' }));
    const token = tokenOf(created);
    const info = await t.app.inject({ url: `/api/invitations/${token}` });
    expect(json(info)).toEqual({ clinicName: 'Clinic A', role: 'client', email: null });

    const res = await accept(token, {
      name: 'Bo',
      email: 'bo@example.org',
      password: 'bo’s long password',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(json<{ user: Record<string, unknown> }>(res).user).toMatchObject({
      name: 'Bo',
      email: 'bo@example.org',
      role: 'client',
      clinicId: world.ownerA.clinicId,
    });
    expect(setCookieToken(res)).toMatch(/^[\w-]{43}$/);

    const again = await accept(token, {
      name: 'Eve',
      email: 'eve@example.org',
      password: 'eve’s long password',
    });
    expect(again.statusCode).toBe(410);
    expect((await t.app.inject({ url: `/api/invitations/${token}` })).statusCode).toBe(410);
  });

  it('answers 404 for an unknown link and 410 for an expired one', async () => {
    expect((await t.app.inject({ url: `/api/invitations/${'x'.repeat(43)}` })).statusCode).toBe(
      404,
    );
    expect((await t.app.inject({ url: '/api/invitations/short' })).statusCode).toBe(404);
    const created = json<Created>(await invite(owner, { role: 'client' }));
    clock = new Date(clock.getTime() + 7 * 24 * 3600_000 + 1);
    try {
      const res = await t.app.inject({ url: `/api/invitations/${tokenOf(created)}` });
      expect(res.statusCode).toBe(410);
      expect(json<ErrorBody>(res).error.message).toMatch(/expired/);
    } finally {
      clock = new Date('2031-03-01T10:00:00Z');
    }
  });

  it('binds an invitation made for an email to that address', async () => {
    const created = json<Created>(await invite(owner, { role: 'client', email: 'Cy@Example.org' }));
    expect(created.email).toBe('cy@example.org');
    const wrong = await accept(tokenOf(created), {
      name: 'Dee',
      email: 'dee@example.org',
      password: 'a long password 1',
    });
    expect(wrong.statusCode).toBe(400);
    expect(json<ErrorBody>(wrong).error.issues?.[0]?.field).toBe('email');
    const right = await accept(tokenOf(created), {
      name: 'Cy',
      email: 'cy@example.org',
      password: 'a long password 1',
    });
    expect(right.statusCode).toBe(201);
  });

  it('refuses an email that already has an account (409) and keeps the link usable', async () => {
    const created = json<Created>(await invite(owner, { role: 'client' }));
    const taken = await accept(tokenOf(created), {
      name: 'Dup',
      email: world.clientB.email,
      password: 'a long password 2',
    });
    expect(taken.statusCode).toBe(409);
    const weak = await accept(tokenOf(created), {
      name: 'Dup',
      email: 'fresh@example.org',
      password: 'short',
    });
    expect(weak.statusCode).toBe(400);
    expect((await t.app.inject({ url: `/api/invitations/${tokenOf(created)}` })).statusCode).toBe(
      200,
    );
  });

  it('lists pending invitations: all to the owner, client ones to a practitioner', async () => {
    const list = async (b: Browser) =>
      json<{ invitations: { role: string }[] }>(
        await t.app.inject({ url: '/api/invitations', headers: b.headers }),
      ).invitations.map((i) => i.role);
    const all = await list(owner);
    expect(all).toContain('practitioner');
    expect(all).toContain('client');
    expect(new Set(await list(practitioner))).toEqual(new Set(['client']));
  });

  it('revokes: the link stops working; a practitioner cannot revoke a practitioner invitation', async () => {
    const forPrac = json<Created>(await invite(owner, { role: 'practitioner' }));
    const byPrac = await t.app.inject({
      method: 'DELETE',
      url: `/api/invitations/${forPrac.id}`,
      headers: practitioner.headers,
    });
    expect(byPrac.statusCode).toBe(403);
    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/invitations/${forPrac.id}`,
      headers: owner.headers,
    });
    expect(res.statusCode).toBe(204);
    expect((await t.app.inject({ url: `/api/invitations/${tokenOf(forPrac)}` })).statusCode).toBe(
      404,
    );
  });

  it('signs the new account in even from a browser that had another session', async () => {
    const created = json<Created>(await invite(owner, { role: 'client' }));
    const before = await signedIn(t.database.db, world.clientB);
    const res = await accept(
      tokenOf(created),
      { name: 'Fay', email: 'fay@example.org', password: PASSWORD },
      before.headers,
    );
    expect(res.statusCode).toBe(201);
    const old = await t.app.inject({
      url: '/api/session',
      headers: { cookie: before.headers.cookie },
    });
    expect(json<{ user: unknown }>(old).user).toBeNull();
  });
});
