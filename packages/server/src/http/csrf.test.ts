import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PASSWORD,
  seedWorld,
  signedIn,
  type Browser,
  type World,
} from '../testing/test-accounts.js';
import { createTestApp, json, type TestApp } from '../testing/test-app.js';
import { exampleAssessmentJson } from '../testing/test-examples.js';

const assessment = exampleAssessmentJson();

describe('CSRF and cross-site requests', () => {
  let t: TestApp;
  let world: World;
  let browser: Browser;
  beforeAll(async () => {
    t = await createTestApp();
    world = await seedWorld(t.database.db);
    browser = await signedIn(t.database.db, world.clientA);
  });
  afterAll(() => t.close());

  const checkIns = async (): Promise<number> => {
    const rows = await t.database.db.selectFrom('check_ins').select('id').execute();
    return rows.length;
  };
  const save = (headers: Record<string, string>) =>
    t.app.inject({
      method: 'POST',
      url: '/api/people/me/check-ins',
      headers,
      payload: { assessment },
    });

  it('refuses a state change with the session cookie and no CSRF token; nothing is written', async () => {
    const res = await save({ cookie: browser.headers.cookie });
    expect(res.statusCode).toBe(403);
    expect(json<{ error: { code: string; message: string } }>(res).error).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/^Missing or wrong CSRF token/) as unknown,
    });
    expect(await checkIns()).toBe(0);
  });

  it('refuses a wrong CSRF token, including another session’s', async () => {
    const other = await signedIn(t.database.db, world.clientA2);
    for (const token of ['wrong', other.csrfToken]) {
      const res = await save({ cookie: browser.headers.cookie, 'x-csrf-token': token });
      expect(res.statusCode).toBe(403);
    }
    expect(await checkIns()).toBe(0);
  });

  it('accepts the session’s own CSRF token', async () => {
    const res = await save(browser.headers);
    expect(res.statusCode, res.body).toBe(201);
    expect(await checkIns()).toBe(1);
  });

  it('needs no token for reads', async () => {
    const res = await t.app.inject({
      url: '/api/people/me/check-ins',
      headers: { cookie: browser.headers.cookie },
    });
    expect(res.statusCode).toBe(200);
  });

  it('refuses a state change from another origin, even with the right token', async () => {
    const res = await save({ ...browser.headers, origin: 'https://evil.example' });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('Cross-site request refused');
    expect(await checkIns()).toBe(1);
  });

  it('refuses a cross-site sign-in (login CSRF), accepts a same-origin one', async () => {
    const payload = { email: world.clientA.email, password: PASSWORD };
    const evil = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'https://evil.example' },
      payload,
    });
    expect(evil.statusCode).toBe(403);
    expect(evil.headers['set-cookie']).toBeUndefined();
    const fetchSite = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'sec-fetch-site': 'cross-site' },
      payload,
    });
    expect(fetchSite.statusCode).toBe(403);
    const same = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'http://localhost:80', 'sec-fetch-site': 'same-origin' },
      payload,
    });
    expect(same.statusCode, same.body).toBe(200);
  });

  it('lets requests without a session cookie through (CLI, other systems)', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/plans/preview',
      payload: assessment,
    });
    expect(res.statusCode).toBe(200);
  });

  it('treats an ended session’s cookie as none: no CSRF needed, but no authority either', async () => {
    const ended = await signedIn(t.database.db, world.clientA);
    await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: ended.headers });
    const res = await save({ cookie: ended.headers.cookie });
    expect(res.statusCode).toBe(401);
  });
});
