import type { CareChange } from './care-types.js';
import { WORSE_SESSIONS_TO_PAUSE } from './care-defaults.js';
import { instant } from './care-time.js';
import { siteLocator, type SiteLocator } from './calf-places.js';
import { pauseWords, triggerText } from './pause-texts.js';
import type { Statement } from '../plan/plan-types.js';
import type { SessionRecord } from '../session/session-record.js';

// When to stop and see a clinician instead of pressing on. Sessions of every check-in count.
// - Swelling reported anywhere (after a session or the next day): do not press on swollen areas
//   (docs/clinical-sources.md, "Bruises and swelling"); a swelling after pressing is for a clinician to
//   look at. Swelling at any place pressed in the calf (calf-places.ts: a calf or lower-leg point
//   on either side, a tender spot marked there) can be a blood clot (docs/clinical-sources.md,
//   "A swollen calf": refer): the pause says so, asks for a doctor TODAY and carries
//   `urgency: 'same-day'`. A swollen place care cannot locate adds what to do if it is the calf.
// - Pain worse than the baseline in WORSE_SESSIONS_TO_PAUSE sessions running: a session is worse
//   when its before-NRS, or its after-NRS once logged, is above the baseline. Every session records
//   the before-NRS, so an unfinished session still counts. One worse session is common in back
//   pain and does not pause; two in a row is a pattern. A project safety default (AcupressSafety).
// How a pause lifts (AcupressSafety), and the texts say exactly this:
// - swelling: only a new check-in saved after the swelling report (it repeats the red-flag screen
//   and asks where not to press, swollen areas included; the person is told to mark them).
//   A next-day check never lifts it: its swelling boxes start unticked, and an unticked
//   default is not an all-clear.
// - worse: a next-day check made after the pause with pain at or below the baseline, or a new
//   check-in saved after the pause.
// After a worse pause lifts, the run of worse sessions counts afresh.
// A later session does not lift a pause. Lifting a pause does not end a site's rest or undo the
// lowered pressure.

export type PauseRule = 'swelling' | 'worse';

export interface PauseTrigger {
  rule: PauseRule;
  /** When the pausing report was made (epoch ms). */
  atMs: number;
  sessionIds: string[];
  /** For swelling: the sites reported; those in the calf (possible blood clot); those unplaced. */
  sites: string[];
  calfSites: string[];
  unplacedSites: string[];
  calf: boolean;
}

/** A session whose before- or (logged) after-NRS is above the baseline. */
export const isWorse = (s: SessionRecord, baseline: number): boolean =>
  s.beforeNrs > baseline || (s.log !== undefined && s.log.after.nrs > baseline);

/**
 * Every event that would pause the plan, lifted or not; sessions in the order they started. A run
 * of worse sessions starts afresh after a lifted pause: the sessions before the lift (the next-day
 * check back at the baseline, or the new check-in) do not count again towards the next pause.
 */
export function pauseTriggers(
  ordered: readonly SessionRecord[],
  baseline: number | undefined,
  checkInAtMs: number,
  locate: SiteLocator = siteLocator({ steps: [] }, ''),
): PauseTrigger[] {
  const out: PauseTrigger[] = [];
  for (const s of ordered) {
    const reports = [
      s.log && { at: s.log.endedAt, sites: s.log.after.swelling },
      s.nextDay && { at: s.nextDay.at, sites: s.nextDay.swelling },
    ];
    for (const r of reports) {
      if (!r || r.sites.length === 0) continue;
      const calfSites = r.sites.filter((x) => locate(x, s) === 'yes');
      out.push({
        rule: 'swelling',
        atMs: instant(r.at),
        sessionIds: [s.id],
        sites: [...r.sites],
        calfSites,
        unplacedSites: r.sites.filter((x) => locate(x, s) === 'unknown'),
        calf: calfSites.length > 0,
      });
    }
  }
  if (baseline === undefined) return out;
  let run: SessionRecord[] = [];
  for (const s of ordered) {
    run = isWorse(s, baseline) ? [...run, s] : [];
    if (run.length < WORSE_SESSIONS_TO_PAUSE) continue;
    const trigger: PauseTrigger = {
      rule: 'worse',
      atMs: instant(s.log?.endedAt ?? s.startedAt),
      sessionIds: run.slice(-WORSE_SESSIONS_TO_PAUSE).map((x) => x.id),
      sites: [],
      calfSites: [],
      unplacedSites: [],
      calf: false,
    };
    out.push(trigger);
    if (lifted(trigger, ordered, checkInAtMs, baseline)) run = [];
  }
  return out;
}

/** Whether a trigger has lifted: see the rules at the top. */
function lifted(
  t: PauseTrigger,
  ordered: readonly SessionRecord[],
  checkInAtMs: number,
  baseline?: number,
): boolean {
  if (checkInAtMs > t.atMs) return true;
  if (t.rule === 'swelling') return false;
  return ordered.some(
    (s) =>
      s.nextDay !== undefined &&
      instant(s.nextDay.at) > t.atMs &&
      (baseline === undefined || s.nextDay.nrs <= baseline),
  );
}

export interface PauseState {
  active: PauseTrigger[];
  pause?: { reasons: Statement[]; advice: string; lifts: string; urgency?: 'same-day' };
  changes: CareChange[];
}

export function pauseState(
  ordered: readonly SessionRecord[],
  baseline: number | undefined,
  checkInAt: string,
  label: (site: string) => string = (site) => site,
  locate?: SiteLocator,
): PauseState {
  const checkInAtMs = instant(checkInAt);
  const active = pauseTriggers(ordered, baseline, checkInAtMs, locate).filter(
    (t) => !lifted(t, ordered, checkInAtMs, baseline),
  );
  if (active.length === 0) return { active, changes: [] };
  // The latest active trigger of each rule speaks for it; a calf swelling always speaks (DVT),
  // first.
  const latestCalf = active.filter((t) => t.calf).at(-1);
  const latestSwelling = active.filter((t) => t.rule === 'swelling' && !t.calf).at(-1);
  const latestWorse = active.filter((t) => t.rule === 'worse').at(-1);
  const shown = [latestCalf, latestSwelling, latestWorse].filter(
    (t): t is PauseTrigger => t !== undefined,
  );
  const texts = shown.map((t) => triggerText(t, baseline, label));
  const reasons: Statement[] = texts.map((text) => ({ text, source: 'AcupressSafety' }));
  const words = pauseWords(
    {
      calf: latestCalf !== undefined,
      swelling: latestCalf !== undefined || latestSwelling !== undefined,
      unplaced: (latestSwelling?.unplacedSites.length ?? 0) > 0,
      worse: latestWorse !== undefined,
    },
    baseline,
  );
  const changes: CareChange[] = shown.map((t, i) => ({
    kind: t.rule === 'swelling' ? 'paused-swelling' : 'paused-worse',
    text: texts[i] ?? '',
    source: 'AcupressSafety',
    since: new Date(t.atMs).toISOString(),
    sessionId: t.sessionIds.at(-1) ?? '',
  }));
  return {
    active,
    pause: { reasons, ...words, ...(latestCalf ? { urgency: 'same-day' as const } : {}) },
    changes,
  };
}
