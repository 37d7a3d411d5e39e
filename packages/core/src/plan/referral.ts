import type { Assessment } from '../assessment/assessment-schema.js';
import { referralFlags, type FlagAnswers } from '../assessment/implied-flags.js';
import { PAIN_REGION_BY_ID } from '../assessment/pain-regions.js';
import { redFlagOutcome } from '../assessment/red-flags.js';
import type { Referral } from './plan-types.js';

const DURATION: Record<Assessment['duration'], string> = {
  acute: 'less than 6 weeks',
  subacute: '6 to 12 weeks',
  chronic: 'more than 12 weeks',
};

const NOT_ANSWERED = 'not answered yet';

/**
 * The answers a referral is made from: the red flags (any may still be unanswered, which is never
 * a yes nor a no), the answers that imply flags, and what the summary for a doctor reports. A
 * check-in can ask for its referral as soon as one flag is raised, before the later questions.
 */
export interface ReferralAnswers extends FlagAnswers {
  pain: readonly { region: string; intensity: number; quality: string }[];
  radiation?: Assessment['radiation'];
  duration?: Assessment['duration'];
  nrs?: number;
}

function radiationText(r: ReferralAnswers['radiation']): string {
  if (!r) return NOT_ANSWERED;
  if (r.side === 'none') return 'does not spread down a leg';
  const legs = r.side === 'both' ? 'both legs' : `the ${r.side} leg`;
  const extent = !r.extent
    ? ''
    : r.extent === 'below-knee'
      ? ', below the knee'
      : ', above the knee';
  return `spreads down ${legs}${extent}`;
}

/**
 * The referral for the answers given so far, or null when they raise no red flag: how urgently to
 * see whom, why, and a summary of what the person reported for their doctor. Answers not given
 * yet are reported as such, never filled in.
 */
export function referralFromAnswers(a: ReferralAnswers): Referral | null {
  const flags = referralFlags(a);
  if (flags.length === 0) return null;
  const outcome = redFlagOutcome(flags);
  if (!outcome) return null;
  return {
    kind: 'referral',
    urgency: outcome.urgency,
    advice: outcome.advice,
    groups: outcome.groups.map((g) => ({
      group: g.group,
      label: g.label,
      urgency: g.urgency,
      flags: g.flags.map((f) => ({ id: f.id, reported: f.reported })),
    })),
    summary: {
      reported: outcome.groups.flatMap((g) => g.flags.map((f) => f.reported)),
      pain: a.pain.map(
        (m) =>
          `${PAIN_REGION_BY_ID.get(m.region)?.label ?? m.region}: ${m.intensity}/10, ${m.quality.replace('-', ' or ')}`,
      ),
      radiation: radiationText(a.radiation),
      duration: a.duration ? DURATION[a.duration] : NOT_ANSWERED,
      onset: !a.onset
        ? NOT_ANSWERED
        : a.onset === 'sudden-strain'
          ? 'started suddenly with a strain'
          : 'came on gradually',
      ...(a.nrs !== undefined ? { nrs: a.nrs } : {}),
    },
  };
}

/** The referral of a whole assessment, if its answers raise a red flag. */
export function referralFor(a: Assessment): Referral | null {
  const nrs = a.questionnaires.nrs;
  return referralFromAnswers(nrs === undefined ? a : { ...a, nrs });
}
