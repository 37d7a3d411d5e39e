import { need, notEnoughData } from './data-needs.js';
import { oneDecimal } from './exact-change.js';
import { CONFIDENCE, TREND_MIN_WEEKS, WINDOW_WEEKS } from './outcome-defaults.js';
import type { PracticeWindow, WindowSession } from './practice-window.js';
import type { WeeklyPain, WeeklyTrend } from './progress-schema.js';
import { theilSen } from './theil-sen.js';

// Weekly pain (the mean before-session rating of each practice week in the window) and its trend:
// the Theil–Sen slope in points per week with Sen's 95% interval. Weeks without a rating are left
// out (a gap, never a zero), and the slope uses the real week numbers, so missing weeks do not
// squeeze the time axis.

export function weeklyPain(w: PracticeWindow, inWindow: readonly WindowSession[]): WeeklyTrend {
  const sums = new Map<number, { sum: number; n: number }>();
  for (const { s, week } of inWindow) {
    const acc = sums.get(week) ?? { sum: 0, n: 0 };
    acc.sum += s.beforeNrs;
    acc.n += 1;
    sums.set(week, acc);
  }
  const weeks: WeeklyPain[] = [...sums.entries()]
    .sort(([a], [b]) => a - b)
    .map(([week, { sum, n }]) => ({
      week,
      weekStart: w.weekStart(week),
      meanNrs: sum / n,
      ratings: n,
    }));
  const ts =
    weeks.length >= TREND_MIN_WEEKS
      ? theilSen(
          weeks.map((x) => x.week),
          weeks.map((x) => x.meanNrs),
          CONFIDENCE,
        )
      : undefined;
  if (!ts)
    return {
      weeks,
      trend: notEnoughData(
        `a weekly trend needs at least ${TREND_MIN_WEEKS} weeks with pain ratings (about the length of the trials, Godley 2020), and there ${weeks.length === 1 ? 'is' : 'are'} ${weeks.length} in the last ${WINDOW_WEEKS} weeks`,
        [need.weeksWithRatings(TREND_MIN_WEEKS - weeks.length)],
        'Godley2020',
      ),
    };
  const direction = ts.high < 0 ? 'falling' : ts.low > 0 ? 'rising' : 'no-clear-trend';
  const per = (x: number) => `${oneDecimal(Math.abs(x))} a week`;
  const signed = (x: number) =>
    oneDecimal(x) === '0' ? '0' : `${x > 0 ? '+' : '−'}${oneDecimal(Math.abs(x))}`;
  const text =
    direction === 'falling'
      ? `Week by week, your average pain before sessions has been falling by about ${per(ts.slope)} (95% interval: ${oneDecimal(-ts.high)} to ${oneDecimal(-ts.low)} points a week), over ${weeks.length} weeks with ratings.`
      : direction === 'rising'
        ? `Week by week, your average pain before sessions has been rising by about ${per(ts.slope)} (95% interval: ${oneDecimal(ts.low)} to ${oneDecimal(ts.high)} points a week), over ${weeks.length} weeks with ratings.`
        : `Week by week, your average pain before sessions shows no clear trend over ${weeks.length} weeks with ratings: the 95% interval of its change, ${signed(ts.low)} to ${signed(ts.high)} points a week, includes no change.`;
  return {
    weeks,
    trend: {
      status: 'measured',
      slopePerWeek: ts.slope,
      intercept: ts.intercept,
      low: ts.low,
      high: ts.high,
      confidence: ts.confidence,
      direction,
      text,
    },
  };
}
