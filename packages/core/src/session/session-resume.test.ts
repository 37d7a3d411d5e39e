import { describe, expect, it } from 'vitest';
import type { Plan } from '../plan/plan-types.js';
import { advanceSession, startSession } from './session-machine.js';
import {
  resumeRefusal,
  type ResumeCare,
  type ResumeRefusal,
  type SavedSession,
} from './session-resume.js';
import { BL23_STEP, GV3_STEP, T0, twoPointPlan } from './test-session-plan.js';

// When a session in progress may resume: within a day (an Acupress default), and only where a new
// session could start (care ready, not paused, no unsent bruise or swelling, the plan still
// asking for what remains at no lower pressure). One row per rule.

const HOUR = 3_600_000;
const PLAN = twoPointPlan();
/** Saved after BL23 left was pressed: BL23 right and GV3 remain. */
const afterFirstSide = () => {
  const s = startSession(PLAN, T0);
  // Skipping the first side moves the machine on to the second: index 1.
  return advanceSession(s, { type: 'skip', at: T0 + 60_000 });
};
const saved = (o: Partial<SavedSession> = {}): SavedSession => ({
  startedAt: new Date(T0).toISOString(),
  pressureTarget: 5,
  plan: PLAN,
  state: afterFirstSide(),
  pressingDone: false,
  ...o,
});
const ready = (plan: Plan = PLAN, o: { status?: 'ready' | 'paused'; target?: number } = {}) =>
  ({
    state: 'ready',
    care: { status: o.status ?? 'ready', pressureTarget: o.target ?? 5, plan },
  }) satisfies ResumeCare;
const withSides = (sides: ('left' | 'right')[]): Plan =>
  twoPointPlan([{ ...BL23_STEP, sides }, GV3_STEP]);

const rows: {
  case: string;
  source: string;
  saved: SavedSession;
  care: ResumeCare;
  unsent?: number;
  at?: number;
  expected: ResumeRefusal | undefined;
}[] = [
  {
    case: 'same plan, an hour later',
    source: 'the rule',
    saved: saved(),
    care: ready(),
    at: T0 + HOUR,
    expected: undefined,
  },
  {
    case: 'just under a day',
    source: 'AcupressDefault 24 h',
    saved: saved(),
    care: ready(),
    at: T0 + 24 * HOUR - 1,
    expected: undefined,
  },
  {
    case: 'a day after its start',
    source: 'AcupressDefault 24 h',
    saved: saved(),
    care: ready(),
    at: T0 + 24 * HOUR,
    expected: 'over-a-day',
  },
  {
    case: 'a start time that cannot be read',
    source: 'safe side',
    saved: saved({ startedAt: 'x' }),
    care: ready(),
    expected: 'over-a-day',
  },
  {
    case: 'pressing is over (the after form is left)',
    source: 'the rule',
    saved: saved({ pressingDone: true }),
    care: ready(),
    expected: 'pressing-done',
  },
  {
    case: 'care still loading',
    source: 'the rule: checked like a start',
    saved: saved(),
    care: { state: 'loading' },
    expected: 'care-loading',
  },
  {
    case: 'no plan in the record',
    source: 'the rule',
    saved: saved(),
    care: { state: 'no-plan' },
    expected: 'no-plan',
  },
  {
    case: 'care could not be loaded',
    source: 'the rule',
    saved: saved(),
    care: { state: 'failed' },
    expected: 'care-failed',
  },
  {
    case: 'sessions paused (swelling, worse pain)',
    source: 'docs/care.md: a pause stops sessions',
    saved: saved(),
    care: ready(PLAN, { status: 'paused' }),
    expected: 'paused',
  },
  {
    case: 'an unsent log reports a bruise',
    source: 'the plan does not rest it yet',
    saved: saved(),
    care: ready(),
    unsent: 1,
    expected: 'unsent-marks',
  },
  {
    case: 'a side still to press rests now (BL23 right)',
    source: 'docs/care.md: a bruised side rests',
    saved: saved(),
    care: ready(withSides(['left'])),
    expected: 'plan-changed',
  },
  {
    case: 'only a side already pressed rests (BL23 left)',
    source: 'the rule: what remains',
    saved: saved(),
    care: ready(withSides(['right'])),
    expected: undefined,
  },
  {
    case: 'the pressure target was lowered',
    source: 'docs/care.md: lighter pressure',
    saved: saved(),
    care: ready(PLAN, { target: 4 }),
    expected: 'plan-changed',
  },
  {
    case: 'a step’s own target was lowered',
    source: 'docs/care.md: lighter pressure',
    saved: saved(),
    care: ready(twoPointPlan([BL23_STEP, { ...GV3_STEP, pressureTarget: 4 }])),
    expected: 'plan-changed',
  },
  {
    case: 'not saved by the player yet: the whole plan remains',
    source: 'the rule',
    saved: saved({ state: null }),
    care: ready(withSides(['right'])),
    expected: 'plan-changed',
  },
  {
    case: 'over a day beats a pause: only logging is left either way',
    source: 'the rule’s order',
    saved: saved(),
    care: ready(PLAN, { status: 'paused' }),
    at: T0 + 25 * HOUR,
    expected: 'over-a-day',
  },
];

describe('resumeRefusal', () => {
  it.each(rows)('$case: $expected ($source)', (row) => {
    expect(resumeRefusal(row.saved, row.care, row.unsent ?? 0, row.at ?? T0 + HOUR)).toBe(
      row.expected,
    );
  });
});
