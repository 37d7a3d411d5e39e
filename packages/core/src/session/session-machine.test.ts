import { describe, expect, it } from 'vitest';
import {
  advance,
  remainingMs,
  startSession,
  stepLogs,
  type SessionEvent,
  type SessionState,
} from './session-machine.js';
import { ASHI_STEP, BL23_STEP, GV3_STEP, twoPointPlan } from './session-test-plan.js';

// A fake clock: every event carries its time, here in seconds from T0 for readability.
const T0 = Date.UTC(2026, 10, 25, 8, 0, 0);
const ms = (seconds: number) => T0 + seconds * 1000;

type Step = [seconds: number, type: SessionEvent['type'], extra?: Record<string, unknown>];

function run(steps: Step[], state = startSession(twoPointPlan(), T0)): SessionState {
  return steps.reduce(
    (s, [t, type, extra]) => advance(s, { type, at: ms(t), ...extra } as SessionEvent),
    state,
  );
}

describe('items', () => {
  it('are every side of every step in plan order, with the step id and pressure', () => {
    const s = startSession(twoPointPlan([BL23_STEP, GV3_STEP, ASHI_STEP]), T0);
    expect(s.items.map((i) => `${i.stepId}:${i.side}`)).toEqual([
      'BL23:left',
      'BL23:right',
      'GV3:midline',
      'ashi-1:midline',
    ]);
    expect(s.items.every((i) => i.pressureTarget === 5 && i.holdSeconds === 180)).toBe(true);
  });

  it('an empty plan is done at once, with an empty log', () => {
    const s = startSession(twoPointPlan([]), T0);
    expect(s.phase).toBe('done');
    expect(stepLogs(s)).toEqual([]);
  });
});

describe('transitions', () => {
  // [what, events before, expected phase, expected holdingMore]
  const table: [string, Step[], SessionState['phase'], boolean][] = [
    ['starts by finding the spot', [], 'locate', false],
    ['waits there however long it takes', [[600, 'tick']], 'locate', false],
    ['builds pressure once found', [[1, 'located']], 'build', false],
    [
      'holds after 5 s of building',
      [
        [0, 'located'],
        [5, 'tick'],
      ],
      'hold',
      false,
    ],
    [
      'asks after half the hold',
      [
        [0, 'located'],
        [95, 'tick'],
      ],
      'check',
      false,
    ],
    [
      'ignores an answer before the check',
      [
        [0, 'located'],
        [50, 'answer', { loosened: true }],
      ],
      'hold',
      false,
    ],
    [
      'deepens on yes',
      [
        [0, 'located'],
        [95, 'tick'],
        [96, 'answer', { loosened: true }],
      ],
      'deepen',
      false,
    ],
    [
      'holds more on not yet',
      [
        [0, 'located'],
        [95, 'tick'],
        [96, 'answer', { loosened: false }],
      ],
      'hold',
      true,
    ],
    [
      'treats 15 s without an answer as not yet',
      [
        [0, 'located'],
        [110, 'tick'],
      ],
      'hold',
      true,
    ],
    [
      'asks again 30 s later',
      [
        [0, 'located'],
        [95, 'answer', { loosened: false }],
        [125, 'tick'],
      ],
      'check',
      false,
    ],
    [
      'releases when the deeper hold is over',
      [
        [0, 'located'],
        [95, 'answer', { loosened: true }],
        [185, 'tick'],
      ],
      'release',
      false,
    ],
    [
      'goes to the other side after releasing',
      [
        [0, 'located'],
        [95, 'answer', { loosened: true }],
        [190, 'tick'],
      ],
      'locate',
      false,
    ],
    [
      'ignores located while pressing',
      [
        [0, 'located'],
        [3, 'located'],
      ],
      'build',
      false,
    ],
    [
      'stops',
      [
        [0, 'located'],
        [20, 'stop'],
      ],
      'done',
      false,
    ],
  ];
  it.each(table)('%s', (_what, steps, phase, more) => {
    const s = run(steps);
    expect(s.phase).toBe(phase);
    expect(s.holdingMore).toBe(more);
  });

  it('emits a new cue, with a larger seq, at every change of phase', () => {
    let s = startSession(twoPointPlan(), T0);
    const seen = [s.cue];
    for (const e of [
      [0, 'located'],
      [5, 'tick'],
      [95, 'tick'],
      [96, 'answer', { loosened: true }],
    ] as Step[]) {
      s = run([e], s);
      seen.push(s.cue);
    }
    expect(seen.map((c) => c.seq)).toEqual([0, 1, 2, 3, 4]);
    expect(seen.map((c) => c.text)).toEqual([
      expect.stringMatching(/^Point 1 of 3: BL23 Shenshu, left side/),
      expect.stringMatching(/Build the pressure slowly.*about 5 out of 10/),
      expect.stringMatching(/Hold it steady/),
      'Has the knot loosened?',
      expect.stringMatching(/deeper, staying within about 5 out of 10/),
    ]);
    expect(seen[3]!.vibrate?.length).toBeGreaterThan(0);
  });

  it('a tick that changes nothing keeps the cue', () => {
    const s = run([
      [0, 'located'],
      [10, 'tick'],
    ]);
    expect(run([[11, 'tick']], s).cue).toEqual(s.cue);
  });

  it('says to switch sides between left and right', () => {
    const s = run([
      [0, 'located'],
      [95, 'answer', { loosened: true }],
      [190, 'tick'],
    ]);
    expect(s.cue.text).toMatch(/^Switch to the right side\. Point 2 of 3/);
  });

  it('counts down each timed phase, and nothing while finding the spot', () => {
    const s = run([[0, 'located']]);
    expect(remainingMs(s, ms(2))).toBe(3000);
    expect(remainingMs(s, ms(60))).toBe(0);
    expect(
      remainingMs(
        run([
          [0, 'located'],
          [5, 'tick'],
        ]),
        ms(35),
      ),
    ).toBe(60_000);
    expect(remainingMs(startSession(twoPointPlan(), T0), ms(9))).toBeNull();
  });
});

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
