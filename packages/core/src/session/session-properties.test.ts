import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceSession, startSession, stepLogs, type SessionEvent } from './session-machine.js';
import { stepLogSchema } from './session-record.js';
import { maxHeldSeconds } from './session-timing.js';
import { ASHI_STEP, BL23_STEP, GV3_STEP, twoPointPlan } from './test-session-plan.js';

// Random event sequences, with gaps of any length and clocks that sometimes jump back.
const T0 = Date.UTC(2026, 10, 25, 8, 0, 0);

const eventArb = fc.record({
  // Mostly forward, sometimes long, sometimes backwards (a clock set back).
  gap: fc.oneof(
    fc.integer({ min: 0, max: 20_000 }),
    fc.integer({ min: 0, max: 400_000 }),
    fc.integer({ min: -60_000, max: 0 }),
  ),
  event: fc.oneof(
    fc
      .constantFrom('tick', 'located', 'pause', 'resume', 'skip', 'back', 'stop')
      .map((type) => ({ type })),
    fc.boolean().map((loosened) => ({ type: 'answer', loosened })),
    fc.record({ type: fc.constant('tenderness'), value: fc.integer({ min: -1, max: 4 }) }),
  ),
});

const planArb = fc
  .subarray([BL23_STEP, GV3_STEP, ASHI_STEP, { ...BL23_STEP, sides: ['right' as const] }], {
    minLength: 1,
  })
  .chain((steps) =>
    fc.tuple(
      fc.constant(steps),
      fc.array(fc.constantFrom(0, 45, 60, 121, 180, 300), {
        minLength: steps.length,
        maxLength: steps.length,
      }),
    ),
  )
  .map(([steps, holds]) => twoPointPlan(steps.map((s, i) => ({ ...s, holdSeconds: holds[i]! }))));

describe('the session machine, on any sequence of events', () => {
  it('keeps its invariants', () => {
    fc.assert(
      fc.property(planArb, fc.array(eventArb, { maxLength: 80 }), (plan, events) => {
        let s = startSession(plan, T0);
        let clock = T0;
        let lastAt = s.at;
        let lastSeq = s.cue.seq;
        const expectedIds = s.items.map((i) => `${i.stepId}:${i.side}`);
        for (const { gap, event } of events) {
          clock += gap;
          const wasDone = s.phase === 'done';
          const before = s;
          s = advanceSession(s, { ...event, at: clock } as SessionEvent);
          if (wasDone) expect(s).toBe(before); // done is terminal
          expect(s.at).toBeGreaterThanOrEqual(lastAt); // time never runs backwards
          expect(s.cue.seq).toBeGreaterThanOrEqual(lastSeq);
          lastAt = s.at;
          lastSeq = s.cue.seq;
          const logs = stepLogs(s);
          expect(logs.map((l) => `${l.stepId}:${l.side}`)).toEqual(expectedIds);
          logs.forEach((log, i) => {
            expect(Number.isInteger(log.heldSeconds)).toBe(true);
            expect(log.heldSeconds).toBeGreaterThanOrEqual(0);
            expect(log.heldSeconds).toBeLessThanOrEqual(maxHeldSeconds(s.items[i]!.holdSeconds));
            if (log.tenderness !== undefined) expect([0, 1, 2, 3]).toContain(log.tenderness);
            expect(stepLogSchema.safeParse(log).success).toBe(true);
          });
          expect(s.index).toBeGreaterThanOrEqual(0);
          expect(s.index).toBeLessThanOrEqual(s.items.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('with only ticks and answers, always reaches the end with every side fully held', () => {
    fc.assert(
      fc.property(planArb, fc.array(fc.boolean(), { maxLength: 10 }), (plan, answers) => {
        let s = startSession(plan, T0);
        let t = T0;
        for (let guard = 0; s.phase !== 'done' && guard < 10_000; guard++) {
          t += 1000;
          if (s.phase === 'locate') s = advanceSession(s, { type: 'located', at: t });
          else if (s.phase === 'check' && answers.length)
            s = advanceSession(s, { type: 'answer', at: t, loosened: answers.shift()! });
          else s = advanceSession(s, { type: 'tick', at: t });
        }
        expect(s.phase).toBe('done');
        stepLogs(s).forEach((log, i) => {
          expect(log.skipped).toBe(false);
          expect(log.heldSeconds).toBeGreaterThanOrEqual(s.items[i]!.holdSeconds);
        });
      }),
    );
  });
});
