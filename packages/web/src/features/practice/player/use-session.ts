import { useCallback, useEffect, useState } from 'react';
import {
  advanceSession,
  startSession,
  type Plan,
  type SessionEvent,
  type SessionState,
} from '@acupress/core';

/** An event as the player sends it: the hook stamps the time. */
export type PlayerEvent = SessionEvent extends infer E
  ? E extends SessionEvent
    ? Omit<E, 'at'>
    : never
  : never;

/**
 * How often the clock ticks. A quarter of a second keeps the countdown within a quarter of a
 * second of the truth; the machine itself counts exact times from each event's `at`.
 */
export const TICK_MS = 250;

/**
 * The session machine, driven by the device clock (Date.now and setInterval only, so end-to-end
 * tests can fast-forward it). A tab in the background ticks rarely or not at all: the first tick
 * after it returns catches up on the whole gap. `initial` (a resumed session) replaces the start:
 * paused, the gap since it was saved counts as nothing.
 */
export function useSession(
  plan: Plan,
  initial?: SessionState,
): { state: SessionState; send: (e: PlayerEvent) => void } {
  const [state, setState] = useState<SessionState>(() => initial ?? startSession(plan, Date.now()));
  const send = useCallback((event: PlayerEvent) => {
    const at = Date.now();
    setState((s) => advanceSession(s, { ...event, at }));
  }, []);
  const done = state.phase === 'done';
  useEffect(() => {
    if (done) return;
    const id = setInterval(() => send({ type: 'tick' }), TICK_MS);
    return () => clearInterval(id);
  }, [done, send]);
  return { state, send };
}
