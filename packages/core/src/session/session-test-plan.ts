import type { AshiStep, Plan, PointStep } from '../plan/plan-types.js';
import { HOLD_SECONDS, TECHNIQUE_CUES } from '../plan/dosing.js';

// Small plans for the session machine's tests (and the player's): one bilateral point, one
// midline point, optionally a tender spot.

const common = {
  holdSeconds: HOLD_SECONDS,
  pressureTarget: 5,
  cues: [...TECHNIQUE_CUES],
  position: 'Lying on your back on a firm surface.',
  reason: 'A main point for low back pain in the standard text.',
  source: 'CAM' as const,
};

export const BL23_STEP: PointStep = {
  ...common,
  kind: 'point',
  pointId: 'BL23',
  name: 'BL23 Shenshu',
  sides: ['left', 'right'],
};

export const GV3_STEP: PointStep = {
  ...common,
  kind: 'point',
  pointId: 'GV3',
  name: 'GV3 Yaoyangguan',
  sides: ['midline'],
};

export const ASHI_STEP: AshiStep = {
  ...common,
  kind: 'ashi',
  ashiIndex: 0,
  label: 'Tender spot 1 (lower back)',
  template: 'posterior',
  x: 100,
  y: 200,
  sides: ['midline'],
};

/** BL23 on both sides, then GV3 on the midline: three sides to press. */
export function twoPointPlan(steps: Plan['steps'] = [BL23_STEP, GV3_STEP]): Plan {
  return {
    kind: 'plan',
    steps,
    decisions: [],
    totalSeconds: steps.reduce((t, s) => t + s.holdSeconds * s.sides.length, 0),
    budgetSeconds: 1800,
    pressure: { target: 5, reason: 'A starting value.', source: 'AcupressDefault' },
    watch: [],
    notes: [],
  };
}
