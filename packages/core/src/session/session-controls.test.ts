import { describe, expect, it } from 'vitest';
import { remainingMs, stepLogs } from './session-machine.js';
import { ms, run } from './test-session-plan.js';

// Pause, skip, back, tenderness and a clock set back, on a fake clock.

describe('pause', () => {
  it('freezes the countdown and is not counted as pressing', () => {
    const paused = run([
      [0, 'located'],
      [5, 'tick'],
      [35, 'pause'],
    ]);
    expect(paused.cue.text).toMatch(/^Paused/);
    expect(remainingMs(paused, ms(500))).toBe(60_000);
    const resumed = run([[500, 'resume']], paused);
    expect(resumed.cue.text).toMatch(/^Carrying on\. Hold it steady/);
    const checked = run([[560, 'tick']], resumed);
    expect(checked.phase).toBe('check');
    expect(stepLogs(checked)[0]!.heldSeconds).toBe(90);
  });

  it('ignores answers while paused, and a second pause', () => {
    const s = run([
      [0, 'located'],
      [95, 'tick'],
      [96, 'pause'],
      [97, 'pause'],
      [98, 'answer', { loosened: true }],
    ]);
    expect(s.phase).toBe('check');
    expect(s.paused).toBe(true);
    expect(
      run(
        [
          [99, 'resume'],
          [100, 'resume'],
        ],
        s,
      ).cue.seq,
    ).toBe(s.cue.seq + 1);
  });
});

describe('skip, back and tenderness', () => {
  it('skip keeps the time pressed so far and moves on', () => {
    const s = run([
      [0, 'located'],
      [45, 'skip'],
    ]);
    expect(s.index).toBe(1);
    expect(s.phase).toBe('locate');
    expect(s.cue.text).toMatch(/^Skipped\. Switch to the right side/);
    expect(stepLogs(s)[0]).toEqual({
      stepId: 'BL23',
      side: 'left',
      heldSeconds: 40,
      released: null,
      skipped: true,
    });
  });

  it('skipping while releasing is not a skip: the hold was complete', () => {
    const s = run([
      [0, 'located'],
      [95, 'answer', { loosened: true }],
      [186, 'skip'],
    ]);
    expect(stepLogs(s)[0]).toMatchObject({ heldSeconds: 180, released: true, skipped: false });
  });

  it('back returns to the start of the previous side and clears its record', () => {
    const s = run([
      [0, 'located'],
      [95, 'answer', { loosened: true }],
      [190, 'tick'],
      [191, 'tenderness', { value: 2 }],
      [192, 'located'],
      [200, 'back'],
    ]);
    expect(s.index).toBe(0);
    expect(s.phase).toBe('locate');
    expect(stepLogs(s).slice(0, 2)).toEqual([
      { stepId: 'BL23', side: 'left', heldSeconds: 0, released: null, skipped: false },
      { stepId: 'BL23', side: 'right', heldSeconds: 0, released: null, skipped: false },
    ]);
  });

  it('back on the first side starts it again', () => {
    const s = run([
      [0, 'located'],
      [30, 'back'],
    ]);
    expect([s.index, s.phase, stepLogs(s)[0]!.heldSeconds]).toEqual([0, 'locate', 0]);
  });

  it('tenderness goes to the side being pressed, or the one just finished', () => {
    const s = run([
      [0, 'located'],
      [20, 'tenderness', { value: 1 }],
      [95, 'answer', { loosened: true }],
      [190, 'tick'],
      [191, 'tenderness', { value: 3 }],
    ]);
    expect(stepLogs(s)[0]!.tenderness).toBe(3);
    const t = run([
      [0, 'located'],
      [20, 'tenderness', { value: 1 }],
    ]);
    expect(stepLogs(t)[0]!.tenderness).toBe(1);
  });

  it('tenderness outside 0–3, or for a side not reached, is ignored', () => {
    const s = run([
      [1, 'tenderness', { value: 2 }],
      [2, 'tenderness', { value: 4 }],
      [3, 'tenderness', { value: 1.5 }],
      [4, 'tenderness', { value: 2, item: 2 }],
    ]);
    expect(stepLogs(s).some((l) => 'tenderness' in l)).toBe(false);
  });
});

describe('time going backwards', () => {
  it('an event dated before the last one is applied at the last time', () => {
    const s = run([
      [0, 'located'],
      [50, 'tick'],
      [10, 'answer', { loosened: true }],
      [20, 'tick'],
    ]);
    expect(s.at).toBe(ms(50));
    expect(s.phase).toBe('hold');
    expect(
      stepLogs(
        run(
          [
            [95, 'tick'],
            [60, 'answer', { loosened: true }],
          ],
          s,
        ),
      )[0]!.released,
    ).toBe(true);
    expect(run([[Number.NaN, 'tick']], s).at).toBe(ms(50));
  });
});
