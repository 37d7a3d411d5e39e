import type { AshiStep, Plan, PointStep } from '../plan/plan-types.js';
import { HOLD_SECONDS, TECHNIQUE_CUES } from '../plan/dosing.js';
import {
  advanceSession,
  startSession,
  type SessionEvent,
  type SessionState,
} from './session-machine.js';

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

// A fake clock for the tests: events are written as [seconds from T0, type, extra fields].
export const T0 = Date.UTC(2026, 10, 25, 8, 0, 0);
export const ms = (seconds: number) => T0 + seconds * 1000;

export type Step = [seconds: number, type: SessionEvent['type'], extra?: Record<string, unknown>];

/** The state after the events, from a fresh two-point session by default. */
export function run(steps: Step[], state = startSession(twoPointPlan(), T0)): SessionState {
  return steps.reduce(
    (s, [t, type, extra]) => advanceSession(s, { type, at: ms(t), ...extra } as SessionEvent),
    state,
  );
}
