import { SESSION_CUES, type CueBody } from './session-cues.js';
import { enter, setRecord, type SessionPhase, type SessionState } from './session-state.js';
import { firstHoldMs } from './session-timing.js';

// How time moves a session on: the timed phases end by themselves, and pressing time is counted.

/** The cue that introduces side `i` (or the end). */
export function locateCue(state: SessionState, i: number): CueBody {
  const item = state.items[i];
  if (!item) return SESSION_CUES.done();
  return SESSION_CUES.locate(item, i + 1, state.items.length, state.items[i - 1]);
}

/** Start side `i` (finding the spot), or finish when there is none. */
export function goTo(state: SessionState, i: number): SessionState {
  const moved = { ...state, index: Math.min(i, state.items.length), paused: false };
  if (i >= state.items.length) return enter(moved, 'done', null, SESSION_CUES.done());
  return enter(moved, 'locate', null, locateCue(state, i));
}

export function holdLeftMs(state: SessionState): number {
  const item = state.items[state.index]!;
  return item.holdSeconds * 1000 - state.records[state.index]!.steadyMs;
}

/** After a "not yet" (given or assumed): hold on for a while, or release when the time is up. */
export function holdMore(state: SessionState, body: CueBody): SessionState {
  const left = holdLeftMs(state);
  if (left <= 0) return enter(state, 'release', state.timing.releaseMs, SESSION_CUES.release());
  return enter(state, 'hold', Math.min(state.timing.moreHoldMs, left), body, true);
}

/** The phase that follows a timed phase running out. */
function onPhaseEnd(state: SessionState): SessionState {
  const item = state.items[state.index]!;
  switch (state.phase) {
    case 'build': {
      const first = firstHoldMs(item.holdSeconds);
      if (first <= 0)
        return enter(state, 'release', state.timing.releaseMs, SESSION_CUES.release());
      return enter(state, 'hold', first, SESSION_CUES.hold());
    }
    case 'hold':
      if (holdLeftMs(state) <= 0) {
        return enter(state, 'release', state.timing.releaseMs, SESSION_CUES.release());
      }
      return enter(state, 'check', state.timing.checkWaitMs, SESSION_CUES.check());
    case 'check': {
      const record = state.records[state.index]!;
      const marked = setRecord(state, state.index, { released: record.released ?? false });
      return holdMore(marked, SESSION_CUES.checkUnanswered());
    }
    case 'deepen':
      return enter(state, 'release', state.timing.releaseMs, SESSION_CUES.release());
    case 'release':
      return goTo(state, state.index + 1);
    default:
      return state;
  }
}

const STEADY: ReadonlySet<SessionPhase> = new Set(['hold', 'check', 'deepen']);

/** Lets time run up to `at`: counts pressing time and moves through timed phases that end. */
export function runClock(state: SessionState, at: number): SessionState {
  const when = Number.isFinite(at) ? Math.max(at, state.at) : state.at;
  let s: SessionState = { ...state, at: when };
  if (state.paused || state.phase === 'done') return s;
  let left = when - state.at;
  // Each pass ends a phase or uses up the time; a side has a bounded number of phases.
  while (left > 0 && s.phase !== 'done') {
    const room = s.phaseLengthMs === null ? left : Math.max(0, s.phaseLengthMs - s.phaseMs);
    const used = Math.min(left, room);
    if (used > 0 && STEADY.has(s.phase)) {
      const r = s.records[s.index]!;
      const steady = s.phase === 'check' ? 0 : used;
      s = setRecord(s, s.index, { heldMs: r.heldMs + used, steadyMs: r.steadyMs + steady });
    }
    s = { ...s, phaseMs: s.phaseMs + used };
    left -= used;
    if (s.phaseLengthMs !== null && s.phaseMs >= s.phaseLengthMs) s = onPhaseEnd(s);
    else if (s.phaseLengthMs === null) break;
  }
  return s;
}

/** The cue that describes the current phase again (after a pause). */
export function phaseCue(state: SessionState): CueBody {
  const item = state.items[state.index];
  if (!item) return SESSION_CUES.done();
  switch (state.phase) {
    case 'locate':
      return locateCue(state, state.index);
    case 'build':
      return SESSION_CUES.build(item);
    case 'hold':
      return state.holdingMore ? SESSION_CUES.holdMore() : SESSION_CUES.hold();
    case 'check':
      return SESSION_CUES.check();
    case 'deepen':
      return SESSION_CUES.deepen(item);
    case 'release':
      return SESSION_CUES.release();
    default:
      return SESSION_CUES.done();
  }
}
