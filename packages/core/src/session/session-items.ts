import type { Plan, PlanSide, PlanStep } from '../plan/plan-types.js';

/** One side of one plan step: what the guided session presses, one after the other. */
export interface SessionItem {
  /** Index of the step in the plan. */
  stepIndex: number;
  /** The step id used in logs: the atlas id, or `ashi-<n>` (1-based, as plan decisions name it). */
  stepId: string;
  side: PlanSide;
  /** What to call it on screen and aloud: "BL23 Shenshu", "Tender spot 1 (lower back)". */
  label: string;
  /** Target on the 0–10 discomfort scale; building and deepening stay within it. */
  pressureTarget: number;
  /** The most steady pressing time for this side: the plan step's hold (its dose: docs/plan-engine.md). */
  holdSeconds: number;
}

/** A step's id in logs and decisions: `BL23`, or `ashi-1` for the first tender spot. */
export function planStepId(step: PlanStep): string {
  return step.kind === 'point' ? step.pointId : `ashi-${step.ashiIndex + 1}`;
}

export function planStepLabel(step: PlanStep): string {
  return step.kind === 'point' ? step.name : step.label;
}

/**
 * Every side of every step, in plan order: a bilateral step gives left then right, a midline
 * step (or a step kept to one side) gives one item.
 */
export function sessionItems(plan: Pick<Plan, 'steps'>): SessionItem[] {
  return plan.steps.flatMap((step, stepIndex) => {
    const sides: PlanSide[] = step.sides.includes('midline')
      ? ['midline']
      : (['left', 'right'] as const).filter((s) => step.sides.includes(s));
    return sides.map((side) => ({
      stepIndex,
      stepId: planStepId(step),
      side,
      label: planStepLabel(step),
      pressureTarget: step.pressureTarget,
      holdSeconds: Number.isFinite(step.holdSeconds) ? Math.max(0, step.holdSeconds) : 0,
    }));
  });
}
