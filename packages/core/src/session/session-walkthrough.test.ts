import { describe, expect, it } from 'vitest';
import { stepLogSchema } from './session-record.js';
import {
  advanceSession,
  startSession,
  stepLogs,
  type SessionEvent,
  type SessionState,
} from './session-machine.js';
import { twoPointPlan } from './test-session-plan.js';

// A whole session on a fake clock: BL23 (left, right) then GV3 (midline), 180 s each, with a yes,
// a string of "not yet"s, an unanswered check and a pause. Times are seconds from T0.
const T0 = Date.UTC(2026, 10, 25, 8, 0, 0);

function play(
  state: SessionState,
  script: [number, SessionEvent['type'], object?][],
): SessionState {
  return script.reduce(
    (s, [t, type, extra]) =>
      advanceSession(s, { type, at: T0 + t * 1000, ...extra } as SessionEvent),
    state,
  );
}

describe('a two-point session, start to end', () => {
  const start = startSession(twoPointPlan(), T0);

  // BL23 left: found at 10 s; build to 15; hold to 105; yes 4 s into the check (109);
  // deeper for the other 90 s of steady hold (to 199); release to 204.
  const left = play(start, [
    [10, 'located'],
    [15, 'tick'],
    [105, 'tick'],
    [109, 'answer', { loosened: true }],
    [150, 'tenderness', { value: 2 }],
    [199, 'tick'],
    [204, 'tick'],
  ]);

  // BL23 right: found at 210; hold 215–305; the check goes unanswered (305–320): not yet; 30 s
  // more (to 350); "not yet" after 2 s (352); 30 s (to 382); "not yet" after 1 s (383); the last
  // 30 s (to 413) reach 180 s of steady hold: release to 418, no further question.
  const right = play(left, [
    [210, 'located'],
    [320, 'tick'],
    [350, 'tick'],
    [352, 'answer', { loosened: false }],
    [382, 'tick'],
    [383, 'answer', { loosened: false }],
    [413, 'tick'],
    [418, 'tick'],
  ]);

  // GV3: found at 420; hold 425–515 with a 60 s pause at 455–515 (so to 575); yes at once;
  // deeper for 90 s (to 665), tenderness 1 while releasing; done at 670.
  const done = play(right, [
    [420, 'located'],
    [455, 'pause'],
    [515, 'resume'],
    [575, 'tick'],
    [575, 'answer', { loosened: true }],
    [665, 'tick'],
    [667, 'tenderness', { value: 1 }],
    [670, 'tick'],
  ]);

  it('moves through the sides in order', () => {
    expect([left.index, left.phase]).toEqual([1, 'locate']);
    expect([right.index, right.phase]).toEqual([2, 'locate']);
    expect([done.phase, done.stopped]).toEqual(['done', false]);
    expect(done.cue.text).toMatch(/last point/);
  });

  it('logs exact pressing times, answers and tenderness', () => {
    expect(stepLogs(done)).toEqual([
      {
        stepId: 'BL23',
        side: 'left',
        heldSeconds: 90 + 4 + 90,
        released: true,
        tenderness: 2,
        skipped: false,
      },
      {
        stepId: 'BL23',
        side: 'right',
        heldSeconds: 90 + 15 + 30 + 2 + 30 + 1 + 30,
        released: false,
        skipped: false,
      },
      {
        stepId: 'GV3',
        side: 'midline',
        heldSeconds: 90 + 0 + 90,
        released: true,
        tenderness: 1,
        skipped: false,
      },
    ]);
    for (const log of stepLogs(done)) expect(stepLogSchema.parse(log)).toEqual(log);
  });

  it('ignores everything once done', () => {
    const after = play(done, [
      [700, 'back'],
      [701, 'tenderness', { value: 3 }],
      [702, 'located'],
    ]);
    expect(after).toBe(done);
  });

  it('stopping early logs what was done and marks the rest skipped', () => {
    const stopped = play(left, [
      [210, 'located'],
      [245, 'stop'],
    ]);
    expect([stopped.phase, stopped.stopped]).toEqual(['done', true]);
    expect(stopped.cue.text).toMatch(/^Session stopped/);
    expect(stepLogs(stopped)).toEqual([
      {
        stepId: 'BL23',
        side: 'left',
        heldSeconds: 184,
        released: true,
        tenderness: 2,
        skipped: false,
      },
      { stepId: 'BL23', side: 'right', heldSeconds: 30, released: null, skipped: true },
      { stepId: 'GV3', side: 'midline', heldSeconds: 0, released: null, skipped: true },
    ]);
  });
});
