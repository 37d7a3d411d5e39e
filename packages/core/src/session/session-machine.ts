import type { Plan } from '../plan/plan-types.js';
import type { StepLog } from './session-record.js';
import { CUES, type Cue, type CueBody } from './session-cues.js';
import { sessionItems, type SessionItem } from './session-items.js';
import { DEFAULT_TIMING, firstHoldMs, type SessionTiming } from './session-timing.js';

// The guided session as a pure state machine: the player only renders its state and sends it
// events. No clock is read here: every event carries `at` (ms since the epoch), so tests run on a
// fake clock and the same run replays exactly. An event whose `at` is earlier than the last one
// (the device clock was set back) is applied at the last time: it is never lost, and time never
// runs backwards.

/**
 * Per side: find the spot (untimed) → build pressure → hold steady → "has it loosened?" → yes:
 * press deeper for the rest of the hold / not yet: hold on and ask again → release → next side.
 */
export type SessionPhase = 'locate' | 'build' | 'hold' | 'check' | 'deepen' | 'release' | 'done';

export type SessionEvent =
  | { type: 'tick'; at: number }
  /** The person has found the spot: start building pressure. */
  | { type: 'located'; at: number }
  /** The answer to "has the knot loosened?". */
  | { type: 'answer'; at: number; loosened: boolean }
  | { type: 'pause'; at: number }
  | { type: 'resume'; at: number }
  /** Leave this side and go on to the next (logged as skipped). */
  | { type: 'skip'; at: number }
  /** Go back to the start of the previous side, whose record starts again. */
  | { type: 'back'; at: number }
  /**
   * How tender the spot was, 0–3. For `item` (an index into `items`) when given; otherwise the
   * side being pressed, or, while finding the next spot, the side just finished.
   */
  | { type: 'tenderness'; at: number; value: number; item?: number }
  | { type: 'stop'; at: number };

/** What happened on one side so far. */
export interface ItemRecord {
  /** Steady pressing (hold, check and deepen), pauses excluded: the logged time. */
  heldMs: number;
  /** The part of heldMs that counts towards the side's hold time (hold and deepen, not checks). */
  steadyMs: number;
  released: boolean | null;
  tenderness?: number;
  skipped: boolean;
}

export interface SessionState {
  readonly items: readonly SessionItem[];
  readonly records: readonly ItemRecord[];
  /** The side being worked on; equals items.length once done. */
  readonly index: number;
  readonly phase: SessionPhase;
  /** Time spent in this phase, pauses excluded. */
  readonly phaseMs: number;
  /** How long this phase lasts before it moves on by itself; null when it waits (locate, done). */
  readonly phaseLengthMs: number | null;
  /** True in a hold that follows a "not yet" (or an unanswered check). */
  readonly holdingMore: boolean;
  readonly paused: boolean;
  /** Time of the last event applied. */
  readonly at: number;
  readonly startedAt: number;
  /** Done because the person stopped early. */
  readonly stopped: boolean;
  /** The latest cue; `seq` grows with each one. */
  readonly cue: Cue;
  readonly timing: SessionTiming;
}

export interface SessionOptions {
  /** Overrides of the default lengths (tests, a practitioner's preference later). */
  timing?: Partial<SessionTiming>;
}

const freshRecord = (): ItemRecord => ({
  heldMs: 0,
  steadyMs: 0,
  released: null,
  skipped: false,
});

function withCue(state: SessionState, body: CueBody): SessionState {
  return { ...state, cue: { ...body, seq: state.cue.seq + 1 } };
}

function setRecord(state: SessionState, i: number, change: Partial<ItemRecord>): SessionState {
  const records = state.records.map((r, j) => (j === i ? { ...r, ...change } : r));
  return { ...state, records };
}

function enter(
  state: SessionState,
  phase: SessionPhase,
  lengthMs: number | null,
  body: CueBody,
  holdingMore = false,
): SessionState {
  return withCue({ ...state, phase, phaseMs: 0, phaseLengthMs: lengthMs, holdingMore }, body);
}

/** The cue that introduces side `i` (or the end). */
function locateCue(state: SessionState, i: number): CueBody {
  const item = state.items[i];
  if (!item) return CUES.done();
  return CUES.locate(item, i + 1, state.items.length, state.items[i - 1]);
}

/** Start side `i` (finding the spot), or finish when there is none. */
function goTo(state: SessionState, i: number): SessionState {
  const moved = { ...state, index: Math.min(i, state.items.length), paused: false };
  if (i >= state.items.length) return enter(moved, 'done', null, CUES.done());
  return enter(moved, 'locate', null, locateCue(state, i));
}

function holdLeftMs(state: SessionState): number {
  const item = state.items[state.index]!;
  return item.holdSeconds * 1000 - state.records[state.index]!.steadyMs;
}

/** After a "not yet" (given or assumed): hold on for a while, or release when the time is up. */
function holdMore(state: SessionState, body: CueBody): SessionState {
  const left = holdLeftMs(state);
  if (left <= 0) return enter(state, 'release', state.timing.releaseMs, CUES.release());
  return enter(state, 'hold', Math.min(state.timing.moreHoldMs, left), body, true);
}

/** The phase that follows a timed phase running out. */
function onPhaseEnd(state: SessionState): SessionState {
  const item = state.items[state.index]!;
  switch (state.phase) {
    case 'build': {
      const first = firstHoldMs(item.holdSeconds);
      if (first <= 0) return enter(state, 'release', state.timing.releaseMs, CUES.release());
      return enter(state, 'hold', first, CUES.hold());
    }
    case 'hold':
      if (holdLeftMs(state) <= 0) {
        return enter(state, 'release', state.timing.releaseMs, CUES.release());
      }
      return enter(state, 'check', state.timing.checkWaitMs, CUES.check());
    case 'check': {
      const record = state.records[state.index]!;
      const marked = setRecord(state, state.index, { released: record.released ?? false });
      return holdMore(marked, CUES.checkUnanswered());
    }
    case 'deepen':
      return enter(state, 'release', state.timing.releaseMs, CUES.release());
    case 'release':
      return goTo(state, state.index + 1);
    default:
      return state;
  }
}

const STEADY: ReadonlySet<SessionPhase> = new Set(['hold', 'check', 'deepen']);

/** Lets time run up to `at`: counts pressing time and moves through timed phases that end. */
function runClock(state: SessionState, at: number): SessionState {
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
function phaseCue(state: SessionState): CueBody {
  const item = state.items[state.index];
  if (!item) return CUES.done();
  switch (state.phase) {
    case 'locate':
      return locateCue(state, state.index);
    case 'build':
      return CUES.build(item);
    case 'hold':
      return state.holdingMore ? CUES.holdMore() : CUES.hold();
    case 'check':
      return CUES.check();
    case 'deepen':
      return CUES.deepen(item);
    case 'release':
      return CUES.release();
    default:
      return CUES.done();
  }
}

/** Every length at least 1 ms and finite, so the clock always moves through phases. */
function sanitizeTiming(partial: Partial<SessionTiming> = {}): SessionTiming {
  const out = { ...DEFAULT_TIMING };
  for (const key of Object.keys(out) as (keyof SessionTiming)[]) {
    const v = partial[key];
    if (v !== undefined && Number.isFinite(v)) out[key] = Math.max(1, v);
  }
  return out;
}

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
export function advance(state: SessionState, event: SessionEvent): SessionState {
  if (state.phase === 'done') return state;
  const s = runClock(state, event.at);
  if (s.phase === 'done') return s;
  const i = s.index;
  switch (event.type) {
    case 'tick':
      return s;
    case 'located':
      if (s.phase !== 'locate' || s.paused) return s;
      return enter(s, 'build', s.timing.buildMs, CUES.build(s.items[i]!));
    case 'answer': {
      if (s.phase !== 'check' || s.paused) return s;
      if (!event.loosened) return holdMore(setRecord(s, i, { released: false }), CUES.holdMore());
      const yes = setRecord(s, i, { released: true });
      const left = holdLeftMs(yes);
      if (left <= 0) return enter(yes, 'release', s.timing.releaseMs, CUES.release());
      return enter(yes, 'deepen', left, CUES.deepen(s.items[i]!));
    }
    case 'pause':
      return s.paused ? s : withCue({ ...s, paused: true }, CUES.paused());
    case 'resume':
      return s.paused ? withCue({ ...s, paused: false }, CUES.resumed(phaseCue(s))) : s;
    case 'skip': {
      // Releasing means the hold was complete: moving on early is not a skip.
      const marked = s.phase === 'release' ? s : setRecord(s, i, { skipped: true });
      const next = goTo(marked, i + 1);
      return s.phase === 'release' ? next : withCue(next, CUES.skipped(next.cue));
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
      return enter(done, 'done', null, CUES.stopped());
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

/** The session's log: one entry per side of every step, in plan order. */
export function stepLogs(state: SessionState): StepLog[] {
  return state.items.map((item, i) => {
    const r = state.records[i]!;
    const log: StepLog = {
      stepId: item.stepId,
      side: item.side,
      // Whole seconds, rounded down: the log never claims more pressing than was done.
      heldSeconds: Math.max(0, Math.floor(r.heldMs / 1000)),
      released: r.released,
      skipped: r.skipped,
    };
    if (r.tenderness !== undefined) log.tenderness = r.tenderness;
    return log;
  });
}
