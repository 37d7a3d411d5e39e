export * from './plan-types.js';
export { makePlan, planFromInput } from './make-plan.js';
export { HOLD_SECONDS, DEFAULT_PRESSURE, LIGHT_PRESSURE, TECHNIQUE_CUES } from './dosing.js';
export { planOutcomeSchema, planSchema, referralSchema, planStepSchema } from './plan-schema.js';
