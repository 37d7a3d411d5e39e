import { describe, expect, it } from 'vitest';
import { practiceStart, progressWindowStart } from './practice-window.js';
import { progressReport, progressReportFromHistory } from './progress-report.js';
import { progressReportSchema } from './progress-schema.js';
import { fixtures, type ProgressCase } from './test-fixtures.js';
import { sessionAt } from './test-sessions.js';

// Whole reports against the progress rules re-implemented in Python with exact rationals and
// scipy (scripts/outcomes-fixtures/make_fixtures.py): weeks, window, start and now, the Ostelo
// rules met, the first-week check, the within-session Hodges–Lehmann, weekly means with their
// Theil–Sen trend, and adherence. Edge cases: one session, constant pain, missing weeks, every
// session unlogged, a bad first day, exactly 30%, two years of daily sessions.

const H = 3_600_000;
const close = (a: number | undefined, b: number) => expect(a).toBeCloseTo(b, 10);

function input(c: ProgressCase) {
  const t0 = fixtures.progress.t0;
  return {
    now: new Date(t0 + c.nowHours * H).toISOString(),
    sessions: c.sessions.map(([h, before, after, planned, pressed], i) =>
      sessionAt(t0 + h * H, before, after, planned, pressed, `s-${i}`),
    ),
    ...(c.baselineNrs === null ? {} : { checkInNrs: c.baselineNrs }),
    ...(c.plannedSessionsPerWeek === null
      ? {}
      : { plannedSessionsPerWeek: c.plannedSessionsPerWeek }),
  };
}

describe.each(fixtures.progress.cases)('progress report: $name', (c) => {
  const e = c.expected;
  const report = progressReportFromHistory(input(c));

  it('is valid by its schema', () =>
    expect(progressReportSchema.safeParse(report).success).toBe(true));

  it('weeks and window', () => {
    expect(report.weeks).toBe(e.weeks);
    expect(report.window).toMatchObject({ firstWeek: e.windowFirstWeek, lastWeek: e.currentWeek });
  });

  it('change from the start, by Ostelo’s rules on exact values', () => {
    const ch = report.changeFromStart;
    if (!e.changeEnough) return expect(ch.status).toBe('not-enough-data');
    if (ch.status !== 'measured') throw new Error(ch.text);
    close(ch.startNrs, e.startNrs);
    close(ch.nowNrs, e.nowNrs!);
    expect(ch.nowRatings).toBe(e.recentRatings);
    close(ch.changePoints, e.changePoints!);
    if (e.changePercent === null) expect(ch.changePercent).toBeUndefined();
    else close(ch.changePercent, e.changePercent!);
    const down = (['2-points', '30-percent'] as const).filter(
      (r) => e.improvementRules![r === '2-points' ? 'points' : 'percent'],
    );
    const up = (['2-points', '30-percent'] as const).filter(
      (r) => e.worseningRules![r === '2-points' ? 'points' : 'percent'],
    );
    expect(ch.verdict).toBe(
      down.length
        ? 'meaningful-improvement'
        : up.length
          ? 'meaningful-worsening'
          : 'no-meaningful-change',
    );
    expect(ch.rulesMet).toEqual(down.length ? down : up);
    if (e.highStart) close(ch.highStart?.firstWeekMedian, e.firstWeekMedian!);
    else expect(ch.highStart).toBeUndefined();
  });

  it('within-session change: Hodges–Lehmann and its interval', () => {
    const im = report.immediateEffect;
    if (!e.immediate) return expect(im.status).toBe('not-enough-data');
    if (im.status !== 'measured') throw new Error(im.text);
    expect(im.sessions).toBe(e.immediateSessions);
    close(im.estimate, e.immediate.estimate);
    close(im.low, e.immediate.low!);
    close(im.high, e.immediate.high!);
    expect(im.method).toBe(e.immediate.method);
    expect(im.achievedConfidence).toBeCloseTo(e.immediate.achievedConfidence!, 6);
  });

  it('weekly pain and its Theil–Sen trend', () => {
    const wp = report.weeklyPain;
    expect(wp.weeks.map((w) => [w.week, w.ratings])).toEqual(
      e.weekly.map((w) => [w.week, w.ratings]),
    );
    wp.weeks.forEach((w, i) => close(w.meanNrs, e.weekly[i]!.meanNrs));
    if (!e.trend) return expect(wp.trend.status).toBe('not-enough-data');
    if (wp.trend.status !== 'measured') throw new Error(wp.trend.text);
    close(wp.trend.slopePerWeek, e.trend.slope);
    close(wp.trend.low, e.trend.low);
    close(wp.trend.high, e.trend.high);
  });

  it('adherence: how often and how much, separately', () => {
    const a = report.adherence;
    expect(a.frequency.completeWeeks).toBe(e.completeWeeks);
    if (e.sessionsPerWeek === undefined) expect(a.frequency.sessionsPerWeek).toBeUndefined();
    else close(a.frequency.sessionsPerWeek, e.sessionsPerWeek);
    expect(a.minutes.pressedSeconds).toBe(e.pressedSeconds);
    expect(a.minutes.plannedSeconds).toBe(e.plannedSeconds);
  });

  it('a bounded input (the start and the window’s sessions) gives the same report', () => {
    const full = input(c);
    const start = practiceStart(full.sessions, full.checkInNrs)!;
    const from = Date.parse(progressWindowStart(start.firstSessionAt, full.now));
    const bounded = progressReport({
      now: full.now,
      start,
      sessions: full.sessions.filter((s) => Date.parse(s.startedAt) >= from),
      ...(full.plannedSessionsPerWeek
        ? { plannedSessionsPerWeek: full.plannedSessionsPerWeek }
        : {}),
    });
    expect(bounded).toEqual(report);
  });
});
