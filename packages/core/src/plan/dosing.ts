import type { Assessment } from '../assessment/assessment-schema.js';
import type { Statement } from './plan-types.js';
import type { SourceKey } from '../atlas/types.js';

/**
 * Hold time for each side of a point. Murphy 2019 pressed each point for 3 minutes
 * (docs/clinical-sources.md#protocols); Acupress holds each side of a two-sided point that long,
 * one side after the other, so such a point takes 6 minutes: an Acupress choice, and the plan
 * says so (DOSE_NOTES).
 */
export const HOLD_SECONDS = 180;

/** What the plan says about its dose: the trial's, and where Acupress differs from it. */
export const DOSE_NOTES: readonly Statement[] = [
  {
    text: 'Murphy 2019 pressed each point for 3 minutes, 27–30 minutes a day, for 6 weeks.',
    source: 'Murphy2019',
  },
  {
    text: 'Acupress holds each side of a two-sided point for 3 minutes, one side after the other, so such a point takes 6 minutes: an Acupress choice, not the trial’s dose.',
    source: 'AcupressDefault',
  },
];

/**
 * Starting pressure on a 0–10 discomfort scale. Not a trial value (no source gives one): an
 * Acupress default, moderate because the few side effects in Murphy 2019 came from too much
 * pressure. The person adjusts it; later sessions lower it after soreness or bruising.
 */
export const DEFAULT_PRESSURE = 5;
/**
 * Lighter pressure where the sources say "caution: lighter pressure, watch for bruising"
 * (docs/clinical-sources.md#do-not-press); the number itself is an Acupress default.
 */
export const LIGHT_PRESSURE = 3;

export interface Pressure {
  target: number;
  reason: string;
  source: SourceKey;
  watch: Statement[];
}

export function pressureFor(profile: Assessment['profile']): Pressure {
  const why = [
    profile.bleedingRisk
      ? 'a higher risk of bleeding (anticoagulants, a bleeding disorder or low platelets)'
      : '',
    profile.fragileSkin ? 'fragile skin' : '',
    profile.boneFragility ? 'fragile bones (osteoporosis or long-term steroids)' : '',
  ].filter(Boolean);
  if (why.length) {
    return {
      target: LIGHT_PRESSURE,
      reason: `Lighter pressure, at most ${LIGHT_PRESSURE} out of 10, because you reported ${why.join(' and ')}.`,
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

/** How to press, in the order of the method (docs/plan-engine.md#dose). */
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
