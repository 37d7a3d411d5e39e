import type { ApiErrorBody as ErrorBody, SignedIn } from '@acupress/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserFor, setCookieToken } from '../../testing/test-accounts.js';
import { createTestApp, json, type TestApp } from '../../testing/test-app.js';

const OWNER = {
  clinicName: 'Back Care',
  name: 'Ana',
  email: 'Ana@Example.org',
  password: 'a long enough password',
};

describe('first start, sign-in and sign-out', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const session = async (cookie?: string) =>
    json<{ setupNeeded: boolean; user: SignedIn['user'] | null; csrfToken?: string }>(
      await t.app.inject({ url: '/api/session', headers: cookie ? { cookie } : {} }),
    );
  const login = (email: string, password: string, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email, password },
      headers,
    });

  it('offers setup on an empty database', async () => {
    expect(await session()).toEqual({ setupNeeded: true, user: null });
  });

  it('refuses a weak setup password, naming the field, and creates nothing', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { ...OWNER, password: 'short' },
    });
    expect(res.statusCode).toBe(400);
    expect(json<ErrorBody>(res).error.issues).toEqual([
      { field: 'password', message: 'must be at least 10 characters' },
    ]);
    expect((await session()).setupNeeded).toBe(true);
  });

  it('refuses an invalid email, naming the field', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { ...OWNER, email: 'not-an-email' },
    });
    expect(res.statusCode).toBe(400);
    expect(json<ErrorBody>(res).error.issues?.[0]?.field).toBe('email');
  });

  let ownerCookie = '';
  it('creates the clinic and its owner, signed in', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/setup', payload: OWNER });
    expect(res.statusCode, res.body).toBe(201);
    const body = json<SignedIn>(res);
    expect(body.user).toMatchObject({
      email: 'ana@example.org',
      name: 'Ana',
      role: 'owner',
      clinicName: 'Back Care',
    });
    expect(body.csrfToken).toMatch(/^[\w-]{43}$/);
    const token = setCookieToken(res);
    expect(token).toMatch(/^[\w-]{43}$/);
    ownerCookie = `acupress_session=${token}`;
    expect(await session(ownerCookie)).toEqual({
      setupNeeded: false,
      user: body.user,
      csrfToken: body.csrfToken,
    });
  });

  it('refuses a second setup with 409', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/setup',
      payload: { ...OWNER, email: 'mallory@example.org' },
    });
    expect(res.statusCode).toBe(409);
    expect(json<ErrorBody>(res).error).toMatchObject({ code: 'CONFLICT' });
  });

  it('answers the same 401 for an unknown email and a wrong password', async () => {
    const unknown = await login('nobody@example.org', OWNER.password);
    const wrong = await login(OWNER.email, 'wrong password!');
    for (const res of [unknown, wrong]) {
      expect(res.statusCode).toBe(401);
      expect(json<ErrorBody>(res).error).toEqual({
        code: 'UNAUTHENTICATED',
        message: 'Email or password is wrong.',
      });
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('gives a new session id at every sign-in and ends the browser’s previous one', async () => {
    const first = await login(' ANA@example.org ', OWNER.password);
    expect(first.statusCode, first.body).toBe(200);
    const firstToken = setCookieToken(first)!;
    const firstCsrf = json<SignedIn>(first).csrfToken;
    const browser = browserFor(firstToken, firstCsrf);

    const second = await login(OWNER.email, OWNER.password, browser.headers);
    expect(second.statusCode, second.body).toBe(200);
    const secondToken = setCookieToken(second)!;
    expect(secondToken).not.toBe(firstToken);
    expect(json<SignedIn>(second).csrfToken).not.toBe(firstCsrf);
    expect((await session(`acupress_session=${firstToken}`)).user).toBeNull();
    expect((await session(`acupress_session=${secondToken}`)).user?.email).toBe('ana@example.org');
  });

  it('signs out: the session ends and the cookie is cleared', async () => {
    const res = await login(OWNER.email, OWNER.password);
    const browser = browserFor(setCookieToken(res)!, json<SignedIn>(res).csrfToken);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: browser.headers,
    });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/^acupress_session=; Max-Age=0;/);
    expect((await session(browser.headers.cookie)).user).toBeNull();
    // Signing out without a session is not an error.
    const again = await t.app.inject({ method: 'POST', url: '/api/auth/logout' });
    expect(again.statusCode).toBe(204);
  });

  it('treats a garbage or unknown cookie as no session', async () => {
    for (const cookie of ['acupress_session=x', `acupress_session=${'a'.repeat(43)}`, 'other=1']) {
      expect((await session(cookie)).user).toBeNull();
    }
  });
});
