import type { Progress } from './care-types.js';
import {
  DAY_MS,
  MIC_POINTS,
  RECENT_DAYS,
  VERDICT_MIN_DAYS,
  VERDICT_MIN_LOGGED,
} from './care-defaults.js';
import { instant } from './care-time.js';
import { changeForDisplay, decimals, painChange, type PainChange } from './meaningful-change.js';
import type { SessionRecord } from '../session/session-record.js';

// Is it helping? Only the person's own numbers, with their limits (docs/care.md, "Is it helping?").
// - Too little data before VERDICT_MIN_DAYS from the first session (Godley 2020: the trials ran
//   about 4 weeks) or with fewer than VERDICT_MIN_LOGGED logged sessions (an Acupress default).
// - Then recent pain (the mean before-session NRS of the last RECENT_DAYS days) is compared with
//   the baseline (the NRS of the earliest check-in the sessions followed, else the first session's
//   before-NRS; all the person's sessions count, of every check-in) using the minimal important
//   change of Ostelo 2008: 2 points or 30% of the baseline. Using the same size for a meaningful
//   worsening is the project's choice, and the text says so.
// The thresholds are tested on the exact mean (meaningful-change.ts); the numbers in the text are
// cut towards "no change" for display only, so a sentence never shows a threshold as reached when
// it was not. `recentNrs` is the exact mean.

const BASE_SOURCE = 'Ostelo2008' as const;

/** "2 points or more", "30% or more", or both: which rule of Ostelo 2008 the change met. */
function ruleMet(change: PainChange): string {
  if (change.byPoints && change.byPercent) return `both ${MIC_POINTS} points and 30%`;
  return change.byPoints ? `${MIC_POINTS} points` : '30%';
}

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
  const change = painChange(
    baseline,
    recent.map((x) => x.beforeNrs),
  );
  const recentNrs = recent.reduce((t, x) => t + x.beforeNrs, 0) / recent.length;
  const shown = changeForDisplay(baseline, change);
  const size = `${decimals(shown.points)} point${shown.points === 1 ? '' : 's'}${
    shown.percent === undefined ? '' : ` (${shown.percent}%)`
  }`;
  const lead = `Your pain before sessions in the last ${RECENT_DAYS} days averaged ${decimals(shown.recent)} out of 10, against ${baseline} at ${from}`;
  const mic = 'a change that trials count as meaningful (2 points or 30%, Ostelo 2008)';
  const result = { source: BASE_SOURCE, ...base, recentNrs, weeks };
  if (change.meaningful && change.direction === 'lower')
    return {
      verdict: 'improving',
      text: `${lead}: ${size} lower, which reaches ${ruleMet(change)}, ${mic}. Back pain often gets better on its own, so this cannot tell whether acupressure is the reason. It is not a cure: keep active, and keep recording how you are.`,
      ...result,
    };
  if (change.meaningful && change.direction === 'higher')
    return {
      verdict: 'worse',
      text: `${lead}: ${size} higher, which reaches ${ruleMet(change)}, the size of ${mic}; treating that size as a meaningful worsening is an Acupress choice. Please see a clinician about it and review whether to carry on.`,
      ...result,
    };
  const how =
    change.direction === 'same' ? 'no change, short of' : `${size} ${change.direction}, less than`;
  return {
    verdict: 'no-meaningful-change',
    text: `${lead}: ${how} ${mic}. After ${weeks} weeks, acupressure does not seem to be helping you meaningfully. Keep exercising and staying active, which come first for back pain; consider reviewing the plan with a clinician, or trying something else.`,
    ...result,
  };
}
