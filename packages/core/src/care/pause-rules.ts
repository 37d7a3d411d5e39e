import type { CareChange } from './care-types.js';
import { WORSE_SESSIONS_TO_PAUSE } from './care-defaults.js';
import { instant, readableDate } from './care-time.js';
import type { Statement } from '../plan/plan-types.js';
import type { SessionRecord } from '../session/session-record.js';

// When to stop and see a clinician instead of pressing on.
// - Swelling reported anywhere (after a session or the next day): clinical-facts §5, do not press
//   on swollen areas; a swelling after pressing is for a clinician to look at.
// - Pain worse than the baseline in WORSE_SESSIONS_TO_PAUSE sessions running: a session is worse
//   when its before-NRS, or its after-NRS once logged, is above the baseline. Every session records
//   the before-NRS, so an unfinished session still counts. One worse session is common in back
//   pain and does not pause; two in a row is a pattern. A project safety default (AcupressSafety).
// A pause lifts only with a next-day check recorded after it began that reports no swelling and
// pain not above the baseline, or with a new check-in (a new plan, and new care). Safety first:
// a later session without such a check does not lift it.

export type PauseRule = 'swelling' | 'worse';

export interface PauseTrigger {
  rule: PauseRule;
  /** When the pausing report was made (epoch ms). */
  atMs: number;
  sessionIds: string[];
  text: string;
}

/** A session whose before- or (logged) after-NRS is above the baseline. */
export const isWorse = (s: SessionRecord, baseline: number): boolean =>
  s.beforeNrs > baseline || (s.log !== undefined && s.log.after.nrs > baseline);

/** Every event that would pause the plan, lifted or not; sessions in the order they started. */
export function pauseTriggers(
  ordered: readonly SessionRecord[],
  baseline?: number,
): PauseTrigger[] {
  const out: PauseTrigger[] = [];
  for (const s of ordered) {
    const reports = [
      s.log && { at: s.log.endedAt, sites: s.log.after.swelling, when: 'after the session' },
      s.nextDay && { at: s.nextDay.at, sites: s.nextDay.swelling, when: 'the next day' },
    ];
    for (const r of reports) {
      if (!r || r.sites.length === 0) continue;
      out.push({
        rule: 'swelling',
        atMs: instant(r.at),
        sessionIds: [s.id],
        text: `You reported swelling ${r.when} (session of ${readableDate(s.startedAt)}). Do not press on a swollen area; it needs a clinician's look before pressing again.`,
      });
    }
  }
  if (baseline === undefined) return out;
  let run: SessionRecord[] = [];
  for (const s of ordered) {
    run = isWorse(s, baseline) ? [...run, s] : [];
    if (run.length < WORSE_SESSIONS_TO_PAUSE) continue;
    const streak = run.slice(-WORSE_SESSIONS_TO_PAUSE);
    out.push({
      rule: 'worse',
      atMs: instant(s.log?.endedAt ?? s.startedAt),
      sessionIds: streak.map((x) => x.id),
      text: `Your pain was above where it started (${baseline} out of 10) in ${WORSE_SESSIONS_TO_PAUSE} sessions running (${streak.map((x) => readableDate(x.startedAt)).join(' and ')}). Pausing after ${WORSE_SESSIONS_TO_PAUSE} such sessions is an Acupress safety default.`,
    });
  }
  return out;
}

/** Whether a next-day check after `atMs` shows no swelling and pain not above the baseline. */
function lifted(atMs: number, ordered: readonly SessionRecord[], baseline?: number): boolean {
  return ordered.some(
    (s) =>
      s.nextDay !== undefined &&
      instant(s.nextDay.at) > atMs &&
      s.nextDay.swelling.length === 0 &&
      (baseline === undefined || s.nextDay.nrs <= baseline),
  );
}

export interface PauseState {
  active: PauseTrigger[];
  pause?: { reasons: Statement[]; advice: string };
  changes: CareChange[];
}

export function pauseState(ordered: readonly SessionRecord[], baseline?: number): PauseState {
  const all = pauseTriggers(ordered, baseline);
  const active = all.filter((t) => !lifted(t.atMs, ordered, baseline));
  if (active.length === 0) return { active, changes: [] };
  // The latest active trigger of each rule speaks for it.
  const shown = (['swelling', 'worse'] as const)
    .map((rule) => active.filter((t) => t.rule === rule).at(-1))
    .filter((t): t is PauseTrigger => t !== undefined);
  const reasons: Statement[] = shown.map((t) => ({ text: t.text, source: 'AcupressSafety' }));
  const swelling = shown.some((t) => t.rule === 'swelling');
  const worse = shown.some((t) => t.rule === 'worse');
  const about = [swelling ? 'the swelling' : '', worse ? 'the pain getting worse' : '']
    .filter(Boolean)
    .join(' and ');
  const why = [
    swelling ? 'Swollen areas are not to be pressed.' : '',
    worse
      ? `Pausing after ${WORSE_SESSIONS_TO_PAUSE} worse sessions is an Acupress safety default.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  const advice =
    `Stop the sessions for now and see a clinician (your doctor or a physiotherapist) about ${about}. ${why} ` +
    `The plan starts again when a next-day check reports no swelling and pain no higher than where it started${
      baseline === undefined ? '' : ` (${baseline} out of 10)`
    }, or with a new check-in after seeing the clinician; that way of lifting a pause is an Acupress safety default.`;
  const changes: CareChange[] = shown.map((t) => ({
    kind: t.rule === 'swelling' ? 'paused-swelling' : 'paused-worse',
    text: t.text,
    source: 'AcupressSafety',
  }));
  return { active, pause: { reasons, advice }, changes };
}
