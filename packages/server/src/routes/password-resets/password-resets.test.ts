import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PASSWORD,
  seedWorld,
  signedIn,
  type Browser,
  type World,
} from '../../testing/test-accounts.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

describe('password reset links', () => {
  let t: TestApp;
  let world: World;
  let owner: Browser;
  let clock = new Date('2031-04-01T10:00:00Z');
  beforeAll(async () => {
    t = await createTestApp({ app: { now: () => clock } });
    world = await seedWorld(t.database.db);
    owner = await signedIn(t.database.db, world.ownerA, () => clock);
  });
  afterAll(() => t.close());

  const issue = async (personId: string): Promise<string> => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/users/${personId}/password-reset`,
      headers: owner.headers,
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = json<{ link: string; expiresAt: string }>(res);
    expect(body.expiresAt).toBe(new Date(clock.getTime() + 3600_000).toISOString());
    return body.link.replace('/reset/', '');
  };
  const reset = (token: string, password: string) =>
    t.app.inject({ method: 'POST', url: `/api/password-resets/${token}`, payload: { password } });
  const login = (email: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });

  it('lets the owner issue a link that names the account and sets a new password once', async () => {
    const clientSession = await signedIn(t.database.db, world.clientA, () => clock);
    const token = await issue(world.clientA.id);
    const info = await t.app.inject({ url: `/api/password-resets/${token}` });
    expect(json(info)).toEqual({ email: world.clientA.email });

    expect((await reset(token, 'short')).statusCode).toBe(400);
    expect((await reset(token, 'a brand new password')).statusCode).toBe(204);
    expect((await reset(token, 'another new password')).statusCode).toBe(410);

    expect((await login(world.clientA.email, PASSWORD)).statusCode).toBe(401);
    expect((await login(world.clientA.email, 'a brand new password')).statusCode).toBe(200);
    // Every session the account had is over.
    const old = await t.app.inject({
      url: '/api/session',
      headers: { cookie: clientSession.headers.cookie },
    });
    expect(json<{ user: unknown }>(old).user).toBeNull();
  });

  it('expires after an hour; an unknown link is 404', async () => {
    const token = await issue(world.clientA2.id);
    clock = new Date(clock.getTime() + 3600_000 + 1);
    expect((await t.app.inject({ url: `/api/password-resets/${token}` })).statusCode).toBe(410);
    expect((await reset(token, 'a brand new password')).statusCode).toBe(410);
    expect((await t.app.inject({ url: `/api/password-resets/${'y'.repeat(43)}` })).statusCode).toBe(
      404,
    );
  });

  it('replaces an earlier unused link for the same account', async () => {
    const first = await issue(world.practitionerA.id);
    const second = await issue(world.practitionerA.id);
    expect((await t.app.inject({ url: `/api/password-resets/${first}` })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/api/password-resets/${second}` })).statusCode).toBe(200);
  });
});
