import { useEffect, useEffectEvent, useState } from 'react';
import type { Care, CareAnswer } from '@acupress/core';
import { api, type ApiError } from '../../api';
import {
  pendingFor,
  readCareSnapshot,
  rememberOfflineUser,
  useOutbox,
  usePracticeUser,
  writeCareSnapshot,
  type OfflineUser,
} from '../../offline';
import { CARE_PATH } from './session-body';

// The person's care (next plan, changes, progress): from the server when it answers, kept as a
// snapshot on this device; from that snapshot when it does not, saying how old it is. Asked
// again whenever this person's outbox empties, so the plan on screen reflects what was sent.

export type CareState =
  | { state: 'loading' }
  | { state: 'signed-out' }
  /** Signed in, but no saved check-in with a plan to follow. */
  | { state: 'no-plan'; user: OfflineUser }
  | {
      state: 'ready';
      user: OfflineUser;
      care: Care;
      checkIn: { id: string; createdAt: string };
      /** Set when shown from the device's snapshot (offline): when the server gave it. */
      savedAt?: string;
      /**
       * True while the care is asked again after this device's entries reached the server: what
       * is shown predates them.
       */
      updating?: boolean;
    }
  | { state: 'failed'; user: OfflineUser; error: ApiError };

function fromBody(user: OfflineUser, body: CareAnswer, savedAt?: string): CareState {
  if (!body.checkIn || !body.care) return { state: 'no-plan', user };
  return { state: 'ready', user, care: body.care, checkIn: body.checkIn, savedAt };
}

const isCareBody = (v: unknown): v is CareAnswer =>
  typeof v === 'object' && v !== null && 'care' in v && 'checkIn' in v;

export function useCare(): CareState {
  const who = usePracticeUser();
  const user = who.state === 'signed-in' ? who.user : null;
  const connected = who.state === 'signed-in' && who.connected;
  const [fetched, setFetched] = useState<{
    userId: string;
    round: number;
    state: CareState;
  } | null>(null);

  // Each time this person's outbox empties, a new round: the care is asked again. Adjusted while
  // rendering (not in an effect), so no render shows the old care as up to date.
  const pending = pendingFor(user?.id, useOutbox()).length;
  const [drain, setDrain] = useState({ pending, round: 0 });
  let round = drain.round;
  if (drain.pending !== pending) {
    if (drain.pending > 0 && pending === 0) round += 1;
    setDrain({ pending, round });
  }

  // Asked again for another person, not for a new copy of the same one (the session re-read).
  const userId = user?.id;
  const person = useEffectEvent(() => user);
  useEffect(() => {
    const user = person();
    if (!user || !connected) return;
    let live = true;
    void api.get<unknown>(CARE_PATH).then((result) => {
      if (!live) return;
      let next: CareState;
      if (result.ok && isCareBody(result.data)) {
        // Kept with who it belongs to, so this page still opens offline.
        rememberOfflineUser(user);
        const snapshot = writeCareSnapshot(user.id, result.data);
        next = fromBody(user, snapshot.body);
      } else if (result.ok) {
        next = {
          state: 'failed',
          user,
          error: {
            code: 'SERVER',
            status: 200,
            message: 'The server sent an answer this page cannot read.',
            issues: [],
          },
        };
      } else {
        const snapshot = readCareSnapshot(user.id);
        const transient = result.error.code === 'OFFLINE' || result.error.code === 'SERVER';
        next =
          snapshot && transient
            ? fromBody(user, snapshot.body, snapshot.savedAt)
            : { state: 'failed', user, error: result.error };
      }
      setFetched({ userId: user.id, round, state: next });
    });
    return () => {
      live = false;
    };
  }, [userId, connected, round]);

  if (who.state === 'loading') return { state: 'loading' };
  if (!user) return { state: 'signed-out' };
  if (!connected) {
    const snapshot = readCareSnapshot(user.id);
    if (snapshot) return fromBody(user, snapshot.body, snapshot.savedAt);
    return {
      state: 'failed',
      user,
      error: {
        code: 'OFFLINE',
        status: 0,
        message:
          'You appear to be offline, and this device has no copy of your plan yet. Open this page once while online to keep one here.',
        issues: [],
      },
    };
  }
  if (fetched?.userId !== user.id) return { state: 'loading' };
  // Asking again: the care already on screen stays there meanwhile.
  if (fetched.round !== round && fetched.state.state === 'ready') {
    return { ...fetched.state, updating: true };
  }
  return fetched.state;
}
