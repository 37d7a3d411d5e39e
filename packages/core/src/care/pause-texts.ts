import { WORSE_SESSIONS_TO_PAUSE } from './care-defaults.js';
import type { PauseTrigger } from './pause-rules.js';

// The words of a pause (docs/care.md, "Pausing"). A calf swelling speaks first, says "today" and
// that it is not for a routine appointment; how a pause lifts is said apart from what to do now,
// so the urgent advice is never buried in the routine.

/** The possible blood clot, in one place (docs/clinical-sources.md, "A swollen calf"). */
const CLOT =
  'A swollen, red or hot calf can be a blood clot (deep vein thrombosis): do not press or rub it, and see a doctor today, not at a routine appointment.';
/** For a swollen place care cannot locate: it may be the calf. */
const IF_CALF =
  'If the swelling is in your calf (the back of the lower leg), it could be a blood clot (deep vein thrombosis): see a doctor today.';

// A new check-in repeats the red-flag screen and asks where not to press, swollen or inflamed
// areas included (docs/clinical-sources.md, "Bruises and swelling"), so a swelling that is still there is
// left out of its plan.
const SWELLING_LIFT =
  'This pause lifts only with a new check-in after this report: do it once the swelling has gone or a clinician has seen it, and mark any area still swollen under "places not to press". A next-day check does not lift it.';

const list = (sites: readonly string[], label: (site: string) => string): string =>
  sites.map(label).join(', ');

/** The reason a trigger gives, with what to do and how it lifts. */
export function triggerText(
  t: PauseTrigger,
  baseline: number | undefined,
  label: (site: string) => string,
): string {
  if (t.rule === 'swelling' && t.calfSites.length > 0) {
    const others = t.sites.filter((x) => !t.calfSites.includes(x));
    return (
      `You reported swelling in the lower leg (calf): ${list(t.calfSites, label)}` +
      `${others.length > 0 ? `, and at ${list(others, label)}` : ''}. ${CLOT} ${SWELLING_LIFT}`
    );
  }
  if (t.rule === 'swelling')
    return (
      `You reported swelling (${list(t.sites, label)}). Do not press on a swollen area; it needs a clinician's look before pressing again. ` +
      `${t.unplacedSites.length > 0 ? `${IF_CALF} ` : ''}${SWELLING_LIFT}`
    );
  return (
    `Your pain was above where it started (${baseline ?? '?'} out of 10) in ${WORSE_SESSIONS_TO_PAUSE} sessions running. ` +
    `This pause lifts when a next-day check made after it shows pain at or below ${baseline ?? '?'} out of 10, or with a new check-in. ` +
    `Pausing after ${WORSE_SESSIONS_TO_PAUSE} such sessions is an Acupress safety default.`
  );
}

export interface PauseWords {
  /** What to do now: for a calf swelling, "see a doctor today" comes first. */
  advice: string;
  /** How the sessions start again, said apart. */
  lifts: string;
}

/** The pause's advice and how it lifts, from the kinds of trigger in force. */
export function pauseWords(
  shown: { calf: boolean; swelling: boolean; unplaced: boolean; worse: boolean },
  baseline: number | undefined,
): PauseWords {
  const { calf, swelling, unplaced, worse } = shown;
  const about =
    swelling && worse
      ? 'the swelling and the pain getting worse'
      : swelling
        ? 'the swelling'
        : 'the pain getting worse';
  const advice = calf
    ? `See a doctor today, not at a routine appointment: swelling in the calf can be a blood clot (deep vein thrombosis). Stop the sessions, and do not press or rub the calf.${
        worse ? ' Tell the doctor your pain has been getting worse too.' : ''
      }`
    : `Stop the sessions for now and see a clinician (your doctor or a physiotherapist) about ${about}.${
        unplaced ? ` ${IF_CALF}` : ''
      }`;
  const start = swelling
    ? `The sessions start again with a new check-in after seeing them; in it, mark any area still swollen under "places not to press" so the plan leaves it out. A next-day check ${
        worse ? 'cannot lift a pause for swelling' : 'does not lift this pause'
      }.`
    : `The sessions start again when a next-day check shows pain at or below where you started${
        baseline === undefined ? '' : ` (${baseline} out of 10)`
      }, or with a new check-in.`;
  return {
    advice,
    lifts: `${start} How a pause lifts is an Acupress safety default. Lifting it does not end a spot's rest or undo lighter pressure.`,
  };
}
