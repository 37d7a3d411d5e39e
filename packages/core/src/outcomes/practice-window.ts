import { instant, localDate } from '../care/care-time.js';
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
  // the earliest; of sessions started at the same instant, the smallest id (as the window orders them)
  let first: SessionRecord | undefined;
  for (const s of sessions) {
    const d = first ? instant(s.startedAt) - instant(first.startedAt) : -1;
    if (!first || d < 0 || (d === 0 && s.id < first.id)) first = s;
  }
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
  /** The calendar date a practice week starts (YYYY-MM-DD), in the first session's own offset. */
  weekStart: (week: number) => string;
}

/** A session of the window with its instant and practice week, read once. */
export interface WindowSession {
  s: SessionRecord;
  ms: number;
  week: number;
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
    weekStart: weekStarts(firstSessionAt),
  };
}

/**
 * The earliest session start the reports read (ISO 8601): a caller that stores many sessions
 * fetches only those from here on (and the first week's, once, for `practiceStart`).
 */
export const progressWindowStart = (firstSessionAt: string, now: string): string =>
  new Date(practiceWindow(firstSessionAt, now).fromMs).toISOString();

/** The window's sessions, in the order they started, none after now. */
export function windowSessions(
  sessions: readonly SessionRecord[],
  w: PracticeWindow,
): WindowSession[] {
  const out: WindowSession[] = [];
  for (const s of sessions) {
    const ms = instant(s.startedAt);
    if (ms >= w.fromMs && ms <= w.nowMs) out.push({ s, ms, week: practiceWeek(ms, w.firstMs) });
  }
  return out.sort((a, b) => a.ms - b.ms || (a.s.id < b.s.id ? -1 : a.s.id > b.s.id ? 1 : 0));
}

/** Week starts from the first session's local date (the same dates as the care page's weeks). */
function weekStarts(firstSessionAt: string): (week: number) => string {
  const base = Date.parse(`${localDate(firstSessionAt)}T00:00:00Z`);
  return (week) => new Date(base + (week - 1) * WEEK_MS).toISOString().slice(0, 10);
}
