import { describe, expect, it, vi } from 'vitest';
import { CSRF, OWNER, apiError, sessionRoute, stubApi } from '../test/api-stub';
import { OFFLINE_MESSAGE, api, getCsrfToken } from './client';
import { getAuthSession, loadAuthSession, signOut } from './auth-session';

describe('API client', () => {
  it('sends the CSRF token from the session on requests that change something, never on reads', async () => {
    const calls = stubApi({
      ...sessionRoute(OWNER),
      'POST /api/invitations': { status: 201, body: { id: 'i1' } },
      'GET /api/users': { body: [] },
      'DELETE /api/invitations/i1': { status: 204 },
    });
    await loadAuthSession();
    expect(getCsrfToken()).toBe(CSRF);

    await api.get('/api/users');
    await api.post('/api/invitations', { role: 'client' });
    await api.delete('/api/invitations/i1');

    const [session, get, post, del] = calls;
    expect(session!.headers['X-CSRF-Token']).toBeUndefined();
    expect(get!.headers['X-CSRF-Token']).toBeUndefined();
    expect(post!.headers['X-CSRF-Token']).toBe(CSRF);
    expect(post!.headers['Content-Type']).toBe('application/json');
    expect(post!.body).toEqual({ role: 'client' });
    expect(del!.headers['X-CSRF-Token']).toBe(CSRF);
  });

  it('turns the error body into a value with its code, message, field issues and wait', async () => {
    stubApi({
      'POST /api/setup': apiError(400, 'VALIDATION', 'Check the fields', [
        { field: 'email', message: 'must be an email address' },
      ]),
      'POST /api/auth/login': {
        ...apiError(429, 'RATE_LIMITED', 'Too many attempts. Try again in 60 seconds.'),
        headers: { 'Retry-After': '60' },
      },
      'GET /api/boom': { status: 500, body: { error: { code: 'INTERNAL', message: 'stack…' } } },
    });
    const setup = await api.post('/api/setup', {});
    expect(setup).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        status: 400,
        issues: [{ field: 'email', message: 'must be an email address' }],
      },
    });
    const login = await api.post('/api/auth/login', {});
    expect(login).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', retryAfterSeconds: 60 },
    });
    // A server failure never shows its details.
    const boom = await api.get('/api/boom');
    expect(boom.ok ? '' : boom.error.message).not.toContain('stack');
    expect(boom.ok ? '' : boom.error.code).toBe('SERVER');
  });

  it('says "offline" when the request cannot be made, and never throws', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const result = await api.post('/api/auth/login', { email: 'a@b.c', password: 'x' });
    expect(result).toEqual({
      ok: false,
      status: 0,
      error: { code: 'OFFLINE', status: 0, message: OFFLINE_MESSAGE, issues: [] },
    });
    // No server: the app is simply signed out.
    await loadAuthSession();
    expect(getAuthSession()).toEqual({ status: 'unavailable' });
  });

  it('signs out here even when the server cannot be told', async () => {
    stubApi(sessionRoute(OWNER));
    await loadAuthSession();
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await signOut();
    expect(getCsrfToken()).toBeUndefined();
    expect(getAuthSession()).toMatchObject({ user: null });
  });
});
