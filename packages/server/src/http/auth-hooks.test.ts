import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorld, signedIn, type World } from '../testing/test-accounts.js';
import { createTestApp, json, type TestApp } from '../testing/test-app.js';

// Routes marked `sameForEveryone` (the atlas, diagrams, health, the API description) answer
// without the session being looked up: no database read per request. Seen from outside: an
// expired session's row is not swept, and an idle one's last_seen_at is not written, by them.

const MINUTE = 60_000;

describe('routes that answer the same to everyone', () => {
  let t: TestApp;
  let world: World;
  let clock = new Date('2031-01-01T09:00:00Z');
  const now = () => clock;
  const advance = (minutes: number) => (clock = new Date(clock.getTime() + minutes * MINUTE));
  beforeAll(async () => {
    t = await createTestApp({
      app: { now, authSessionTimeouts: { idleMs: 30 * MINUTE, absoluteMs: 120 * MINUTE } },
    });
    world = await seedWorld(t.database.db);
  });
  afterAll(() => t.close());
  const sessionRows = () =>
    t.database.db.selectFrom('auth_sessions').select(['user_id', 'last_seen_at']).execute();

  it.each(['/api/points/BL23', '/api/points', '/api/templates/posterior', '/api/health'])(
    '%s does not read the session: a signed-in person’s last_seen_at stays as it was',
    async (url) => {
      await t.database.db.deleteFrom('auth_sessions').execute();
      const b = await signedIn(t.database.db, world.clientA, now);
      const before = await sessionRows();
      advance(5);
      const res = await t.app.inject({ url, headers: b.headers });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(await sessionRows()).toEqual(before);
      // A route that reads the session writes it (at most once a minute): the contrast.
      await t.app.inject({ url: '/api/session', headers: b.headers });
      expect(await sessionRows()).not.toEqual(before);
    },
  );

  it('leaves an expired session to the next route that reads it, which ends it', async () => {
    await t.database.db.deleteFrom('auth_sessions').execute();
    const b = await signedIn(t.database.db, world.clientA2, now);
    advance(31);
    expect((await t.app.inject({ url: '/api/points/BL23', headers: b.headers })).statusCode).toBe(
      200,
    );
    expect(await sessionRows()).toHaveLength(1);
    const who = json<{ user: unknown }>(
      await t.app.inject({ url: '/api/session', headers: b.headers }),
    );
    expect(who.user).toBeNull();
    expect(await sessionRows()).toHaveLength(0);
  });

  it('a route that needs a session still gets it (and refuses without one)', async () => {
    const b = await signedIn(t.database.db, world.clientA, now);
    const mine = await t.app.inject({ url: '/api/people/me/check-ins', headers: b.headers });
    expect(mine.statusCode).toBe(200);
    const anon = await t.app.inject({ url: '/api/people/me/check-ins' });
    expect(anon.statusCode).toBe(401);
  });
});

describe('declaring sameForEveryone', () => {
  it.each([
    ['a route that is not public', 'GET', 'session'],
    ['a public route that changes state', 'POST', 'public'],
  ] as const)('on %s fails at startup', async (_case, method, access) => {
    await expect(
      createTestApp({
        setup: (app) =>
          app.route({
            method,
            url: '/api/test-only',
            config: { access, sameForEveryone: true },
            handler: () => ({ ok: true }),
          }),
      }),
    ).rejects.toThrow(/sameForEveryone is for public GETs/);
  });
});
