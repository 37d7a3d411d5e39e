import { DAY_MS } from './care-defaults.js';
import type { SessionRecord } from '../session/session-record.js';

// Time for the care rules: instants from ISO 8601 strings, and calendar dates in the offset the
// person's device wrote (for the weeks' start dates). Texts never print a clock time or a date:
// the server runs in UTC and the person in their own zone; an ISO field (`until`, `since`) carries
// the instant and the app formats it in the person's zone.

export const instant = (iso: string): number => Date.parse(iso);

/** Minutes east of UTC written in an ISO string (`Z` → 0, `+01:00` → 60). */
export function offsetMinutes(iso: string): number {
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(iso);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/** The calendar date (YYYY-MM-DD) of an instant in a given offset. */
export const dateAt = (ms: number, offset: number): string =>
  new Date(ms + offset * 60_000).toISOString().slice(0, 10);

/** The calendar date an ISO string names, in its own offset. */
export const localDate = (iso: string): string => dateAt(instant(iso), offsetMinutes(iso));

export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** Sessions in the order they started (ties by id), so every rule reads them the same way. */
export const inOrder = (sessions: readonly SessionRecord[]): SessionRecord[] =>
  [...sessions].sort(
    (a, b) =>
      instant(a.startedAt) - instant(b.startedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
