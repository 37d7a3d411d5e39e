import { expect, it } from 'vitest';
import { careFor } from './care-for.js';
import { careSchema } from './care-schema.js';
import type { Care, CareInput } from './care-types.js';
import { daily, iso, session, T0 } from './test-care-fixtures.js';
import { stepIdOf } from './adapt-plan.js';
import { OTHER_SIDE_CUE } from '../plan/dosing.js';

// The table the care tests share: one row per case (input, expected values, and where each
// expected value comes from), a view of the result holding only what rows compare, and builders.

export const min = (m: number): string => iso(T0 + m * 60_000);
export const REPORT = 30; // a session's log (and its bruise report) ends 30 minutes after it starts
export const H48 = 48 * 60;
export const ALL = [
  'BL23:left',
  'BL23:right',
  'BL40:left',
  'BL40:right',
  'GV3:midline',
  'ashi-1:left',
];
export const without = (...s: string[]) => ALL.filter((x) => !s.includes(x));

export interface View {
  status: Care['status'];
  pressure: number;
  stepPressures: number[];
  sites: string[];
  resting: string[];
  safety: string[];
  totalSeconds: number;
  pauses: string[];
  urgency: 'same-day' | undefined;
  /**
   * What the pause says about a blood clot: 'today' when its advice starts "See a doctor today",
   * 'if-calf' when it says what to do if an unplaced swelling is in the calf, else 'none'.
   */
  calfAdvice: 'today' | 'if-calf' | 'none' | undefined;
  /** Sources of the pressure-lowered changes, in order. */
  pressureSources: string[];
  /** Step ids whose first cue says the side is back after a rest (check it has faded). */
  backAfterRest: string[];
  /** Step ids that still say "then the same on the other side". */
  otherSideCue: string[];
  verdict: Care['progress']['verdict'];
  recentNrs: number | undefined;
  weeks: number;
  /** Per session: minutes pressed / planned. */
  minutesRatios: (number | undefined)[];
  /** Per week: [week, sessions, logged, pressed s, planned s, minutes pressed / planned]. */
  weekRows: [number, number, number, number, number, number | undefined][];
  /** Per week: [week, sessions, sessions the plan asks for, sessions / planned]. */
  frequency: [number, number, number, number][];
  nextDayDue: string | undefined;
}

export const view = (c: Care): View => ({
  status: c.status,
  pressure: c.pressureTarget,
  stepPressures: c.plan.steps.map((s) => s.pressureTarget),
  sites: c.plan.steps.flatMap((s) => s.sides.map((d) => `${stepIdOf(s)}:${d}`)).sort(),
  resting: c.changes.filter((x) => x.kind === 'site-resting').map((x) => x.site ?? ''),
  safety: c.plan.decisions
    .filter((d) => d.category === 'safety')
    .map((d) => `${d.id}:${d.sides.join('+')}`),
  totalSeconds: c.plan.totalSeconds,
  pauses: c.changes.filter((x) => x.kind.startsWith('paused')).map((x) => x.kind),
  urgency: c.pause?.urgency,
  calfAdvice:
    c.pause === undefined
      ? undefined
      : c.pause.advice.startsWith('See a doctor today')
        ? 'today'
        : c.pause.advice.includes('If the swelling is in your calf')
          ? 'if-calf'
          : 'none',
  pressureSources: c.changes.filter((x) => x.kind === 'pressure-lowered').map((x) => x.source),
  backAfterRest: c.plan.steps
    .filter((s) => s.cues[0]?.startsWith('Back after a rest'))
    .map((s) => stepIdOf(s)),
  otherSideCue: c.plan.steps.filter((s) => s.cues.includes(OTHER_SIDE_CUE)).map(stepIdOf),
  verdict: c.progress.verdict,
  recentNrs: c.progress.recentNrs,
  weeks: c.progress.weeks,
  minutesRatios: c.history.map((h) => h.minutesRatio),
  weekRows: c.weeks.map((w) => [
    w.week,
    w.sessions,
    w.logged,
    w.pressedSeconds,
    w.plannedSeconds,
    w.minutesRatio,
  ]),
  frequency: c.weeks.map((w) => [w.week, w.sessions, w.plannedSessions, w.sessionsRatio]),
  nextDayDue: c.nextDayDue?.sessionId,
});

export interface Row {
  case: string;
  source: string;
  input: CareInput;
  expected: Partial<View>;
}

export const S = session;
export const bruised = (site: string) => S(0, { bruising: [site] });
export const worse = (day: number, o = {}) => S(day, { before: 6, ...o });
export const tooMuch = (day: number) => S(day, { pressure: 'too-much' });
export const at4Weeks = (recent: number[], base = 6, from = 21) => [
  ...daily(0, from, base),
  ...recent.map((before, i) => S(from + 1 + i, { before })),
];

/** One test per row: the viewed result equals the expected values, and the output fits the schema. */
export function runRows(rows: Row[]): void {
  it.each(rows)('$case ($source)', (row) => {
    const care = careFor(row.input);
    const v = view(care);
    const picked = Object.fromEntries(
      Object.keys(row.expected).map((k) => [k, v[k as keyof View]]),
    );
    expect(picked).toEqual(row.expected);
    expect(careSchema.safeParse(care).success).toBe(true);
  });
}
