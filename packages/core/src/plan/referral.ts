import type { Assessment } from '../assessment/assessment-schema.js';
import { PAIN_REGION_BY_ID } from '../assessment/pain-regions.js';
import type { RedFlagOutcome } from '../assessment/red-flags.js';
import type { Referral } from './plan-types.js';

const DURATION: Record<Assessment['duration'], string> = {
  acute: 'less than 6 weeks',
  subacute: '6 to 12 weeks',
  chronic: 'more than 12 weeks',
};

/** The referral and the printable summary of what the person reported. */
export function referralFor(a: Assessment, outcome: RedFlagOutcome): Referral {
  const radiation =
    a.radiation.side === 'none'
      ? 'does not spread down a leg'
      : `spreads down ${a.radiation.side === 'both' ? 'both legs' : `the ${a.radiation.side} leg`}, ${a.radiation.extent === 'below-knee' ? 'below the knee' : 'above the knee'}`;
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
          `${PAIN_REGION_BY_ID.get(m.region)!.label}: ${m.intensity}/10, ${m.quality.replace('-', ' or ')}`,
      ),
      radiation,
      duration: DURATION[a.duration],
      onset: a.onset === 'sudden-strain' ? 'started suddenly with a strain' : 'came on gradually',
      ...(a.questionnaires.nrs !== undefined ? { nrs: a.questionnaires.nrs } : {}),
    },
  };
}
