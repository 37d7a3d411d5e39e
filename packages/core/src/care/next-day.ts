import { HOUR_MS, NEXT_DAY_FROM_HOURS, NEXT_DAY_UNTIL_HOURS } from './care-defaults.js';
import { instant } from './care-time.js';
import type { SessionRecord } from '../session/session-record.js';
import type { Care } from './care-types.js';

// The short next-day check (soreness, bruising, swelling, pain) is asked for the latest logged
// session, by elapsed time since it started: due from NEXT_DAY_FROM_HOURS (12 h) until
// NEXT_DAY_UNTIL_HOURS (72 h) after, while it has no next-day check. Elapsed time, not calendar
// days: the server stores UTC and the person lives in their own zone, so "the next calendar day"
// would depend on whose midnight. Both numbers are Acupress defaults.

export function nextDayDue(ordered: readonly SessionRecord[], now: string): Care['nextDayDue'] {
  const latest = ordered.filter((s) => s.log !== undefined).at(-1);
  if (!latest || latest.nextDay) return undefined;
  const elapsed = instant(now) - instant(latest.startedAt);
  if (elapsed < NEXT_DAY_FROM_HOURS * HOUR_MS || elapsed >= NEXT_DAY_UNTIL_HOURS * HOUR_MS)
    return undefined;
  // Its own steps: the form asks about every side that session had, even one today's plan rests.
  return { sessionId: latest.id, startedAt: latest.startedAt, steps: latest.steps };
}
