import { useSyncExternalStore } from 'react';
import { api, getCsrfToken, loadAuthSession, type ApiError } from '../api';
import { isRecord, readJson, removeKey, writeJson } from './local-store';
import { mayKeepFor } from './practice-user';

// Writes made on this device wait here until the server has them: a session's start, its log,
// the next day's check. Every one is a PUT to a URL named by an id the client made, so sending
// it again never makes a second record; a repeat of the same URL replaces the waiting entry in
// its place, which keeps a session's start ahead of its log.

export interface OutboxItem {
  userId: string;
  url: string;
  body: unknown;
  /** ISO 8601, when it was first put here. */
  queuedAt: string;
}

export interface OutboxProblem {
  url: string;
  message: string;
  at: string;
}

export interface OutboxState {
  items: readonly OutboxItem[];
  /** The last entry the server refused (and that was dropped), for the page to say so. */
  lastError: OutboxProblem | null;
  sending: boolean;
}

const ITEMS_KEY = 'outbox';
const ERROR_KEY = 'outbox-error';

const isItem = (v: unknown): v is OutboxItem =>
  isRecord(v) &&
  typeof v.userId === 'string' &&
  typeof v.url === 'string' &&
  typeof v.queuedAt === 'string';
const isItems = (v: unknown): v is OutboxItem[] => Array.isArray(v) && v.every(isItem);
const isProblem = (v: unknown): v is OutboxProblem =>
  isRecord(v) && typeof v.url === 'string' && typeof v.message === 'string';

function load(): OutboxState {
  return {
    items: readJson(ITEMS_KEY, isItems) ?? [],
    lastError: readJson(ERROR_KEY, isProblem) ?? null,
    sending: false,
  };
}

let state: OutboxState = load();
const listeners = new Set<() => void>();

function set(next: Partial<OutboxState>): void {
  state = { ...state, ...next };
  if ('items' in next) writeJson(ITEMS_KEY, state.items);
  if ('lastError' in next) {
    if (state.lastError) writeJson(ERROR_KEY, state.lastError);
    else removeKey(ERROR_KEY);
  }
  listeners.forEach((l) => l());
}

export function getOutbox(): OutboxState {
  return state;
}

export function subscribeOutbox(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Another tab changed the outbox: read it again. */
export function reloadOutbox(): void {
  state = { ...load(), sending: state.sending };
  listeners.forEach((l) => l());
}

const sameEntry = (a: OutboxItem, userId: string, url: string) =>
  a.userId === userId && a.url === url;

/**
 * Keeps a PUT for later (replacing a waiting one to the same URL), then tries to send; nothing
 * when this person is no longer the one signed in here (they signed out).
 */
export function enqueue(userId: string, url: string, body: unknown): Promise<void> {
  if (!mayKeepFor(userId)) return Promise.resolve();
  const item: OutboxItem = { userId, url, body, queuedAt: new Date().toISOString() };
  const at = state.items.findIndex((i) => sameEntry(i, userId, url));
  const items =
    at === -1
      ? [...state.items, item]
      : state.items.map((i, n) => (n === at ? { ...item, queuedAt: i.queuedAt } : i));
  set({ items });
  return flush(userId);
}

/** Entries still waiting for this person. */
export function pendingFor(userId: string | null | undefined, s = state): OutboxItem[] {
  return userId ? s.items.filter((i) => i.userId === userId) : [];
}

/**
 * Waiting 401 (sign in again), 403 (no or a stale CSRF token: the app started while the server
 * was unreachable), 429 (later), offline or 5xx: keep the entry for a later try.
 */
const keepForLater = (error: ApiError) =>
  error.code === 'OFFLINE' ||
  error.code === 'SERVER' ||
  error.status === 401 ||
  error.status === 403 ||
  error.status === 429;

let running: Promise<void> | null = null;
let again = false;

async function sendAll(userId: string): Promise<void> {
  // No CSRF token yet (the session was never read, or could not be): ask for one first, or every
  // PUT below is refused.
  if (pendingFor(userId).length && !getCsrfToken()) await loadAuthSession();
  let reloaded = false;
  for (;;) {
    const item = pendingFor(userId)[0];
    if (!item) return;
    const result = await api.put<unknown>(item.url, item.body);
    // By identity: an entry replaced while this one was on its way is sent in its turn.
    const remove = () => state.items.filter((i) => i !== item);
    if (result.ok) {
      set({ items: remove() });
    } else if (result.error.status === 403 && !reloaded) {
      // A missing or stale token: read the session again (a fresh token), then try once more.
      reloaded = true;
      await loadAuthSession();
    } else if (keepForLater(result.error)) {
      // Stop here: what follows (a log after its start) must not overtake this entry.
      return;
    } else {
      set({
        items: remove(),
        lastError: { url: item.url, message: result.error.message, at: new Date().toISOString() },
      });
    }
  }
}

/**
 * Sends this person's waiting entries in order; one run at a time (a call during a run asks for
 * another pass afterwards, so nothing enqueued meanwhile waits for the next event).
 */
export function flush(userId: string): Promise<void> {
  if (running) {
    again = true;
    return running;
  }
  set({ sending: true });
  running = (async () => {
    try {
      do {
        again = false;
        await sendAll(userId);
      } while (again);
    } finally {
      running = null;
      set({ sending: false });
    }
  })();
  return running;
}

export function clearOutboxError(): void {
  set({ lastError: null });
}

/** Forgets everything waiting for this person (they signed out or deleted their account). */
export function clearOutbox(userId: string): void {
  set({ items: state.items.filter((i) => i.userId !== userId), lastError: null });
}

/** For tests: as after a reload. */
export function resetOutbox(): void {
  running = null;
  again = false;
  state = load();
}

export function useOutbox(): OutboxState {
  return useSyncExternalStore(subscribeOutbox, getOutbox);
}
