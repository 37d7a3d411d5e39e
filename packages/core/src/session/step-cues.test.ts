import { describe, expect, it } from 'vitest';
import { OTHER_SIDE_CUE, TECHNIQUE_CUES } from '../plan/dosing.js';
import type { PlanSide } from '../plan/plan-types.js';
import { locateCues } from './step-cues.js';

// What the player lists while the person finds a spot (DESIGN.md, the method: both sides for
// bilateral points; issue 9: never the other side of a step whose other side rests).

const VESSEL = 'Light pressure only: a blood vessel runs beneath. Move off if you feel a pulse.';
const cues = [...TECHNIQUE_CUES, VESSEL, OTHER_SIDE_CUE];

const rows: { case: string; source: string; sides: PlanSide[]; expected: string[] }[] = [
  {
    case: 'both sides: the step’s own cues, the other side included',
    source: 'DESIGN.md: both sides for bilateral points',
    sides: ['left', 'right'],
    expected: [VESSEL, OTHER_SIDE_CUE],
  },
  {
    case: 'left only (the right rests): no other side',
    source: 'issue 9: a resting side is never pressed',
    sides: ['left'],
    expected: [VESSEL],
  },
  {
    case: 'right only: no other side',
    source: 'issue 9',
    sides: ['right'],
    expected: [VESSEL],
  },
  {
    case: 'midline: no other side',
    source: 'a midline point has one',
    sides: ['midline'],
    expected: [VESSEL],
  },
];

describe('locateCues', () => {
  it.each(rows)('$case ($source)', ({ sides, expected }) => {
    expect(locateCues({ sides, cues })).toEqual(expected);
  });
});
