export * from './plan-types.js';
export { makePlan, planFromInput } from './make-plan.js';
export { referralFromAnswers, referralFor, type ReferralAnswers } from './referral.js';
export {
  HOLD_SECONDS,
  DEFAULT_PRESSURE,
  LIGHT_PRESSURE,
  TECHNIQUE_CUES,
  DOSE_NOTES,
} from './dosing.js';
export { planOutcomeSchema, planSchema, referralSchema, planStepSchema } from './plan-schema.js';
export {
  ashiSides,
  pointSides,
  stepPlaces,
  isCalfPlace,
  siteInCalf,
  type PressedPlace,
  type SidePlaces,
} from './pressed-places.js';
export { judgePlace, type PlaceBlock } from './place-safety.js';
export { ashiWhere } from './ashi-steps.js';
export { siteCover, type SiteCover } from './site-cover.js';
