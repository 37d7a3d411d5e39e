import { lowerTarget } from './pressure-adjustment.js';
import { returningCue, type RestingSite } from './site-rest.js';
import { SITE_REST_HOURS } from './care-defaults.js';
import { OTHER_SIDE_CUE } from '../plan/dosing.js';
import type { Decision, Plan, PlanStep } from '../plan/plan-types.js';

// The next session's plan: a copy of the check-in's plan with resting sides removed (a step with
// no side left is dropped, with a safety decision saying why), every pressure target lowered by
// the same drop (each floored on its own, never raised), the total time recomputed, and a first
// cue on a step whose side is back after a rest: check the mark has faded before pressing. A step
// left with one side loses its "then the same on the other side" cue: the other side is resting.

/** A step's id as sessions and decisions name it: its atlas id, or `ashi-<n>` (1-based). */
export const stepIdOf = (s: PlanStep): string =>
  s.kind === 'point' ? s.pointId : `ashi-${s.ashiIndex + 1}`;

export const stepLabel = (s: PlanStep): string => (s.kind === 'point' ? s.name : s.label);

const restReason = (rests: RestingSite[]): string => {
  const bruise = rests.some((r) => r.problem === 'bruising');
  const swelling = rests.some((r) => r.problem === 'swelling');
  const what = bruise && swelling ? 'a bruise or swelling' : bruise ? 'a bruise' : 'swelling';
  return `Left out for now: you reported ${what} here. Do not press on a bruise or a swollen area; resting it at least ${SITE_REST_HOURS} hours is an Acupress safety default.`;
};

export function adaptPlan(
  plan: Plan,
  resting: readonly RestingSite[],
  pressureTarget: number,
  drop: number,
  returning: readonly RestingSite[] = [],
): Plan {
  const steps: PlanStep[] = [];
  const decisions: Decision[] = plan.decisions.map((d) => ({ ...d, sides: [...d.sides] }));
  for (const step of plan.steps) {
    const id = stepIdOf(step);
    const rests = resting.filter((r) => r.stepId === id && step.sides.includes(r.side));
    const sides = step.sides.filter((side) => !rests.some((r) => r.side === side));
    if (rests.length > 0) {
      // The "included" decision now names only the sides still pressed (or goes, with the step).
      for (let i = decisions.length - 1; i >= 0; i--) {
        const d = decisions[i];
        if (!d || d.id !== id || !d.included) continue;
        d.sides = d.sides.filter((side) => sides.includes(side));
        if (d.sides.length === 0) decisions.splice(i, 1);
      }
      decisions.push({
        category: 'safety',
        id,
        included: false,
        sides: rests.map((r) => r.side),
        reason: restReason(rests),
        source: 'AcupressSafety',
      });
    }
    if (sides.length === 0) continue;
    const back = returning.filter((r) => r.stepId === id && sides.includes(r.side));
    const cues = sides.length > 1 ? step.cues : step.cues.filter((c) => c !== OTHER_SIDE_CUE);
    steps.push({
      ...step,
      sides,
      cues: [...back.map(returningCue), ...cues],
      pressureTarget: lowerTarget(step.pressureTarget, drop),
    });
  }
  const target = Math.min(plan.pressure.target, pressureTarget);
  return {
    ...plan,
    steps,
    decisions,
    totalSeconds: steps.reduce((t, s) => t + s.holdSeconds * s.sides.length, 0),
    pressure:
      target < plan.pressure.target
        ? {
            target,
            reason: `Lighter than the plan's ${plan.pressure.target} out of 10, at about ${target}: your sessions showed signs of too much pressure (see the changes). Lowering the target after such signs, and the size of each step, are Acupress defaults.`,
            source: 'AcupressDefault',
          }
        : { ...plan.pressure },
    watch: plan.watch.map((w) => ({ ...w })),
    notes: plan.notes.map((n) => ({ ...n })),
  };
}
