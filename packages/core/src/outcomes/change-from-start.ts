import { need, notEnoughData } from './data-needs.js';
import { oneDecimal, ratio, rulesMet, value, type ChangeRule, type Ratio } from './exact-change.js';
import {
  CHANGE_MIN_DAYS,
  CHANGE_MIN_SESSIONS,
  DAY_MS,
  NOW_DAYS,
  WEEK_MS,
} from './outcome-defaults.js';
import type { PracticeStart, PracticeWindow, WindowSession } from './practice-window.js';
import type { ChangeFromStart, DataNeed } from './progress-schema.js';

// Change from the start, and whether it is meaningful (Ostelo 2008: 2 points, or 30% of the
// start). "Now" is the mean before-session pain of the last 7 days; the start is the earliest
// check-in's rating, else the first session's. When the start was higher than the first week's
// typical rating, the change is also given from that median: a bad first day makes every later
// day look better (regression to the mean).

const RULE_WORDS: Record<ChangeRule, string> = {
  '2-points': 'at least 2 points',
  '30-percent': 'at least 30% of where you started',
};

const rulesSentence = (met: ChangeRule[], kind: string): string =>
  met.length === 2
    ? `That meets both rules trials use for a meaningful ${kind} (${RULE_WORDS['2-points']}, and ${RULE_WORDS['30-percent']}; Ostelo 2008).`
    : met.length === 1
      ? `That meets one of the two rules trials use for a meaningful ${kind}, ${RULE_WORDS[met[0]!]}, and not the other (${RULE_WORDS[met[0] === '2-points' ? '30-percent' : '2-points']}); either one counts (Ostelo 2008).`
      : `That is less than either rule trials use for a meaningful change (2 points, or 30% of where you started; Ostelo 2008).`;

const changeWords = (from: number, change: number): string => {
  const pts = oneDecimal(Math.abs(change));
  if (pts === '0') return 'no change';
  const pct = from > 0 ? ` (${Math.round((Math.abs(change) / from) * 100)}%)` : '';
  return `${pts} point${pts === '1' ? '' : 's'} ${change < 0 ? 'lower' : 'higher'}${pct}`;
};

/** Median of whole numbers as a ratio over 2 (exact). */
function median2(xs: readonly number[]): Ratio {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return ratio(s.length % 2 ? 2 * s[m]! : s[m - 1]! + s[m]!, 2);
}

export function changeFromStart(
  start: PracticeStart,
  w: PracticeWindow,
  inWindow: readonly WindowSession[],
): ChangeFromStart {
  const elapsed = w.nowMs - w.firstMs;
  const recent = inWindow.filter(({ ms }) => ms > w.nowMs - NOW_DAYS * DAY_MS);
  const needs: DataNeed[] = [];
  if (elapsed < CHANGE_MIN_DAYS * DAY_MS)
    needs.push(need.weeks(Math.ceil((CHANGE_MIN_DAYS * DAY_MS - elapsed) / WEEK_MS)));
  if (inWindow.length < CHANGE_MIN_SESSIONS)
    needs.push(need.sessions(CHANGE_MIN_SESSIONS - inWindow.length));
  if (recent.length === 0) needs.push(need.recent());
  if (needs.length > 0)
    return notEnoughData(
      `a change from the start is judged after 4 weeks (the trials of acupressure for back pain ran about 4 weeks, Godley 2020), from at least ${CHANGE_MIN_SESSIONS} sessions with a pain rating (an Acupress default) and with pain rated in the last 7 days`,
      needs,
      elapsed < CHANGE_MIN_DAYS * DAY_MS ? 'Godley2020' : 'AcupressDefault',
    );

  const from = ratio(start.startNrs);
  const now = ratio(
    recent.reduce((t, { s }) => t + s.beforeNrs, 0),
    recent.length,
  );
  const down = rulesMet(from, now, 'down');
  const up = rulesMet(from, now, 'up');
  const verdict =
    down.length > 0
      ? 'meaningful-improvement'
      : up.length > 0
        ? 'meaningful-worsening'
        : 'no-meaningful-change';
  const changePoints = value(now) - start.startNrs;
  const where = start.startFrom === 'check-in' ? 'your first check-in' : 'your first session';
  const lead = `Your pain before sessions in the last 7 days averaged ${oneDecimal(value(now))} out of 10, against ${start.startNrs} at ${where}: ${changeWords(start.startNrs, changePoints)}.`;
  const judged =
    verdict === 'meaningful-improvement'
      ? `${rulesSentence(down, 'improvement')} Back pain often gets better on its own, so this cannot tell whether acupressure is the reason.`
      : verdict === 'meaningful-worsening'
        ? `That is at least the size trials count as meaningful (2 points or 30%; Ostelo 2008); reading that size as a meaningful worsening is an Acupress choice. Please talk to a clinician about it.`
        : `${rulesSentence([], 'change')} Consider reviewing the plan with a clinician.`;

  const result: ChangeFromStart = {
    status: 'measured',
    startNrs: start.startNrs,
    startFrom: start.startFrom,
    nowNrs: value(now),
    nowRatings: recent.length,
    changePoints,
    ...(start.startNrs > 0 ? { changePercent: (changePoints / start.startNrs) * 100 } : {}),
    verdict,
    rulesMet: verdict === 'meaningful-worsening' ? up : down,
    text: `${lead} ${judged}`,
    source: verdict === 'meaningful-worsening' ? 'AcupressDefault' : 'Ostelo2008',
  };
  if (start.firstWeekNrs.length < 2) return result;
  const med = median2(start.firstWeekNrs);
  if (!(start.startNrs * med.den > med.num)) return result;
  const fromMedian = rulesMet(med, now, 'down');
  const medChange = value(now) - value(med);
  return {
    ...result,
    highStart: {
      firstWeekMedian: value(med),
      changePoints: medChange,
      rulesMet: fromMedian,
      text:
        `Your starting rating (${start.startNrs}) was higher than your typical rating in the first week (median ${oneDecimal(value(med))}). ` +
        `A bad first day makes later days look better even when nothing has changed (regression to the mean). ` +
        `Measured from that median instead, the change is ${changeWords(value(med), medChange)}${fromMedian.length > 0 ? `, which still meets ${fromMedian.length === 2 ? 'both rules' : `the ${fromMedian[0] === '2-points' ? '2-point' : '30%'} rule`}` : ', short of both rules'}.`,
    },
  };
}
