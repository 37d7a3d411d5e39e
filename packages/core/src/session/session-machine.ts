import type { Plan } from '../plan/plan-types.js';
import type { StepLog } from './session-record.js';
import { SESSION_CUES } from './session-cues.js';
import { sessionItems, type SessionItem } from './session-items.js';
import { goTo, holdLeftMs, holdMore, phaseCue, runClock } from './session-clock.js';
import {
  enter,
  freshRecord,
  sanitizeTiming,
  setRecord,
  withCue,
  type SessionEvent,
  type SessionOptions,
  type SessionState,
} from './session-state.js';

export type {
  ItemRecord,
  SessionEvent,
  SessionOptions,
  SessionPhase,
  SessionState,
} from './session-state.js';

// The guided session as a pure state machine: the player only renders its state and sends it
// events. No clock is read here: every event carries `at` (ms since the epoch), so tests run on a
// fake clock and the same run replays exactly. An event whose `at` is earlier than the last one
// (the device clock was set back) is applied at the last time: it is never lost, and time never
// runs backwards.

/** A new session at its first side (or done at once for a plan without steps). */
export function startSession(
  plan: Pick<Plan, 'steps'>,
  at: number,
  options: SessionOptions = {},
): SessionState {
  const items = sessionItems(plan);
  const start = Number.isFinite(at) ? at : 0;
  const blank: SessionState = {
    items,
    records: items.map(freshRecord),
    index: 0,
    phase: 'locate',
    phaseMs: 0,
    phaseLengthMs: null,
    holdingMore: false,
    paused: false,
    at: start,
    startedAt: start,
    stopped: false,
    cue: { seq: -1, text: '' },
    timing: sanitizeTiming(options.timing),
  };
  return goTo(blank, 0);
}

/** The state after one event. Events that make no sense now (an answer while finding a spot,
 * anything once done) change nothing but the clock. */
export function advanceSession(state: SessionState, event: SessionEvent): SessionState {
  if (state.phase === 'done') return state;
  const s = runClock(state, event.at);
  if (s.phase === 'done') return s;
  const i = s.index;
  switch (event.type) {
    case 'tick':
      return s;
    case 'located':
      if (s.phase !== 'locate' || s.paused) return s;
      return enter(s, 'build', s.timing.buildMs, SESSION_CUES.build(s.items[i]!));
    case 'answer': {
      if (s.phase !== 'check' || s.paused) return s;
      if (!event.loosened)
        return holdMore(setRecord(s, i, { released: false }), SESSION_CUES.holdMore());
      const yes = setRecord(s, i, { released: true });
      const left = holdLeftMs(yes);
      if (left <= 0) return enter(yes, 'release', s.timing.releaseMs, SESSION_CUES.release());
      return enter(yes, 'deepen', left, SESSION_CUES.deepen(s.items[i]!));
    }
    case 'pause':
      return s.paused ? s : withCue({ ...s, paused: true }, SESSION_CUES.paused());
    case 'resume':
      return s.paused ? withCue({ ...s, paused: false }, SESSION_CUES.resumed(phaseCue(s))) : s;
    case 'skip': {
      // Releasing means the hold was complete: moving on early is not a skip.
      const marked = s.phase === 'release' ? s : setRecord(s, i, { skipped: true });
      const next = goTo(marked, i + 1);
      return s.phase === 'release' ? next : withCue(next, SESSION_CUES.skipped(next.cue));
    }
    case 'back': {
      const to = Math.max(0, i - 1);
      const records = s.records.map((r, j) => (j === i || j === to ? freshRecord() : r));
      return goTo({ ...s, records }, to);
    }
    case 'tenderness': {
      const target = event.item ?? (s.phase === 'locate' ? i - 1 : i);
      const ok = Number.isInteger(event.value) && event.value >= 0 && event.value <= 3;
      if (!ok || !Number.isInteger(target) || target < 0 || target > i) return s;
      return setRecord(s, target, { tenderness: event.value });
    }
    case 'stop': {
      // Sides not pressed to the end are logged as skipped, with whatever time they had.
      const records = s.records.map((r, j) =>
        j > i || (j === i && s.phase !== 'release') ? { ...r, skipped: true } : r,
      );
      const done = { ...s, records, index: s.items.length, paused: false, stopped: true };
      return enter(done, 'done', null, SESSION_CUES.stopped());
    }
  }
}

/** Time left in the current phase at `at` (0 when it has run out); null when it waits. */
export function remainingMs(state: SessionState, at: number): number | null {
  if (state.phaseLengthMs === null) return null;
  const running = state.paused ? 0 : Math.max(0, (Number.isFinite(at) ? at : state.at) - state.at);
  return Math.max(0, state.phaseLengthMs - state.phaseMs - running);
}

/** The side being worked on, or undefined once done. */
export function currentItem(state: SessionState): SessionItem | undefined {
  return state.items[state.index];
}

const MAX_LOGGED_SECONDS = 3600;

/** The session's log: one entry per side of every step, in plan order. */
export function stepLogs(state: SessionState): StepLog[] {
  return state.items.map((item, i) => {
    const r = state.records[i]!;
    const log: StepLog = {
      stepId: item.stepId,
      side: item.side,
      // Whole seconds, rounded down: the log never claims more pressing than was done (and stays
      // within the log schema's hour, which no plan comes near).
      heldSeconds: Math.min(MAX_LOGGED_SECONDS, Math.max(0, Math.floor(r.heldMs / 1000))),
      released: r.released,
      skipped: r.skipped,
    };
    if (r.tenderness !== undefined) log.tenderness = r.tenderness;
    return log;
  });
}
