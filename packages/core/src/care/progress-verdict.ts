import type { Progress } from './care-types.js';
import {
  DAY_MS,
  MIC_FRACTION,
  MIC_POINTS,
  RECENT_DAYS,
  VERDICT_MIN_DAYS,
  VERDICT_MIN_LOGGED,
} from './care-defaults.js';
import { instant } from './care-time.js';
import type { SessionRecord } from '../session/session-record.js';

// Is it helping? Only the person's own numbers, with their limits.
// - Too little data before VERDICT_MIN_DAYS from the first session (Godley 2020: the trials ran
//   about 4 weeks) or with fewer than VERDICT_MIN_LOGGED logged sessions (a project default).
// - Then recent pain (mean before-session NRS of the last RECENT_DAYS days, to one decimal) is
//   compared with the baseline (the NRS of the earliest check-in the sessions followed, else the
//   first session's before-NRS; all the person's sessions count, of every check-in) using
//   the minimal important change of Ostelo 2008: 2 points or 30% of the baseline. Using the same
//   size for a meaningful worsening is the project's choice, and the text says so.
// Arithmetic in tenths of a point, in integers, so 30% is exact.

const BASE_SOURCE = 'Ostelo2008' as const;
const pct = (tenths: number, baseline: number): number =>
  baseline > 0 ? Math.round((tenths * 10) / baseline) : 0;
const meaningful = (diffTenths: number, baseline: number): boolean =>
  diffTenths >= MIC_POINTS * 10 ||
  (baseline > 0 && diffTenths * 10 >= Math.round(MIC_FRACTION * 100) * baseline);

export function progressVerdict(
  ordered: readonly SessionRecord[],
  nowMs: number,
  baselineNrs?: number,
): Progress {
  const first = ordered[0];
  const baseline = baselineNrs ?? first?.beforeNrs;
  const from = baselineNrs === undefined ? 'your first session' : 'your first check-in';
  const base = baseline === undefined ? {} : { baselineNrs: baseline };
  if (!first || baseline === undefined)
    return {
      verdict: 'too-little-data',
      text: 'No sessions yet. Trials of acupressure for back pain ran about 4 weeks (Godley 2020): after 4 weeks of sessions this page can say whether your pain has changed meaningfully.',
      source: 'Godley2020',
      ...base,
      weeks: 0,
    };
  const elapsed = nowMs - instant(first.startedAt);
  const weeks = Math.max(0, Math.floor(elapsed / (7 * DAY_MS)));
  const logged = ordered.filter((s) => s.log).length;
  if (elapsed < VERDICT_MIN_DAYS * DAY_MS || logged < VERDICT_MIN_LOGGED) {
    const short = elapsed < VERDICT_MIN_DAYS * DAY_MS;
    return {
      verdict: 'too-little-data',
      text:
        `Too early to tell: ${weeks} full week${weeks === 1 ? '' : 's'} since your first session and ${logged} logged session${logged === 1 ? '' : 's'}. ` +
        `Trials of acupressure for back pain ran about 4 weeks (Godley 2020); the picture will be clearer after 4 weeks and at least ${VERDICT_MIN_LOGGED} logged sessions ` +
        `(that number is an Acupress default). Keep recording your pain before and after each session.`,
      source: short ? 'Godley2020' : 'AcupressDefault',
      ...base,
      weeks,
    };
  }
  const recent = ordered.filter((s) => {
    const t = instant(s.startedAt);
    return t > nowMs - RECENT_DAYS * DAY_MS && t <= nowMs;
  });
  if (recent.length === 0)
    return {
      verdict: 'too-little-data',
      text: `No sessions in the last ${RECENT_DAYS} days, so there is no recent pain to compare with ${from} (${baseline} out of 10). A session with its pain rating will change that. (Using the last ${RECENT_DAYS} days is an Acupress default.)`,
      source: 'AcupressDefault',
      ...base,
      weeks,
    };
  const recentTenths = Math.round(
    (recent.reduce((t, s) => t + s.beforeNrs, 0) * 10) / recent.length,
  );
  const recentNrs = recentTenths / 10;
  const down = baseline * 10 - recentTenths;
  const lead = `Your pain before sessions in the last ${RECENT_DAYS} days averaged ${recentNrs} out of 10, against ${baseline} at ${from}`;
  const mic = 'a change that trials count as meaningful (2 points or 30%, Ostelo 2008)';
  const result = { source: BASE_SOURCE, ...base, recentNrs, weeks };
  if (meaningful(down, baseline))
    return {
      verdict: 'improving',
      text: `${lead}: ${down / 10} points lower (${pct(down, baseline)}%), at least ${mic}. Back pain often gets better on its own, so this cannot tell whether acupressure is the reason. It is not a cure; keep recording how you are.`,
      ...result,
    };
  if (meaningful(-down, baseline))
    return {
      verdict: 'worse',
      text: `${lead}: ${-down / 10} points higher, at least the size of ${mic}; treating that size as a meaningful worsening is an Acupress choice. Please see a clinician about it and review whether to carry on.`,
      ...result,
    };
  return {
    verdict: 'no-meaningful-change',
    text: `${lead}: ${down > 0 ? 'lower, but by less than' : down < 0 ? 'a little higher, but by less than' : 'no change, short of'} ${mic}. After ${weeks} weeks, acupressure does not seem to be helping you meaningfully. Consider reviewing the plan with a clinician, or trying something else.`,
    ...result,
  };
}
