import type { SessionRecord } from '../session/session-record.js';

// Session records for the outcome tests: a time, the pain before, and (when logged) the pain
// after, the seconds planned and pressed. Only what the outcome reports read is varied.

export const CHECK_IN = '3f2b8c1e-4a5d-4e6f-8a7b-9c0d1e2f3a4b';

export function sessionAt(
  ms: number,
  before: number,
  after: number | null,
  planned = 1200,
  pressed = 1100,
  id = `s-${ms}`,
): SessionRecord {
  return {
    id,
    checkInId: CHECK_IN,
    startedAt: new Date(ms).toISOString(),
    beforeNrs: before,
    plannedSeconds: planned,
    pressureTarget: 5,
    steps: [{ stepId: 'BL23', label: 'BL23 Shenshu', sides: ['left', 'right'] }],
    ...(after === null
      ? {}
      : {
          log: {
            endedAt: new Date(ms + 30 * 60_000).toISOString(),
            steps: [
              {
                stepId: 'BL23',
                side: 'left',
                heldSeconds: pressed,
                released: true,
                skipped: false,
              },
            ],
            after: {
              nrs: after,
              soreness: 0,
              bruising: [],
              swelling: [],
              pressure: 'about-right',
              note: '',
            },
          },
        }),
  };
}

/** Days and hours from a fixed first instant (2026-11-02T07:00Z, a Monday). */
export const T0 = Date.parse('2026-11-02T07:00:00Z');
export const atDay = (day: number, hour = 12): number => T0 + (day * 24 + hour) * 3_600_000;
export const isoDay = (day: number, hour = 12): string => new Date(atDay(day, hour)).toISOString();

/** One session a day for `days` days from `from`, with before and after from functions of the day. */
export const dailySessions = (
  days: number,
  before: (d: number) => number,
  after: ((d: number) => number | null) | null,
  from = 0,
): SessionRecord[] =>
  Array.from({ length: days }, (_, i) =>
    sessionAt(atDay(from + i, 19), before(from + i), after ? after(from + i) : null),
  );
