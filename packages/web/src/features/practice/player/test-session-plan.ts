import { HOLD_SECONDS, TECHNIQUE_CUES, type Plan, type PlanStep } from '@acupress/core';

// A two-point plan for the player's tests: BL23 on both sides, then GV3 on the midline.

const common = {
  holdSeconds: HOLD_SECONDS,
  pressureTarget: 5,
  cues: [...TECHNIQUE_CUES],
  position: 'Lying on your front on a firm surface.',
  reason: 'A main point for low back pain in the standard text.',
  source: 'CAM' as const,
};

const steps: PlanStep[] = [
  { ...common, kind: 'point', pointId: 'BL23', name: 'BL23 Shenshu', sides: ['left', 'right'] },
  { ...common, kind: 'point', pointId: 'GV3', name: 'GV3 Yaoyangguan', sides: ['midline'] },
];

export const TWO_POINT_PLAN: Plan = {
  kind: 'plan',
  steps,
  decisions: [],
  totalSeconds: 3 * HOLD_SECONDS,
  budgetSeconds: 1800,
  pressure: { target: 5, reason: 'A starting value.', source: 'AcupressDefault' },
  watch: [],
  notes: [],
};
