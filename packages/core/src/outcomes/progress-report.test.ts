import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressReportFromHistory } from './progress-report.js';
import { progressReportSchema, type ProgressReport } from './progress-schema.js';
import { atDay, dailySessions, isoDay, sessionAt } from './test-sessions.js';
import type { SessionRecord } from '../session/session-record.js';

// Table rows, one per rule, each with where its expectation comes from; then properties over any
// history. Thresholds: Ostelo 2008 (2 points or 30%); waiting: Godley 2020 (about 4 weeks), the
// session counts are Acupress defaults or, for the 95% interval, the signed-rank distribution.

interface Row {
  case: string;
  source: string;
  sessions: SessionRecord[];
  now: string;
  checkInNrs?: number;
  plannedSessionsPerWeek?: number;
  check: (r: ProgressReport) => void;
}

const needs = (r: { status: string; needs?: { what: string; more: number }[] }) =>
  r.status === 'not-enough-data' ? r.needs!.map((n) => `${n.what}:${n.more}`) : r.status;

const rows: Row[] = [
  {
    case: 'no sessions: nothing measured; 4 weeks and 5 sessions needed',
    source: 'Godley2020 4 weeks; AcupressDefault 5 sessions',
    sessions: [],
    now: isoDay(0),
    check: (r) => {
      expect(needs(r.changeFromStart)).toEqual(['weeks:4', 'sessions:5']);
      expect(r.headline.text).toMatch(/No sessions yet/);
    },
  },
  {
    case: 'one week in: "3 more weeks of sessions with pain ratings"',
    source: 'Godley2020: 28 days, 7 elapsed → 3 weeks',
    sessions: dailySessions(
      7,
      () => 6,
      (d) => 5 - (d % 2),
    ),
    now: isoDay(7, 19),
    check: (r) => {
      expect(needs(r.changeFromStart)).toEqual(['weeks:3']);
      expect(r.changeFromStart.status === 'not-enough-data' && r.changeFromStart.text).toMatch(
        /3 more weeks of sessions with pain ratings/,
      );
      expect(r.immediateEffect.status).toBe('measured');
      expect(needs(r.weeklyPain.trend)).toEqual(['weeks-with-ratings:3']);
    },
  },
  {
    case: 'five sessions with both ratings: no 95% interval yet, one more needed',
    source: 'signed-rank: n = 5 cannot reach 95%',
    sessions: dailySessions(
      5,
      () => 6,
      () => 4,
    ),
    now: isoDay(5),
    check: (r) => expect(needs(r.immediateEffect)).toEqual(['rated-sessions:1']),
  },
  {
    case: 'every session unlogged: the change within sessions needs 6, the change from the start does not',
    source: 'AcupressDefault (5 sessions with a rating); signed-rank (6 rated before and after)',
    sessions: dailySessions(30, (d) => (d < 20 ? 6 : 4), null),
    now: isoDay(30),
    check: (r) => {
      expect(needs(r.immediateEffect)).toEqual(['rated-sessions:6']);
      expect(r.changeFromStart).toMatchObject({
        status: 'measured',
        verdict: 'meaningful-improvement',
      });
      expect(r.adherence.minutes.loggedSessions).toBe(0);
    },
  },
  {
    case: 'no session in the last 7 days: a recent one needed',
    source: 'AcupressDefault: now is the last 7 days',
    sessions: dailySessions(
      21,
      () => 5,
      () => 4,
    ),
    now: isoDay(30),
    check: (r) => expect(needs(r.changeFromStart)).toEqual(['recent-session:1']),
  },
  {
    case: 'constant pain: no meaningful change, no change within sessions, flat trend',
    source: 'Ostelo2008; Hodges–Lehmann of zeros is 0; Theil–Sen of a constant is 0',
    sessions: dailySessions(
      35,
      () => 5,
      () => 5,
    ),
    now: isoDay(35),
    check: (r) => {
      expect(r.changeFromStart).toMatchObject({
        verdict: 'no-meaningful-change',
        rulesMet: [],
        changePoints: 0,
      });
      expect(r.immediateEffect).toMatchObject({ estimate: 0, low: 0, high: 0 });
      expect(r.weeklyPain.trend).toMatchObject({ slopePerWeek: 0, direction: 'no-clear-trend' });
    },
  },
  {
    case: '2 points higher than at the check-in: a meaningful worsening, said as an Acupress choice',
    source: 'Ostelo2008 size, AcupressDefault direction',
    sessions: dailySessions(
      30,
      () => 6,
      () => 6,
    ),
    now: isoDay(30),
    checkInNrs: 4,
    check: (r) => {
      expect(r.changeFromStart).toMatchObject({
        verdict: 'meaningful-worsening',
        rulesMet: ['2-points', '30-percent'],
        source: 'AcupressDefault',
      });
      expect(r.headline.text).toMatch(/clinician/);
    },
  },
  {
    case: 'a bad first day: improvement from 9, but only 0.5 points from the first week’s median 6',
    source: 'Ostelo2008; regression to the mean',
    sessions: [
      sessionAt(atDay(0, 19), 9, 8),
      ...dailySessions(
        35,
        (d) => 5 + (d % 2),
        () => 4,
        1,
      ),
    ],
    now: isoDay(36),
    check: (r) => {
      const c = r.changeFromStart;
      expect(c).toMatchObject({
        verdict: 'meaningful-improvement',
        highStart: { firstWeekMedian: 6, rulesMet: [] },
      });
      expect(r.headline.text).toMatch(/regression to the mean/);
    },
  },
  {
    case: 'one session a week held 114% of its time: frequency 1 of 7, time 114%, never one number',
    source: 'care issue: adherence says two things',
    sessions: [0, 7, 14].map((d) => sessionAt(atDay(d), 5, 4, 1000, 1140)),
    now: isoDay(21, 13),
    plannedSessionsPerWeek: 7,
    check: (r) => {
      expect(r.adherence.frequency).toMatchObject({
        sessionsPerWeek: 1,
        plannedPerWeek: 7,
        completeWeeks: 3,
      });
      expect(r.adherence.minutes.ratio).toBeCloseTo(1.14, 12);
      expect(r.adherence.frequency.text).toMatch(/1 session a week .* of 7 a week in your plan/);
    },
  },
  {
    case: 'missing weeks are gaps in the weekly pain, not zeros',
    source: 'brief: missing weeks',
    sessions: [
      ...dailySessions(
        7,
        () => 6,
        () => 5,
      ),
      ...dailySessions(
        14,
        () => 4,
        () => 3,
        28,
      ),
    ],
    now: isoDay(42, 20),
    check: (r) => {
      expect(r.weeklyPain.weeks.map((w) => w.week)).toEqual([1, 5, 6]);
      expect(r.adherence.weeks.map((w) => w.sessions)).toEqual([7, 0, 0, 0, 7, 7, 0]);
    },
  },
];

describe('progressReport: rules', () => {
  it.each(rows)('$case ($source)', (row) => {
    const r = progressReportFromHistory({
      now: row.now,
      sessions: row.sessions,
      ...(row.checkInNrs === undefined ? {} : { checkInNrs: row.checkInNrs }),
      ...(row.plannedSessionsPerWeek ? { plannedSessionsPerWeek: row.plannedSessionsPerWeek } : {}),
    });
    expect(progressReportSchema.safeParse(r).success).toBe(true);
    row.check(r);
  });

  it('every report carries the caveats: natural course, regression to the mean, cause, exercise first', () => {
    const r = progressReportFromHistory({
      now: isoDay(40),
      sessions: dailySessions(
        40,
        () => 6,
        () => 3,
      ),
    });
    expect(r.caveats.map((c) => c.kind)).toEqual([
      'natural-course',
      'regression-to-the-mean',
      'cannot-tell-why',
      'exercise-first',
    ]);
    // the only word of cure is to say it is not one
    expect(JSON.stringify(r).replaceAll('not a cure', '')).not.toMatch(/cure/i);
  });

  it('two first sessions at the same instant: the start is the smaller id’s, whatever the order', () => {
    // found by the order property below: the start rating depended on which arrived first
    const same = [sessionAt(atDay(0), 1, 1, 0, 0, 'b'), sessionAt(atDay(0), 0, 0, 0, 0, 'a')];
    const later = dailySessions(
      30,
      () => 0,
      () => 0,
      1,
    );
    const a = progressReportFromHistory({ now: isoDay(31), sessions: [...same, ...later] });
    const b = progressReportFromHistory({
      now: isoDay(31),
      sessions: [...same.reverse(), ...later],
    });
    expect(a).toEqual(b);
    expect(a.changeFromStart).toMatchObject({ startNrs: 0 });
  });

  it('PEG and STarT Back at the first check-in and the latest', () => {
    const r = progressReportFromHistory({
      now: isoDay(30),
      sessions: dailySessions(
        30,
        () => 5,
        () => 4,
      ),
      checkIns: [
        {
          at: isoDay(28),
          peg: { pain: 4, enjoyment: 3, activity: 3 },
          startBack: {
            agree: [true, false, false, false, true, true, true, true],
            bother: 'very-much',
          },
        },
        {
          at: isoDay(0),
          peg: { pain: 7, enjoyment: 6, activity: 6 },
          startBack: {
            agree: [true, true, false, false, false, false, false, false],
            bother: 'slightly',
          },
        },
      ],
    });
    // By hand: PEG 19/3 → 10/3, 3 points lower; STarT Back 2 (low) → 6 with subscale 5 (high, Hill 2008)
    expect(r.questionnaires.peg).toMatchObject({
      first: { at: isoDay(0) },
      latest: { at: isoDay(28) },
    });
    expect(r.questionnaires.peg!.changePoints).toBeCloseTo(-3, 12);
    expect(r.questionnaires.peg!.text).toMatch(/no threshold/);
    expect(r.questionnaires.startBack).toMatchObject({
      first: { total: 2, risk: 'low' },
      latest: { total: 6, psychosocial: 5, risk: 'high' },
      source: 'Hill2011',
    });
  });
});

const sessionArb = fc.record({
  minute: fc.integer({ min: 0, max: 120 * 24 * 60 }),
  before: fc.integer({ min: 0, max: 10 }),
  after: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
  planned: fc.integer({ min: 0, max: 3600 }),
  pressed: fc.integer({ min: 0, max: 3600 }),
});
const historyArb = fc
  .array(sessionArb, { minLength: 1, maxLength: 60 })
  .map((xs) =>
    xs.map((x, i) =>
      sessionAt(atDay(0, 0) + x.minute * 60_000, x.before, x.after, x.planned, x.pressed, `p-${i}`),
    ),
  );

describe('progressReport: properties', () => {
  it('is valid by its schema (no NaN, no missing field) for any history', () =>
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 0, max: 130 }), (sessions, day) => {
        const r = progressReportFromHistory({ now: isoDay(day), sessions });
        expect(progressReportSchema.safeParse(r).success).toBe(true);
      }),
    ));
  it('does not depend on the order the sessions arrive in', () =>
    fc.assert(
      fc.property(historyArb, (sessions) => {
        const now = isoDay(125);
        expect(progressReportFromHistory({ now, sessions: [...sessions].reverse() })).toEqual(
          progressReportFromHistory({ now, sessions }),
        );
      }),
    ));
  it('improvement is called exactly when the exact fall is ≥ 2 points or ≥ 30%, whatever the rounding', () =>
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 }),
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 14 }),
        (start, recent) => {
          const sessions = [
            ...dailySessions(
              28,
              () => start,
              () => start,
            ),
            ...recent.map((v, i) => sessionAt(atDay(28, 8) + i * 10 * 3_600_000, v, v)),
          ];
          const r = progressReportFromHistory({ now: isoDay(35, 6), sessions, checkInNrs: start });
          if (r.changeFromStart.status !== 'measured') throw new Error('expected a measurement');
          // in tenths of points: fall·n·10 ≥ 20·n, or fall·n·10 ≥ 3·start·n
          const n = recent.length;
          const fallTimesN = start * n - recent.reduce((t, v) => t + v, 0);
          const improved =
            fallTimesN * 10 >= 20 * n || (start > 0 && fallTimesN * 10 >= 3 * start * n);
          expect(r.changeFromStart.verdict === 'meaningful-improvement').toBe(improved);
        },
      ),
    ));
});
