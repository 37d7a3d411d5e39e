import type { CareChange } from './care-types.js';
import { WORSE_SESSIONS_TO_PAUSE } from './care-defaults.js';
import { instant } from './care-time.js';
import { getPoint } from '../atlas/atlas.js';
import type { Statement } from '../plan/plan-types.js';
import type { SessionRecord } from '../session/session-record.js';

// When to stop and see a clinician instead of pressing on. Sessions of every check-in count.
// - Swelling reported anywhere (after a session or the next day): clinical-facts §5, do not press
//   on swollen areas; a swelling after pressing is for a clinician to look at. Swelling at a calf
//   point (one whose atlas caution is `calf-swelling`: BL57, BL58) can be a blood clot (§1:
//   acutely swollen, red or hot calf, possible DVT, refer): the text says so and asks for a doctor
//   the same day.
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
  /** For swelling: the sites reported, and whether one is on the calf (possible blood clot). */
  sites: string[];
  calf: boolean;
}

/** A session whose before- or (logged) after-NRS is above the baseline. */
export const isWorse = (s: SessionRecord, baseline: number): boolean =>
  s.beforeNrs > baseline || (s.log !== undefined && s.log.after.nrs > baseline);

/** A site (`BL57:left`) on a point whose atlas cautions include calf swelling (§1: possible DVT). */
export const isCalfSite = (site: string): boolean =>
  getPoint(site.slice(0, site.lastIndexOf(':')))?.cautions.some(
    (c) => c.flag === 'calf-swelling',
  ) ?? false;

/**
 * Every event that would pause the plan, lifted or not; sessions in the order they started. A run
 * of worse sessions starts afresh after a lifted pause: the sessions before the lift (the next-day
 * check back at the baseline, or the new check-in) do not count again towards the next pause.
 */
export function pauseTriggers(
  ordered: readonly SessionRecord[],
  baseline: number | undefined,
  checkInAtMs: number,
): PauseTrigger[] {
  const out: PauseTrigger[] = [];
  for (const s of ordered) {
    const reports = [
      s.log && { at: s.log.endedAt, sites: s.log.after.swelling },
      s.nextDay && { at: s.nextDay.at, sites: s.nextDay.swelling },
    ];
    for (const r of reports) {
      if (!r || r.sites.length === 0) continue;
      out.push({
        rule: 'swelling',
        atMs: instant(r.at),
        sessionIds: [s.id],
        sites: [...r.sites],
        calf: r.sites.some(isCalfSite),
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

// A new check-in repeats the red-flag screen and asks where not to press, swollen or inflamed
// areas included (clinical-facts §5), so a swelling that is still there is left out of its plan.
const SWELLING_LIFT =
  'This pause lifts only with a new check-in after this report: do it once the swelling has gone or a clinician has seen it, and mark any area still swollen under "places not to press". A next-day check does not lift it.';

function triggerText(
  t: PauseTrigger,
  baseline: number | undefined,
  label: (site: string) => string,
): string {
  if (t.rule === 'swelling' && t.calf) {
    const others = t.sites.filter((x) => !isCalfSite(x));
    return (
      `You reported swelling in the calf (${t.sites.filter(isCalfSite).map(label).join(', ')})` +
      `${others.length > 0 ? `, and at ${others.map(label).join(', ')}` : ''}. ` +
      'A swollen calf could be a blood clot (deep vein thrombosis): do not press or rub it, and see a doctor today. ' +
      SWELLING_LIFT
    );
  }
  if (t.rule === 'swelling')
    return (
      `You reported swelling (${t.sites.map(label).join(', ')}). Do not press on a swollen area; it needs a clinician's look before pressing again. ` +
      SWELLING_LIFT
    );
  return (
    `Your pain was above where it started (${baseline ?? '?'} out of 10) in ${WORSE_SESSIONS_TO_PAUSE} sessions running. ` +
    `This pause lifts when a next-day check made after it shows pain at or below ${baseline ?? '?'} out of 10, or with a new check-in. ` +
    `Pausing after ${WORSE_SESSIONS_TO_PAUSE} such sessions is an Acupress safety default.`
  );
}

export interface PauseState {
  active: PauseTrigger[];
  pause?: { reasons: Statement[]; advice: string; urgency?: 'same-day' };
  changes: CareChange[];
}

export function pauseState(
  ordered: readonly SessionRecord[],
  baseline: number | undefined,
  checkInAt: string,
  label: (site: string) => string = (site) => site,
): PauseState {
  const checkInAtMs = instant(checkInAt);
  const active = pauseTriggers(ordered, baseline, checkInAtMs).filter(
    (t) => !lifted(t, ordered, checkInAtMs, baseline),
  );
  if (active.length === 0) return { active, changes: [] };
  // The latest active trigger of each rule speaks for it; a calf swelling always speaks (DVT).
  const latestCalf = active.filter((t) => t.calf).at(-1);
  const latestSwelling = active.filter((t) => t.rule === 'swelling' && !t.calf).at(-1);
  const latestWorse = active.filter((t) => t.rule === 'worse').at(-1);
  const shown = [latestCalf, latestSwelling, latestWorse].filter(
    (t): t is PauseTrigger => t !== undefined,
  );
  const texts = shown.map((t) => triggerText(t, baseline, label));
  const reasons: Statement[] = texts.map((text) => ({ text, source: 'AcupressSafety' }));
  const swelling = latestCalf !== undefined || latestSwelling !== undefined;
  const worse = latestWorse !== undefined;
  const first = latestCalf
    ? `Stop the sessions and see a doctor today: swelling in the calf could be a blood clot${
        worse ? '. Tell them your pain has been getting worse too' : ''
      }.`
    : `Stop the sessions for now and see a clinician (your doctor or a physiotherapist) about ${
        swelling && worse
          ? 'the swelling and the pain getting worse'
          : swelling
            ? 'the swelling'
            : 'the pain getting worse'
      }.`;
  const lifts = swelling
    ? worse
      ? 'The sessions start again with a new check-in after seeing them; in it, mark any area still swollen under "places not to press" so the plan leaves it out. A next-day check cannot lift a pause for swelling.'
      : 'The sessions start again with a new check-in after seeing them; in it, mark any area still swollen under "places not to press" so the plan leaves it out. A next-day check does not lift this pause.'
    : `The sessions start again when a next-day check shows pain at or below where you started${
        baseline === undefined ? '' : ` (${baseline} out of 10)`
      }, or with a new check-in.`;
  const advice = `${first} ${lifts} How a pause lifts is an Acupress safety default. Lifting it does not end a spot's rest or undo lighter pressure.`;
  const changes: CareChange[] = shown.map((t, i) => ({
    kind: t.rule === 'swelling' ? 'paused-swelling' : 'paused-worse',
    text: texts[i] ?? '',
    source: 'AcupressSafety',
    since: new Date(t.atMs).toISOString(),
    sessionId: t.sessionIds.at(-1) ?? '',
  }));
  return {
    active,
    pause: { reasons, advice, ...(latestCalf ? { urgency: 'same-day' as const } : {}) },
    changes,
  };
}
