import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLIENT, CSRF, apiError, sessionRoute, stubApi } from '../test/api-stub';
import { loadSession, signOut } from '../api';
import { readCareSnapshot, writeCareSnapshot } from './care-snapshot';
import { enqueue, flush, getOutbox, pendingFor, resetOutbox } from './outbox';
import { startSync } from './sync';

const START = '/api/people/me/sessions/s-1';
const LOG = '/api/people/me/sessions/s-1/log';
const offline = () => vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')));

beforeEach(() => {
  window.localStorage.clear();
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
    await loadSession();
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
    await loadSession();
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
    await loadSession();
    await enqueue(CLIENT.id, START, { beforeNrs: 6 });
    await enqueue(CLIENT.id, LOG, { n: 1 });
    expect(pendingFor(CLIENT.id)).toHaveLength(2);
    expect(getOutbox().lastError).toBeNull();
    // The log never overtakes its start.
    expect(calls.filter((c) => c.path === LOG)).toHaveLength(0);
  });

  it('keeps entries on 401 and 429 (sign in again, or wait)', async () => {
    stubApi({ ...sessionRoute(CLIENT), [`PUT ${START}`]: apiError(429, 'RATE_LIMITED', 'Later') });
    await loadSession();
    await enqueue(CLIENT.id, START, {});
    expect(pendingFor(CLIENT.id)).toHaveLength(1);
    stubApi({ [`PUT ${START}`]: apiError(401, 'UNAUTHENTICATED', 'Sign in') });
    await flush(CLIENT.id);
    expect(pendingFor(CLIENT.id)).toHaveLength(1);
  });

  it('sends on the "online" event, and forgets this person\'s data when they sign out', async () => {
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

    offline();
    await enqueue(CLIENT.id, LOG, {});
    stubApi({ 'POST /api/auth/logout': { status: 204 }, [`PUT ${LOG}`]: { status: 503 } });
    await signOut();
    expect(pendingFor(CLIENT.id)).toEqual([]);
    expect(readCareSnapshot(CLIENT.id)).toBeUndefined();
    stop();
  });
});
