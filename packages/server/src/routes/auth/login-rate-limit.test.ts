import type { ApiErrorBody as ErrorBody } from '@acupress/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedWorld, type World } from '../../testing/test-accounts.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

describe('sign-in rate limits', () => {
  let t: TestApp;
  let world: World;
  let clock = new Date('2031-05-01T08:00:00Z');
  beforeAll(async () => {
    t = await createTestApp({ app: { now: () => clock } });
    world = await seedWorld(t.database.db);
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, ip: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
      remoteAddress: ip,
    });

  it('refuses the 6th failure for one account with 429, Retry-After and a clear message', async () => {
    const email = world.clientA.email;
    for (let i = 0; i < 5; i++) {
      // From different addresses: the account limit does not depend on where guesses come from.
      expect((await login(email, `wrong password ${i}`, `198.51.100.${i}`)).statusCode).toBe(401);
    }
    const sixth = await login(email, 'wrong password 6', '198.51.100.99');
    expect(sixth.statusCode).toBe(429);
    expect(sixth.headers['retry-after']).toBe('900');
    expect(json<ErrorBody>(sixth).error).toEqual({
      code: 'RATE_LIMITED',
      message: 'Too many failed sign-ins for this account. Try again in 15 minutes.',
    });
    // Even the right password waits: that is what makes it a limit.
    expect((await login(email, PASSWORD, '198.51.100.100')).statusCode).toBe(429);
    // Other accounts are not affected.
    expect((await login(world.clientA2.email, PASSWORD, '198.51.100.101')).statusCode).toBe(200);
  });

  it('lets the account in again once the window has passed, counting down meanwhile', async () => {
    clock = new Date(clock.getTime() + 10 * 60_000);
    const waiting = await login(world.clientA.email, PASSWORD, '198.51.100.102');
    expect(waiting.statusCode).toBe(429);
    expect(waiting.headers['retry-after']).toBe('300');
    expect(json<ErrorBody>(waiting).error.message).toMatch(/Try again in 5 minutes\.$/);
    clock = new Date(clock.getTime() + 5 * 60_000 + 1000);
    expect((await login(world.clientA.email, PASSWORD, '198.51.100.103')).statusCode).toBe(200);
  });

  it('forgets an account’s failures after a successful sign-in', async () => {
    const email = world.practitionerA.email;
    for (let i = 0; i < 4; i++) await login(email, 'wrong password', '203.0.113.50');
    expect((await login(email, PASSWORD, '203.0.113.50')).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) {
      expect((await login(email, 'wrong password', '203.0.113.51')).statusCode).toBe(401);
    }
  });

  it('refuses the 21st failure from one address, whatever the accounts tried', async () => {
    const ip = '192.0.2.77';
    for (let i = 0; i < 20; i++) {
      expect((await login(`guess-${i}@example.org`, 'password123!', ip)).statusCode).toBe(401);
    }
    const res = await login(world.ownerB.email, PASSWORD, ip);
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(json<ErrorBody>(res).error.message).toBe(
      'Too many failed sign-ins from your network address. Try again in 15 minutes.',
    );
    expect((await login(world.ownerB.email, PASSWORD, '192.0.2.78')).statusCode).toBe(200);
  });

  it('stores no email address in the attempts table', async () => {
    const rows = await t.database.db.selectFrom('login_attempts').select('key').execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.key).join(' ')).not.toContain('@');
  });
});

describe('sign-in rate limits under a simultaneous burst', () => {
  let t: TestApp;
  let world: World;
  beforeAll(async () => {
    t = await createTestApp();
    world = await seedWorld(t.database.db);
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, ip: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
      remoteAddress: ip,
    });

  it('lets at most 5 of a simultaneous burst reach the password check', async () => {
    const email = world.practitionerA.email;
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) => login(email, `burst guess ${i}`, `192.0.2.${i}`)),
    );
    const codes = burst.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 401).length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 429).length).toBeGreaterThanOrEqual(25);
  });
});
