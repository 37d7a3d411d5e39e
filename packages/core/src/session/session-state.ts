import type { Cue, CueBody } from './session-cues.js';
import type { SessionItem } from './session-items.js';
import { DEFAULT_TIMING, type SessionTiming } from './session-timing.js';

// The session machine's state and events, and the small helpers that change state immutably.

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

export const freshRecord = (): ItemRecord => ({
  heldMs: 0,
  steadyMs: 0,
  released: null,
  skipped: false,
});

export function withCue(state: SessionState, body: CueBody): SessionState {
  return { ...state, cue: { ...body, seq: state.cue.seq + 1 } };
}

export function setRecord(
  state: SessionState,
  i: number,
  change: Partial<ItemRecord>,
): SessionState {
  const records = state.records.map((r, j) => (j === i ? { ...r, ...change } : r));
  return { ...state, records };
}

export function enter(
  state: SessionState,
  phase: SessionPhase,
  lengthMs: number | null,
  body: CueBody,
  holdingMore = false,
): SessionState {
  return withCue({ ...state, phase, phaseMs: 0, phaseLengthMs: lengthMs, holdingMore }, body);
}

/** Every length at least 1 ms and finite, so the clock always moves through phases. */
export function sanitizeTiming(partial: Partial<SessionTiming> = {}): SessionTiming {
  const out = { ...DEFAULT_TIMING };
  for (const key of Object.keys(out) as (keyof SessionTiming)[]) {
    const v = partial[key];
    if (v !== undefined && Number.isFinite(v)) out[key] = Math.max(1, v);
  }
  return out;
}
