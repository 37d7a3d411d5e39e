import { describe, expect, it } from 'vitest';
import * as core from '../index.js';
import { twoPointPlan } from './test-session-plan.js';

// The cap on a logged hold time, as the server uses it: exported from '@acupress/core'.

describe('maxHeldSeconds', () => {
  it.each([
    {
      holdSeconds: 180,
      max: 225,
      source: 'Murphy 2019 3 min + 3 checks × 15 s (Acupress default)',
    },
    { holdSeconds: 60, max: 75, source: 'checks at 30 s; 1 × 15 s' },
    { holdSeconds: 0, max: 0, source: 'nothing to hold' },
  ])('$holdSeconds s of hold: at most $max s logged ($source)', ({ holdSeconds, max }) => {
    expect(core.maxHeldSeconds(holdSeconds)).toBe(max);
  });

  it('by step id from a plan; undefined for a step outside it', () => {
    const plan = twoPointPlan();
    const step = plan.steps[0];
    if (!step) throw new Error('test plan has no step');
    expect(core.maxHeldSecondsFor(plan, core.planStepId(step))).toBe(
      core.maxHeldSeconds(step.holdSeconds),
    );
    expect(core.maxHeldSecondsFor(plan, 'GB30')).toBeUndefined();
  });
});
