import { readFileSync } from 'node:fs';
import type { Plan } from '@acupress/core';
import { describe, expect, it } from 'vitest';
import { sessionLog, sessionStart } from '../testing/test-sessions.js';
import { heldCeiling, logIssues } from './practice-session-checks.js';

const plan = JSON.parse(
  readFileSync(new URL('../../../../docs/examples/plan.json', import.meta.url), 'utf8'),
) as Plan;
const session = {
  id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  ...sessionStart('3f2b8c1e-4a5d-4e6f-8a7b-9c0d1e2f3a4b'),
};

describe('how long a logged side may be held', () => {
  it('is the plan step’s hold plus every check’s wait (180 s: 225 s)', () => {
    expect(heldCeiling(plan, 'BL23')).toBe(225);
    const shorter = { steps: plan.steps.map((s) => ({ ...s, holdSeconds: 60 })) };
    // 60 s: one check at 30 s, its 15 s wait.
    expect(heldCeiling(shorter, 'BL23')).toBe(75);
  });

  it('falls back to the plans’ hold for a step outside the plan, or without the plan', () => {
    expect(heldCeiling(plan, 'ashi-9')).toBe(225);
    expect(heldCeiling(undefined, 'BL23')).toBe(225);
  });

  it('names each side held too long, and each side logged twice', () => {
    const log = sessionLog();
    const steps = [{ ...log.steps[0]!, heldSeconds: 226 }, log.steps[1]!, log.steps[0]!];
    expect(logIssues(session, { ...log, steps }, plan).map((i) => i.field)).toEqual([
      'steps.0.heldSeconds',
      'steps.2',
    ]);
  });
});
