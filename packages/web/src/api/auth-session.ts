import type { AuthSession, SignedIn, SignedInUser } from '@acupress/core';
import { useSyncExternalStore } from 'react';
import { api, onUnauthenticated, setCsrfToken } from './client';

// The sign-in ("auth") session, never a guided practice session: who is signed in, from
// GET /api/session once the app starts. The atlas and the check-in never wait for it: until it
// answers, and when it cannot (offline, no server), the app is simply signed out and says nothing
// about it.

export type AuthSessionState =
  /** Not asked yet, or waiting for the answer. */
  | { status: 'loading' }
  /** The server could not be reached: treated as signed out, quietly. */
  | { status: 'unavailable' }
  | { status: 'ready'; setupNeeded: boolean; user: SignedInUser | null };

type Listener = () => void;
const listeners = new Set<Listener>();
/**
 * What a page rendered to HTML at build shows (prerender/): nobody's session. Hydration renders
 * with it first, so the HTML matches, then with the real state.
 */
const NOT_ASKED: AuthSessionState = { status: 'loading' };
let state: AuthSessionState = NOT_ASKED;
let pending: Promise<AuthSessionState> | undefined;

function set(next: AuthSessionState): void {
  state = next;
  listeners.forEach((l) => l());
}

export function getAuthSession(): AuthSessionState {
  return state;
}

export function subscribeAuthSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Asks the server who is signed in (again). */
export function loadAuthSession(): Promise<AuthSessionState> {
  pending = api.get<AuthSession>('/api/session').then((result) => {
    if (!result.ok || typeof result.data !== 'object' || result.data === null) {
      set({ status: 'unavailable' });
    } else {
      setCsrfToken(result.data.csrfToken);
      set({
        status: 'ready',
        setupNeeded: result.data.setupNeeded === true,
        user: result.data.user ?? null,
      });
    }
    return state;
  });
  return pending;
}

/** Loads the session once: later calls share the first answer. */
export function ensureAuthSession(): Promise<AuthSessionState> {
  return pending ?? loadAuthSession();
}

/** After set-up, sign-in or an accepted invitation. */
export function signedIn(body: SignedIn): void {
  setCsrfToken(body.csrfToken);
  set({ status: 'ready', setupNeeded: false, user: body.user });
}

/**
 * Why the person is no longer signed in: they chose to (sign out, sign out everywhere, deleted
 * the account), or the server ended the session (a 401). Data kept on this device for them (the
 * offline outbox, the care snapshot) is removed only in the first case: an expired session may
 * still have entries waiting to be sent once they sign in again.
 */
export type SignOutReason = 'signed-out' | 'expired';

type SignedOutListener = (user: SignedInUser, reason: SignOutReason) => void;
const signedOutListeners = new Set<SignedOutListener>();

/** Called with the person who was signed in, when they no longer are. */
export function onSignedOut(listener: SignedOutListener): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

type BeforeSignOut = () => Promise<unknown>;
const beforeSignOutHooks = new Set<BeforeSignOut>();

/** Work to finish while still signed in, before signing out (sending what is waiting). */
export function onBeforeSignOut(hook: BeforeSignOut): () => void {
  beforeSignOutHooks.add(hook);
  return () => beforeSignOutHooks.delete(hook);
}

/** After signing out (here or everywhere) or deleting the account. */
export function signedOut(reason: SignOutReason = 'signed-out'): void {
  const previous = state.status === 'ready' ? state.user : null;
  setCsrfToken(undefined);
  set({
    status: 'ready',
    setupNeeded: state.status === 'ready' ? state.setupNeeded : false,
    user: null,
  });
  if (previous) signedOutListeners.forEach((l) => l(previous, reason));
}

/** Signs out on the server, then here (here even when the server cannot be reached). */
export async function signOut(): Promise<void> {
  // A hook never blocks signing out: its failure is its own business.
  await Promise.allSettled([...beforeSignOutHooks].map((hook) => hook()));
  await api.post('/api/auth/logout');
  signedOut();
  // The server may hand out a new token for the signed-out session (sign-in is protected too).
  void loadAuthSession();
}

// A 401 from any request means the session has ended (expired, or signed out everywhere).
onUnauthenticated((_error, path) => {
  if (['/api/auth/login', '/api/account/password', '/api/account'].includes(path)) return;
  if (state.status === 'ready' && state.user) signedOut('expired');
});

/** For tests: forget everything, as after a reload. */
export function resetAuthSession(): void {
  pending = undefined;
  setCsrfToken(undefined);
  state = NOT_ASKED;
}

export function useAuthSession(): AuthSessionState {
  return useSyncExternalStore(subscribeAuthSession, getAuthSession, () => NOT_ASKED);
}

/** The signed-in user, or null (also while loading or offline). */
export function useUser(): SignedInUser | null {
  const s = useAuthSession();
  return s.status === 'ready' ? s.user : null;
}
