import { RED_FLAG_IDS } from '../assessment/red-flags.js';
import type { AssessmentInput } from '../assessment/assessment-schema.js';

/** A valid assessment with no red flags: chronic middle lower-back pain, 30 minutes. For tests and benches. */
export function baseAssessment(): AssessmentInput {
  return {
    pain: [{ region: 'lumbar-midline', intensity: 6, quality: 'aching' }],
    radiation: { side: 'none' },
    duration: 'chronic',
    onset: 'gradual',
    redFlags: Object.fromEntries(
      RED_FLAG_IDS.map((id) => [id, false]),
    ) as AssessmentInput['redFlags'],
    profile: {
      pregnancy: 'no',
      bleedingRisk: false,
      boneFragility: false,
      fragileSkin: false,
      sites: [],
    },
    questionnaires: {},
    ashi: [],
    preferences: { mode: 'practitioner', minutes: 30, sides: 'both' },
  };
}
