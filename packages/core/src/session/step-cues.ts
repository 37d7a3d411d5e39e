import { OTHER_SIDE_CUE, TECHNIQUE_CUES } from '../plan/dosing.js';
import type { PlanStep } from '../plan/plan-types.js';

/**
 * The cues of a step that the session player lists while the person finds the spot: the step's
 * own (a vessel beneath, a nerve, a calf to check, a side back after a rest), not the technique
 * cues, which the session speaks as it goes. Never "then the same on the other side" for a step
 * pressed on one side only: a side left out (resting after a bruise, or not chosen) is not to be
 * pressed, and the player must not say otherwise even if a plan still carries the cue.
 */
export function locateCues(step: Pick<PlanStep, 'cues' | 'sides'>): string[] {
  const pressedSides = step.sides.filter((s) => s !== 'midline').length;
  return step.cues.filter(
    (c) => !TECHNIQUE_CUES.includes(c) && (c !== OTHER_SIDE_CUE || pressedSides > 1),
  );
}

export { OTHER_SIDE_CUE };
