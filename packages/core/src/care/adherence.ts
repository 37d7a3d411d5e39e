import type { SessionSummary, WeekSummary } from './care-types.js';
import { DAY_MS } from './care-defaults.js';
import { addDays, instant, localDate } from './care-time.js';
import type { SessionRecord } from '../session/session-record.js';

// How much of the plan was done: per session, the seconds pressed (the sum of the logged holds)
// over the seconds planned; per week, the same over the week's logged sessions. Weeks are 7-day
// blocks counted from the first session's start. A ratio can pass 1 (held longer than planned);
// it is undefined when there is nothing to divide by, never NaN.

const ratio = (pressed: number, planned: number): number | undefined =>
  planned > 0 ? pressed / planned : undefined;

export function sessionSummary(s: SessionRecord): SessionSummary {
  const pressedSeconds = s.log ? s.log.steps.reduce((t, x) => t + x.heldSeconds, 0) : 0;
  return {
    id: s.id,
    startedAt: s.startedAt,
    beforeNrs: s.beforeNrs,
    ...(s.log ? { afterNrs: s.log.after.nrs } : {}),
    plannedSeconds: s.plannedSeconds,
    pressedSeconds,
    // Logged with nothing planned: 0, as the type says; not logged yet: undefined.
    ...(s.log ? { adherence: ratio(pressedSeconds, s.plannedSeconds) ?? 0 } : {}),
    logged: s.log !== undefined,
  };
}

/** 1-based week of a session, counted from the first session's start. */
export const weekOf = (startedAt: string, firstStartMs: number): number =>
  Math.floor((instant(startedAt) - firstStartMs) / (7 * DAY_MS)) + 1;

/**
 * Weeks 1 to the latest session's, empty weeks included (a week without sessions is part of the
 * story). `sessions` counts every session; pressed, planned and the ratio only logged ones, since
 * a session whose log has not arrived says nothing yet about what was pressed.
 */
export function weekSummaries(ordered: readonly SessionRecord[]): WeekSummary[] {
  const first = ordered[0];
  if (!first) return [];
  const firstMs = instant(first.startedAt);
  const firstDate = localDate(first.startedAt);
  const count = Math.max(...ordered.map((s) => weekOf(s.startedAt, firstMs)));
  const weeks = Array.from({ length: count }, (_, i) => ({
    weekStart: addDays(firstDate, 7 * i),
    week: i + 1,
    sessions: 0,
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
    w.pressedSeconds += s.log.steps.reduce((t, x) => t + x.heldSeconds, 0);
  }
  return weeks.map((w) => {
    const r = ratio(w.pressedSeconds, w.plannedSeconds);
    return r === undefined ? w : { ...w, adherence: r };
  });
}
