import type { Assessment } from '../assessment/assessment-schema.js';
import type { Statement } from './plan-types.js';
import type { SourceKey } from '../atlas/types.js';

/** Murphy 2019 (clinical-facts §3): self-administered, 3 minutes per point. */
export const HOLD_SECONDS = 180;

/**
 * Starting pressure on a 0–10 discomfort scale. Not a trial value (no trial in clinical-facts
 * gives one): an Acupress default, moderate because the few side effects in Murphy 2019 came from
 * too much pressure. The person adjusts it; later sessions lower it after soreness or bruising.
 */
export const DEFAULT_PRESSURE = 5;
/** Lighter pressure where clinical-facts §5 says "caution: lighter pressure, watch for bruising". */
export const LIGHT_PRESSURE = 3;

export interface Pressure {
  target: number;
  reason: string;
  source: SourceKey;
  watch: Statement[];
}

export function pressureFor(profile: Assessment['profile']): Pressure {
  if (profile.bleedingRisk || profile.boneFragility) {
    const why = [
      profile.bleedingRisk
        ? 'a higher risk of bleeding (anticoagulants, a bleeding disorder or low platelets)'
        : '',
      profile.boneFragility ? 'fragile bones (osteoporosis or long-term steroids)' : '',
    ]
      .filter(Boolean)
      .join(' and ');
    return {
      target: LIGHT_PRESSURE,
      reason: `Lighter pressure, at most ${LIGHT_PRESSURE} out of 10, because you reported ${why}.`,
      source: 'AcupressSafety',
      watch: [
        {
          text: 'Look at each spot after the session. If a bruise appears, leave that spot alone until it has faded and tell your clinician.',
          source: 'AcupressSafety',
        },
      ],
    };
  }
  return {
    target: DEFAULT_PRESSURE,
    reason: `Firm but comfortable, about ${DEFAULT_PRESSURE} out of 10: a starting value, not a trial's. Too much pressure caused the few side effects seen in a trial of self-acupressure (Murphy 2019).`,
    source: 'AcupressDefault',
    watch: [
      {
        text: 'Some soreness after pressing is common; if a spot stays sore the next day, press it more lightly next time.',
        source: 'Murphy2019',
      },
    ],
  };
}

/** How to press, in the order of the method (DESIGN.md "The technique it supports"). */
export const TECHNIQUE_CUES: readonly string[] = [
  'Build the pressure slowly over a few breaths until you reach the target.',
  'Hold steady, aimed into the tight spot; do not rub.',
  'When the knot eases, press a little deeper, staying within the target.',
  'Release slowly.',
];

/**
 * The cue of a step pressed on both sides. Only for two sides: when one side rests (care) or is
 * not chosen, the step must not tell the person to press the other.
 */
export const OTHER_SIDE_CUE = 'Then the same on the other side.';
