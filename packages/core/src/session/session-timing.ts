import type { Plan } from '../plan/plan-types.js';
import { planStepId } from './session-items.js';

/**
 * How long each timed part of pressing one side lasts. The method (DESIGN.md, "The technique it
 * supports"): build pressure gradually, hold it steady into the knot, wait until it loosens, press
 * deeper, release slowly. The total steady hold per side comes from the plan (its dose and how it
 * relates to Murphy 2019's 3 minutes per point: docs/plan-engine.md); the other lengths below are
 * Acupress defaults, not trial values: no source gives them.
 */
export interface SessionTiming {
  /** Building the pressure: the method says "gradually"; a few seconds (Acupress default). */
  buildMs: number;
  /** Releasing slowly, the same few seconds (Acupress default). */
  releaseMs: number;
  /**
   * How long the "has the knot loosened?" question waits for an answer. No answer counts as "not
   * yet": the phone lies beside the person, who may not be looking, and holding on is the safe
   * reading (it never makes the pressure deeper).
   */
  checkWaitMs: number;
  /** After "not yet": hold this much longer, then ask again (Acupress default). */
  moreHoldMs: number;
}

export const DEFAULT_TIMING: SessionTiming = {
  buildMs: 5_000,
  releaseMs: 5_000,
  checkWaitMs: 15_000,
  moreHoldMs: 30_000,
};

/** The first steady hold before the first check: half of the side's hold time. */
export function firstHoldMs(holdSeconds: number): number {
  return (holdSeconds * 1000) / 2;
}

/**
 * The most times the check can be asked for a side: once after the first half, then after every
 * further `moreHoldMs` that still leaves steady time to go. With 180 s and 30 s: at 90, 120 and 150 s.
 */
export function maxChecks(holdSeconds: number, timing: SessionTiming = DEFAULT_TIMING): number {
  const rest = holdSeconds * 1000 - firstHoldMs(holdSeconds);
  if (rest <= 0) return 0;
  return Math.ceil(rest / timing.moreHoldMs);
}

/**
 * The upper bound of a side's logged pressing time (`heldSeconds` in a step log): the whole hold
 * plus every check's wait, with the default timing. The session player never logs more; a server
 * receiving a log can cap each side's `heldSeconds` at `maxHeldSeconds(step.holdSeconds)`, the
 * step's hold time taken from the plan the session followed (see `maxHeldSecondsFor`). With the
 * default timing, 180 s of hold gives 225 s (180 + 3 checks × 15 s). Exported from
 * '@acupress/core'.
 */
export function maxHeldSeconds(
  holdSeconds: number,
  timing: SessionTiming = DEFAULT_TIMING,
): number {
  return holdSeconds + (maxChecks(holdSeconds, timing) * timing.checkWaitMs) / 1000;
}

/**
 * `maxHeldSeconds` for a step of a plan, by the id logs use (`BL23`, `ashi-1`); undefined when the
 * plan has no such step (a log naming a step outside its plan).
 */
export function maxHeldSecondsFor(
  plan: Pick<Plan, 'steps'>,
  stepId: string,
  timing: SessionTiming = DEFAULT_TIMING,
): number | undefined {
  const step = plan.steps.find((s) => planStepId(s) === stepId);
  return step === undefined ? undefined : maxHeldSeconds(step.holdSeconds, timing);
}
