import type { Care } from '../care/care-types.js';
import type { Plan } from '../plan/plan-types.js';
import { sessionItems, type SessionItem } from './session-items.js';
import type { SessionState } from './session-state.js';

// When a session in progress may resume (docs/architecture.md, "A session in progress survives a
// reload"). A session this device started and never logged is always offered again; it may go on
// where it was only if starting it now would be allowed too, and only within a day: otherwise it
// can only be logged as stopped, with what was pressed so far. The one rule, for every page that
// offers it (the practice page and the session page) and for the device's store of it.

/** After this long from its start, a session is not resumed: only logged as stopped. */
export const RESUME_WITHIN_MS = 24 * 3_600_000;

/** Why a session in progress may not resume now, as a stable code; the app words it. */
export type ResumeRefusal =
  /** Started a day ago or more (or its start time cannot be read). */
  | 'over-a-day'
  /** Its pressing is over: what is left is the questions after it. */
  | 'pressing-done'
  /** The care is not known yet, or not at all: nothing to check the session against. */
  | 'care-loading'
  | 'no-plan'
  | 'care-failed'
  /** Sessions are paused (swelling, pain getting worse): no session starts or goes on. */
  | 'paused'
  /** A log still on the device reports a bruise or swelling the plan does not rest yet. */
  | 'unsent-marks'
  /** The plan no longer asks for what remains (a side rests now) or asks for less pressure. */
  | 'plan-changed';

/** The care as the device knows it now. */
export type ResumeCare =
  | { state: 'loading' | 'no-plan' | 'failed' }
  | { state: 'ready'; care: Pick<Care, 'status' | 'pressureTarget' | 'plan'> };

export interface SavedSession {
  /** The session's start as queued (ISO 8601) and its pressure target then. */
  startedAt: string;
  pressureTarget: number;
  /** The plan it ran, and the machine where it was saved (null before the player's first). */
  plan: Pick<Plan, 'steps'>;
  state: Pick<SessionState, 'items' | 'index'> | null;
  /** True once the player is over (what is left is the after form). */
  pressingDone: boolean;
}

/** The part of the rule the saved session alone decides: its age, and whether pressing is over. */
export function savedSessionRefusal(
  saved: Pick<SavedSession, 'startedAt' | 'pressingDone'>,
  now: number,
): ResumeRefusal | undefined {
  const started = Date.parse(saved.startedAt);
  if (!Number.isFinite(started) || now - started >= RESUME_WITHIN_MS) return 'over-a-day';
  return saved.pressingDone ? 'pressing-done' : undefined;
}

/** The sides still to press in the saved session, in order. */
export function remainingItems(saved: Pick<SavedSession, 'plan' | 'state'>): SessionItem[] {
  const items = saved.state?.items ?? sessionItems(saved.plan);
  return items.slice(saved.state?.index ?? 0);
}

/**
 * Whether the care's plan still asks for every side that remains, at a pressure no lower than
 * the session had: a side resting now (a bruise reported since), or lowered pressure, says no.
 */
export function fitsCarePlan(
  saved: Pick<SavedSession, 'plan' | 'state' | 'pressureTarget'>,
  care: Pick<Care, 'pressureTarget' | 'plan'>,
): boolean {
  if (care.pressureTarget < saved.pressureTarget) return false;
  const now = sessionItems(care.plan);
  return remainingItems(saved).every((item) => {
    const same = now.find((n) => n.stepId === item.stepId && n.side === item.side);
    return same !== undefined && same.pressureTarget >= item.pressureTarget;
  });
}

/**
 * Why the saved session may not resume at `now`; undefined when it may. Resuming passes the same
 * checks as starting: the care known, ready and not paused, no bruise or swelling still waiting to
 * be sent, and the plan still asking for what remains.
 */
export function resumeRefusal(
  saved: SavedSession,
  care: ResumeCare,
  unsentMarks: number,
  now: number,
): ResumeRefusal | undefined {
  const own = savedSessionRefusal(saved, now);
  if (own) return own;
  if (care.state !== 'ready') {
    return care.state === 'loading'
      ? 'care-loading'
      : care.state === 'no-plan'
        ? 'no-plan'
        : 'care-failed';
  }
  if (care.care.status === 'paused') return 'paused';
  if (unsentMarks > 0) return 'unsent-marks';
  return fitsCarePlan(saved, care.care) ? undefined : 'plan-changed';
}
