import { describe, expect, it } from 'vitest';
import { remainingMs, startSession, stepLogs, type SessionState } from './session-machine.js';
import {
  ASHI_STEP,
  BL23_STEP,
  GV3_STEP,
  T0,
  ms,
  run,
  twoPointPlan,
  type Step,
} from './test-session-plan.js';

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
      expect.stringMatching(/^Spot 1 of 3: BL23 Shenshu, left side/),
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
    expect(s.cue.text).toMatch(/^Switch to the right side\. Spot 2 of 3/);
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
