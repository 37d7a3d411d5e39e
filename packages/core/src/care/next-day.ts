import { NEXT_DAY_WINDOW_DAYS } from './care-defaults.js';
import { dateAt, daysBetween, instant, localDate, offsetMinutes } from './care-time.js';
import type { SessionRecord } from '../session/session-record.js';

// The short next-day check (soreness, bruising, swelling, pain) is asked for the latest logged
// session when it started on an earlier calendar day than today, in the person's own time (the
// offset the session was recorded in), and at most NEXT_DAY_WINDOW_DAYS days ago (an Acupress
// default: after that, memory of the day after is too vague to be worth recording).

export function nextDayDue(
  ordered: readonly SessionRecord[],
  now: string,
): { sessionId: string; startedAt: string } | undefined {
  const latest = ordered.filter((s) => s.log !== undefined).at(-1);
  if (!latest || latest.nextDay) return undefined;
  const today = dateAt(instant(now), offsetMinutes(latest.startedAt));
  const days = daysBetween(localDate(latest.startedAt), today);
  if (days < 1 || days > NEXT_DAY_WINDOW_DAYS) return undefined;
  return { sessionId: latest.id, startedAt: latest.startedAt };
}
