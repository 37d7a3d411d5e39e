import type { SessionRecord } from '../session/session-record.js';

// Pain at the start of the practice, the baseline that pauses ("worse than at the start") and the
// progress verdict (Ostelo 2008's 2 points or 30%) compare with: see docs/care.md. It is the NRS
// of the check-in the practice started from, not of the latest one, so a new check-in on a bad
// day never resets what "better" means.

/** A saved check-in as far as the baseline cares: its id and when it was saved (ISO 8601). */
export interface CheckInAt {
  id: string;
  createdAt: string;
}

/**
 * The check-in the practice started from: the earliest one any session followed; of check-ins
 * saved at the same instant, the one whose session came first. Undefined before any session.
 * `sessions` oldest first, as the server lists them.
 */
export function practiceStartCheckIn<T extends CheckInAt>(
  checkIns: readonly T[],
  sessions: readonly Pick<SessionRecord, 'checkInId'>[],
): T | undefined {
  const firstSession = new Map<string, number>();
  sessions.forEach((s, i) => {
    if (!firstSession.has(s.checkInId)) firstSession.set(s.checkInId, i);
  });
  return checkIns
    .filter((c) => firstSession.has(c.id))
    .sort(
      (a, b) =>
        Date.parse(a.createdAt) - Date.parse(b.createdAt) ||
        (firstSession.get(a.id) ?? 0) - (firstSession.get(b.id) ?? 0),
    )[0];
}

interface WithNrs {
  questionnaires: { nrs?: number | undefined };
}

/**
 * The baseline NRS: that start check-in's, else the NRS of the check-in whose plan is followed
 * now; undefined when neither recorded one (careFor then takes the first session's "before").
 */
export const practiceBaselineNrs = (
  start: WithNrs | undefined,
  plan: WithNrs,
): number | undefined => start?.questionnaires.nrs ?? plan.questionnaires.nrs;
