import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLIENT, CSRF, apiError, sessionRoute, stubApi } from '../test/api-stub';
import { loadAuthSession, resetAuthSession, signOut } from '../api';
import { readCareSnapshot, rememberOfflineUser, writeCareSnapshot } from './care-snapshot';
import { enqueue, flush, getOutbox, pendingFor, resetOutbox } from './outbox';
import { sendBeforeSignOut, startSync } from './sync';

const START = '/api/people/me/sessions/s-1';
const LOG = '/api/people/me/sessions/s-1/log';
const offline = () => vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));

beforeEach(() => {
  window.localStorage.clear();
  // The person who last used the app here: the outbox keeps entries for them only.
  rememberOfflineUser(CLIENT);
  resetOutbox();
});
afterEach(() => window.localStorage.clear());

describe('outbox', () => {
  it('keeps entries while offline, then sends each once, in order, when online', async () => {
    offline();
    await enqueue(CLIENT.id, START, { beforeNrs: 6 });
    await enqueue(CLIENT.id, LOG, { after: { nrs: 3 } });
    expect(pendingFor(CLIENT.id).map((i) => i.url)).toEqual([START, LOG]);
    // Kept across a reload.
    resetOutbox();
    expect(getOutbox().items).toHaveLength(2);

    const calls = stubApi({
      ...sessionRoute(CLIENT),
      [`PUT ${START}`]: { status: 201, body: {} },
      [`PUT ${LOG}`]: { status: 200, body: {} },
    });
    await loadAuthSession();
    await flush(CLIENT.id);
    const puts = calls.filter((c) => c.method === 'PUT');
    expect(puts.map((c) => c.path)).toEqual([START, LOG]);
    expect(puts[0]!.headers['X-CSRF-Token']).toBe(CSRF);
    expect(puts[1]!.body).toEqual({ after: { nrs: 3 } });
    expect(getOutbox().items).toEqual([]);

    // A second flush has nothing left to send.
    await flush(CLIENT.id);
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2);
  });

  it('replaces a waiting entry to the same URL instead of adding another', async () => {
    offline();
    await enqueue(CLIENT.id, START, { beforeNrs: 6 });
    await enqueue(CLIENT.id, LOG, { n: 1 });
    await enqueue(CLIENT.id, START, { beforeNrs: 5 });
    expect(pendingFor(CLIENT.id).map((i) => [i.url, i.body])).toEqual([
      [START, { beforeNrs: 5 }],
      [LOG, { n: 1 }],
    ]);
  });

  it('drops an entry the server refuses (4xx) and keeps the reason for the page', async () => {
    const calls = stubApi({
      ...sessionRoute(CLIENT),
      [`PUT ${START}`]: apiError(400, 'VALIDATION', 'beforeNrs must be 0 to 10'),
      [`PUT ${LOG}`]: { status: 200, body: {} },
    });
    await loadAuthSession();
    await enqueue(CLIENT.id, START, { beforeNrs: 11 });
    expect(getOutbox().items).toEqual([]);
    expect(getOutbox().lastError).toMatchObject({
      url: START,
      message: 'beforeNrs must be 0 to 10',
    });
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
  });

  it('keeps an entry after a server failure (5xx), and what follows it, for later', async () => {
    const calls = stubApi({
      ...sessionRoute(CLIENT),
      [`PUT ${START}`]: { status: 503, body: {} },
      [`PUT ${LOG}`]: { status: 200, body: {} },
    });
    await loadAuthSession();
    await enqueue(CLIENT.id, START, { beforeNrs: 6 });
    await enqueue(CLIENT.id, LOG, { n: 1 });
    expect(pendingFor(CLIENT.id)).toHaveLength(2);
    expect(getOutbox().lastError).toBeNull();
    // The log never overtakes its start.
    expect(calls.filter((c) => c.path === LOG)).toHaveLength(0);
  });

  it('keeps entries on 401 and 429 (sign in again, or wait)', async () => {
    stubApi({ ...sessionRoute(CLIENT), [`PUT ${START}`]: apiError(429, 'RATE_LIMITED', 'Later') });
    await loadAuthSession();
    await enqueue(CLIENT.id, START, {});
    expect(pendingFor(CLIENT.id)).toHaveLength(1);
    stubApi({ [`PUT ${START}`]: apiError(401, 'UNAUTHENTICATED', 'Sign in') });
    await flush(CLIENT.id);
    expect(pendingFor(CLIENT.id)).toHaveLength(1);
  });

  it('without a CSRF token (started offline), asks for the session before sending', async () => {
    offline();
    resetAuthSession();
    await loadAuthSession();
    await enqueue(CLIENT.id, START, { beforeNrs: 6 });
    expect(pendingFor(CLIENT.id)).toHaveLength(1);

    // The network is back; the server refuses a PUT without the token (403), as a real one does.
    const calls = stubApi({
      ...sessionRoute(CLIENT),
      [`PUT ${START}`]: (req) =>
        req.headers['X-CSRF-Token'] === CSRF
          ? { status: 201, body: {} }
          : apiError(403, 'FORBIDDEN', 'Missing CSRF token'),
    });
    await flush(CLIENT.id);
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /api/session', `PUT ${START}`]);
    expect(getOutbox().items).toEqual([]);
    expect(getOutbox().lastError).toBeNull();
  });

  it('keeps an entry refused with 403 (as a 401), after one try with a fresh token', async () => {
    const calls = stubApi({
      ...sessionRoute(CLIENT),
      [`PUT ${START}`]: apiError(403, 'FORBIDDEN', 'Invalid CSRF token'),
      [`PUT ${LOG}`]: { status: 200, body: {} },
    });
    await loadAuthSession();
    await enqueue(CLIENT.id, START, {});
    await enqueue(CLIENT.id, LOG, {});
    expect(pendingFor(CLIENT.id).map((i) => i.url)).toEqual([START, LOG]);
    expect(getOutbox().lastError).toBeNull();
    // Each flush: the PUT, the session read again for a new token, the PUT once more; never the log.
    expect(calls.slice(1, 4).map((c) => `${c.method} ${c.path}`)).toEqual([
      `PUT ${START}`,
      'GET /api/session',
      `PUT ${START}`,
    ]);
    expect(calls.filter((c) => c.path === LOG)).toHaveLength(0);
  });

  it('sends on the "online" event; before signing out sends what waits, and says what cannot be sent', async () => {
    offline();
    const stop = startSync();
    await enqueue(CLIENT.id, START, {});
    writeCareSnapshot(CLIENT.id, { checkIn: null, care: null });

    const calls = stubApi({
      ...sessionRoute(CLIENT),
      [`PUT ${START}`]: { status: 201, body: {} },
      'POST /api/auth/logout': { status: 204 },
    });
    window.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(getOutbox().items).toEqual([]));
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1);

    // The server cannot take the log: asking does not delete it, it says what is left (the
    // pages then ask the person, in words, before signing out).
    offline();
    await enqueue(CLIENT.id, LOG, {});
    const refusing = stubApi({ ...sessionRoute(CLIENT), [`PUT ${LOG}`]: { status: 503 } });
    expect(await sendBeforeSignOut()).toEqual({ entries: 1, session: false });
    expect(refusing.map((c) => `${c.method} ${c.path}`)).toContain(`PUT ${LOG}`);
    expect(pendingFor(CLIENT.id)).toHaveLength(1);
    expect(readCareSnapshot(CLIENT.id)).toBeDefined();

    // Once it can be sent, signing out sends it first, then forgets this person's data.
    const last = stubApi({
      'POST /api/auth/logout': { status: 204 },
      [`PUT ${LOG}`]: { status: 200, body: {} },
      ...sessionRoute(null),
    });
    await signOut();
    expect(last.map((c) => `${c.method} ${c.path}`).slice(0, 2)).toEqual([
      `PUT ${LOG}`,
      'POST /api/auth/logout',
    ]);
    expect(pendingFor(CLIENT.id)).toEqual([]);
    expect(readCareSnapshot(CLIENT.id)).toBeUndefined();
    stop();
  });
});
