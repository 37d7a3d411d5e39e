import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedWorld, signedIn, type World } from '../testing/test-accounts.js';
import { createTestApp, json, type TestApp } from '../testing/test-app.js';

const MINUTE = 60_000;

describe('session timeouts (injected clock)', () => {
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

  const who = async (cookie: string): Promise<string | null> => {
    const body = json<{ user: { id: string } | null }>(
      await t.app.inject({ url: '/api/session', headers: { cookie } }),
    );
    return body.user?.id ?? null;
  };
  const lastSeen = async (): Promise<string[]> =>
    (await t.database.db.selectFrom('auth_sessions').select('last_seen_at').execute()).map((r) =>
      new Date(r.last_seen_at).toISOString(),
    );

  it('ends a session left idle longer than the idle timeout', async () => {
    const b = await signedIn(t.database.db, world.clientA, now);
    advance(29);
    expect(await who(b.headers.cookie)).toBe(world.clientA.id);
    advance(29); // 29 minutes since the last request: still alive
    expect(await who(b.headers.cookie)).toBe(world.clientA.id);
    advance(31);
    expect(await who(b.headers.cookie)).toBeNull();
    // Deleted, not just refused.
    const rows = await t.database.db.selectFrom('auth_sessions').select('user_id').execute();
    expect(rows.map((r) => r.user_id)).not.toContain(world.clientA.id);
  });

  it('ends an active session at the absolute timeout', async () => {
    const b = await signedIn(t.database.db, world.clientA2, now);
    for (let i = 0; i < 5; i++) {
      advance(20);
      expect(await who(b.headers.cookie)).toBe(world.clientA2.id);
    }
    advance(21); // 121 minutes after sign-in
    expect(await who(b.headers.cookie)).toBeNull();
  });

  it('writes last_seen_at at most once a minute', async () => {
    await t.database.db.deleteFrom('auth_sessions').execute();
    const start = clock.toISOString();
    const b = await signedIn(t.database.db, world.ownerA, now);
    clock = new Date(clock.getTime() + 30_000);
    await who(b.headers.cookie);
    expect(await lastSeen()).toEqual([start]);
    clock = new Date(clock.getTime() + 31_000);
    await who(b.headers.cookie);
    expect(await lastSeen()).toEqual([clock.toISOString()]);
  });
});
