import type { SessionSummary, WeekSummary } from './care-types.js';
import { DAY_MS, PLANNED_SESSIONS_PER_WEEK } from './care-defaults.js';
import { addDays, instant, localDate } from './care-time.js';
import type { SessionRecord } from '../session/session-record.js';

// How much of the plan was done, as two separate figures, each with its own name, so that
// neither stands for the other (docs/care.md, "How much of the plan was done"):
// - how often: sessions in a week against the plan's frequency (PLANNED_SESSIONS_PER_WEEK, one a
//   day; a week in progress asks only for its days so far): `sessions` of `plannedSessions`;
// - how fully: seconds pressed (the sum of the logged holds) against the seconds those sessions
//   planned: `minutesRatio`, per session and per week over its logged sessions. It can pass 1
//   (held longer than planned) and says nothing about the sessions that never happened: one
//   session in a week is 1 of 7 sessions, whatever its minutes.
// Weeks are 7-day blocks counted from the first session's start, up to the week of `now`. A
// ratio is undefined when there is nothing to divide by, never NaN.

const ratio = (done: number, planned: number): number | undefined =>
  planned > 0 ? done / planned : undefined;

const pressedOf = (s: SessionRecord): number =>
  s.log ? s.log.steps.reduce((t, x) => t + x.heldSeconds, 0) : 0;

export function sessionSummary(s: SessionRecord): SessionSummary {
  const pressedSeconds = pressedOf(s);
  return {
    id: s.id,
    startedAt: s.startedAt,
    beforeNrs: s.beforeNrs,
    ...(s.log ? { afterNrs: s.log.after.nrs } : {}),
    plannedSeconds: s.plannedSeconds,
    pressedSeconds,
    // Logged with nothing planned: 0, as the type says; not logged yet: undefined.
    ...(s.log ? { minutesRatio: ratio(pressedSeconds, s.plannedSeconds) ?? 0 } : {}),
    logged: s.log !== undefined,
  };
}

/** 1-based week of an instant, counted from the first session's start. */
const weekAt = (ms: number, firstStartMs: number): number =>
  Math.floor((ms - firstStartMs) / (7 * DAY_MS)) + 1;

/** 1-based week of a session, counted from the first session's start. */
export const weekOf = (startedAt: string, firstStartMs: number): number =>
  weekAt(instant(startedAt), firstStartMs);

/** Sessions the plan asks for in week `week` by `nowMs`: 7 for a past week, its days so far else. */
export function plannedSessionsIn(week: number, firstStartMs: number, nowMs: number): number {
  const weekStartMs = firstStartMs + (week - 1) * 7 * DAY_MS;
  const days = Math.min(7, Math.max(1, Math.floor((nowMs - weekStartMs) / DAY_MS) + 1));
  return Math.max(1, Math.round((PLANNED_SESSIONS_PER_WEEK * days) / 7));
}

/**
 * Weeks 1 to the week of `nowMs` (or of the latest session, if later), empty weeks included: a
 * week without sessions is part of the story, 0 of 7. `sessions` counts every session started;
 * pressed, planned and `minutesRatio` only logged ones, since a session whose log has not arrived
 * says nothing yet about what was pressed.
 */
export function weekSummaries(ordered: readonly SessionRecord[], nowMs: number): WeekSummary[] {
  const first = ordered[0];
  if (!first) return [];
  const firstMs = instant(first.startedAt);
  const firstDate = localDate(first.startedAt);
  const count = Math.max(
    weekAt(nowMs, firstMs),
    ...ordered.map((s) => weekOf(s.startedAt, firstMs)),
  );
  const weeks = Array.from({ length: count }, (_, i) => ({
    weekStart: addDays(firstDate, 7 * i),
    week: i + 1,
    sessions: 0,
    plannedSessions: plannedSessionsIn(i + 1, firstMs, nowMs),
    logged: 0,
    pressedSeconds: 0,
    plannedSeconds: 0,
  }));
  for (const s of ordered) {
    const w = weeks[weekOf(s.startedAt, firstMs) - 1];
    if (!w) continue;
    w.sessions += 1;
    if (!s.log) continue;
    w.logged += 1;
    w.plannedSeconds += s.plannedSeconds;
    w.pressedSeconds += pressedOf(s);
  }
  return weeks.map((w) => {
    const minutes = ratio(w.pressedSeconds, w.plannedSeconds);
    return {
      ...w,
      sessionsRatio: w.sessions / w.plannedSessions,
      ...(minutes === undefined ? {} : { minutesRatio: minutes }),
    };
  });
}
