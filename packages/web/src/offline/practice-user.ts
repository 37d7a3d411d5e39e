import { getAuthSession, useAuthSession } from '../api';
import { readOfflineUser, type OfflineUser } from './care-snapshot';

// Whose practice to show. Signed in: that person. The server unreachable (offline at start):
// the person last signed in on this device, so their saved plan and sessions still work; the
// server checks who they are when the entries are sent.

export type PracticeUser =
  | { state: 'loading' }
  | { state: 'signed-out' }
  | { state: 'signed-in'; user: OfflineUser; connected: boolean };

export function usePracticeUser(): PracticeUser {
  const session = useAuthSession();
  if (session.status === 'loading') return { state: 'loading' };
  if (session.status === 'ready') {
    return session.user
      ? { state: 'signed-in', user: session.user, connected: true }
      : { state: 'signed-out' };
  }
  const remembered = readOfflineUser();
  return remembered
    ? { state: 'signed-in', user: remembered, connected: false }
    : { state: 'signed-out' };
}

/**
 * Whether what this device keeps for `userId` (their outbox, their session in progress) may be
 * written now: only while they are the one signed in, or (the server unreachable, or their
 * session expired) the one remembered. After a sign-out (here or in another tab, which forgets
 * the remembered person) nothing is written back for them.
 */
export function mayKeepFor(userId: string): boolean {
  const session = getAuthSession();
  if (session.status === 'ready' && session.user) return session.user.id === userId;
  return readOfflineUser()?.id === userId;
}
