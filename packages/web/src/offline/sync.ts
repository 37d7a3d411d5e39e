import {
  getAuthSession,
  loadAuthSession,
  onBeforeSignOut,
  onSignedOut,
  signedOut,
  subscribeAuthSession,
  type AuthSessionState,
} from '../api';
import {
  USER_KEY,
  clearCareSnapshot,
  forgetOfflineUser,
  readOfflineUser,
  rememberOfflineUser,
} from './care-snapshot';
import { clearOutbox, flush, pendingFor, reloadOutbox } from './outbox';
import { STORE_PREFIX } from './local-store';
import { clearSessionInProgress, readSessionInProgress } from './session-in-progress';

// When the outbox is sent: once the session is known at start, whenever the browser says it is
// online again, and (from enqueue) after each new entry. Signing out sends what it can first
// (the pages ask before signing out with entries still unsent: sendBeforeSignOut), then forgets
// what this device kept for that person.

const signedInUser = (s: AuthSessionState) => (s.status === 'ready' ? s.user : null);

/** Sends the signed-in person's entries; asks for the session first when it was unreachable. */
export async function flushNow(): Promise<void> {
  let session = getAuthSession();
  if (session.status !== 'ready') session = await loadAuthSession();
  const user = signedInUser(session);
  if (user) await flush(user.id);
}

/** What of the person's is still on this device only: signing out would delete it. */
export interface Unsent {
  /** Outbox entries not sent. */
  entries: number;
  /** A session not finished logging. */
  session: boolean;
}

/**
 * Before signing out (here or everywhere) or deleting the account: sends what waits for the
 * signed-in person, and says what of theirs is still on this device only (null: nothing), so
 * the page can ask first.
 */
export async function sendBeforeSignOut(): Promise<Unsent | null> {
  const user = signedInUser(getAuthSession());
  if (!user) return null;
  await flush(user.id);
  const unsent = {
    entries: pendingFor(user.id).length,
    session: readSessionInProgress(user.id) !== undefined,
  };
  return unsent.entries > 0 || unsent.session ? unsent : null;
}

/**
 * "2 session entries have not reached the server yet and will be deleted from this device. …",
 * or, with a session not finished logging, "1 session entry and a session you have not
 * finished logging will be deleted from this device. …"
 */
export function unsentQuestion({ entries, session }: Unsent, question: string): string {
  const count = entries === 1 ? '1 session entry' : `${entries} session entries`;
  if (session) {
    const unfinished = 'a session you have not finished logging';
    const what =
      entries === 0 ? 'A session you have not finished logging' : `${count} and ${unfinished}`;
    return `${what} will be deleted from this device. ${question}`;
  }
  const verb = entries === 1 ? 'has' : 'have';
  return `${count} ${verb} not reached the server yet and will be deleted from this device. ${question}`;
}

let stop: (() => void) | null = null;

/** Starts syncing (idempotent); returns the way to stop, for tests. */
export function startSync(): () => void {
  if (stop) return stop;
  let lastUserId: string | null = null;
  const onSession = () => {
    const user = signedInUser(getAuthSession());
    if (!user || user.id === lastUserId) return;
    lastUserId = user.id;
    rememberOfflineUser(user);
    if (pendingFor(user.id).length) void flush(user.id);
  };
  const onOnline = () => void flushNow();
  const onStorage = (event: StorageEvent) => {
    if (event.key?.startsWith(`${STORE_PREFIX}outbox`)) reloadOutbox();
    // Signed out in another tab (which forgets the remembered person and what was kept for them):
    // signed out here too, so this tab shows the signed-out view and writes nothing back.
    const forgotten =
      event.key === null || (event.key === STORE_PREFIX + USER_KEY && event.newValue === null);
    if (forgotten && signedInUser(getAuthSession()) && !readOfflineUser()) signedOut('signed-out');
  };
  const unsubscribers = [
    subscribeAuthSession(onSession),
    onSignedOut((user, reason) => {
      lastUserId = null;
      if (reason !== 'signed-out') return;
      clearOutbox(user.id);
      clearCareSnapshot(user.id);
      clearSessionInProgress(user.id);
      forgetOfflineUser(user.id);
    }),
    onBeforeSignOut(async () => {
      const user = signedInUser(getAuthSession());
      if (user) await flush(user.id);
    }),
  ];
  window.addEventListener('online', onOnline);
  window.addEventListener('storage', onStorage);
  onSession();
  stop = () => {
    unsubscribers.forEach((u) => u());
    window.removeEventListener('online', onOnline);
    window.removeEventListener('storage', onStorage);
    stop = null;
  };
  return stop;
}
