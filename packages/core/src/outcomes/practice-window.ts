import { addDays, instant, localDate } from '../care/care-time.js';
import type { SessionRecord } from '../session/session-record.js';
import { DAY_MS, WEEK_MS, WINDOW_WEEKS } from './outcome-defaults.js';

// What the reports need from the person's whole practice is small and fixed: when it started,
// the pain at the start, and the ratings of its first week. Everything else is read from a
// bounded window, the last WINDOW_WEEKS practice weeks. Weeks count from the first session's
// start, 7 days each, as on the care page.

export interface PracticeStart {
  /** When the first session started (ISO 8601). */
  firstSessionAt: string;
  /** Pain 0–10 at the start: the earliest check-in's NRS when there is one, else the first session's before. */
  startNrs: number;
  startFrom: 'check-in' | 'first-session';
  /** The before-session ratings of the first 7 days (the first session's included). */
  firstWeekNrs: number[];
}

/** From all sessions (or at least the first week's). Undefined before the first session. */
export function practiceStart(
  sessions: readonly SessionRecord[],
  checkInNrs?: number,
): PracticeStart | undefined {
  let first: SessionRecord | undefined;
  for (const s of sessions)
    if (!first || instant(s.startedAt) < instant(first.startedAt)) first = s;
  if (!first) return undefined;
  const from = instant(first.startedAt);
  return {
    firstSessionAt: first.startedAt,
    startNrs: checkInNrs ?? first.beforeNrs,
    startFrom: checkInNrs === undefined ? 'first-session' : 'check-in',
    firstWeekNrs: sessions
      .filter((s) => instant(s.startedAt) - from < 7 * DAY_MS)
      .map((s) => s.beforeNrs),
  };
}

/** 1-based practice week of an instant. */
export const practiceWeek = (ms: number, firstMs: number): number =>
  Math.floor((ms - firstMs) / WEEK_MS) + 1;

export interface PracticeWindow {
  firstMs: number;
  nowMs: number;
  /** Whole weeks since the first session. */
  weeks: number;
  currentWeek: number;
  firstWeek: number;
  fromMs: number;
}

export function practiceWindow(firstSessionAt: string, now: string): PracticeWindow {
  const firstMs = instant(firstSessionAt);
  const nowMs = instant(now);
  const currentWeek = Math.max(1, practiceWeek(nowMs, firstMs));
  const firstWeek = Math.max(1, currentWeek - WINDOW_WEEKS + 1);
  return {
    firstMs,
    nowMs,
    weeks: Math.max(0, Math.floor((nowMs - firstMs) / WEEK_MS)),
    currentWeek,
    firstWeek,
    fromMs: firstMs + (firstWeek - 1) * WEEK_MS,
  };
}

/**
 * The earliest session start the reports read (ISO 8601): a caller that stores many sessions
 * fetches only those from here on (and the first week's, once, for `practiceStart`).
 */
export const progressWindowStart = (firstSessionAt: string, now: string): string =>
  new Date(practiceWindow(firstSessionAt, now).fromMs).toISOString();

/** The window's sessions, in the order they started, none after now. */
export const windowSessions = (
  sessions: readonly SessionRecord[],
  w: PracticeWindow,
): { s: SessionRecord; ms: number }[] =>
  sessions
    .map((s) => ({ s, ms: instant(s.startedAt) }))
    .filter(({ ms }) => ms >= w.fromMs && ms <= w.nowMs)
    .sort((a, b) => a.ms - b.ms || (a.s.id < b.s.id ? -1 : a.s.id > b.s.id ? 1 : 0));

/** The calendar date a practice week starts, in the first session's own offset. */
export const weekStartDate = (firstSessionAt: string, week: number): string =>
  addDays(localDate(firstSessionAt), 7 * (week - 1));
