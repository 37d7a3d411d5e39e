import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './security-headers.js';
import { PASSWORD, seedWorld, type World } from '../testing/test-accounts.js';
import { createTestApp, type TestApp } from '../testing/test-app.js';

const attributes = (setCookie: unknown): string[] =>
  String(setCookie)
    .split(';')
    .map((p) => p.trim());

for (const trustProxy of [false, true]) {
  describe(`session cookie (trustProxy ${trustProxy})`, () => {
    let t: TestApp;
    let world: World;
    beforeAll(async () => {
      t = await createTestApp({ app: { trustProxy } });
      world = await seedWorld(t.database.db);
    });
    afterAll(() => t.close());

    const login = (headers: Record<string, string> = {}) =>
      t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers,
        payload: { email: world.ownerA.email, password: PASSWORD },
      });

    it('is HttpOnly, SameSite=Lax, Path=/, with the absolute lifetime; not Secure over HTTP', async () => {
      const res = await login();
      expect(res.statusCode).toBe(200);
      const attrs = attributes(res.headers['set-cookie']);
      expect(attrs[0]).toMatch(/^acupress_session=[\w-]{43}$/);
      expect(attrs).toEqual(
        expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/', 'Max-Age=2592000']),
      );
      expect(attrs).not.toContain('Secure');
    });

    it(`is Secure behind a proxy saying HTTPS only when the proxy is trusted`, async () => {
      const res = await login({ 'x-forwarded-proto': 'https' });
      expect(attributes(res.headers['set-cookie']).includes('Secure')).toBe(trustProxy);
      // HSTS likewise: only when the request is known to be HTTPS.
      expect(res.headers['strict-transport-security']).toBe(
        trustProxy ? 'max-age=31536000' : undefined,
      );
      expect((await login()).headers['strict-transport-security']).toBeUndefined();
    });
  });
}

describe('security headers on the API and on pages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it.each([
    ['/api/session', 'application/json'],
    ['/api/people/me/check-ins', 'application/json'],
    ['/', 'text/html'],
    ['/invite/some-token', 'text/html'],
  ])('%s carries the strict CSP', async (url, accept) => {
    const res = await t.app.inject({ url, headers: { accept } });
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });

  it('keeps API answers out of caches', async () => {
    for (const url of [
      '/api/session',
      '/api/people/me/check-ins',
      '/api/nowhere',
      '/%61pi/session',
    ]) {
      expect((await t.app.inject({ url })).headers['cache-control'], url).toBe('no-store');
    }
  });
});
