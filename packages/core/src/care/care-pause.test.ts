import { describe } from 'vitest';
import { at, careInput } from './care-fixtures.js';
import { runRows, S, worse, type Row } from './care-table.js';

const rows: Row[] = [
  // Pauses: §5 (swollen areas); two worse sessions running = AcupressSafety
  {
    case: 'swelling after a session pauses',
    source: '§5 do not press on swollen areas',
    input: careInput([S(0, { swelling: ['BL23:left'] })], at(0, 2)),
    expected: { status: 'paused', pauses: ['paused-swelling'], resting: ['BL23:left'] },
  },
  {
    case: 'swelling the next day pauses',
    source: '§5',
    input: careInput([S(0, { nextDay: { swelling: ['GV3:midline'] } })], at(1, 2)),
    expected: { status: 'paused', pauses: ['paused-swelling'] },
  },
  {
    case: 'swelling lifts with a clear next-day check (site still rests)',
    source: 'AcupressSafety lift rule',
    input: careInput([S(0, { swelling: ['BL23:left'], nextDay: { nrs: 4 } })], at(1, 2)),
    expected: { status: 'ready', pauses: [], resting: ['BL23:left'] },
  },
  {
    case: 'one worse session does not pause',
    source: 'AcupressSafety: 2 running',
    input: careInput([worse(0)], at(1)),
    expected: { status: 'ready', pauses: [] },
  },
  {
    case: 'two worse sessions running pause',
    source: 'AcupressSafety: 2 running',
    input: careInput([worse(0), worse(1)], at(2)),
    expected: { status: 'paused', pauses: ['paused-worse'] },
  },
  {
    case: 'worse by after-NRS counts too',
    source: 'AcupressSafety definition',
    input: careInput([S(0, { after: 7 }), S(1, { after: 6 })], at(2)),
    expected: { status: 'paused' },
  },
  {
    case: 'an unlogged session counts by its before-NRS',
    source: 'AcupressSafety definition',
    input: careInput([worse(0, { unlogged: true }), worse(1)], at(2)),
    expected: { status: 'paused' },
  },
  {
    case: 'worse, better, worse does not pause',
    source: 'AcupressSafety: running',
    input: careInput([worse(0), S(1), worse(2)], at(3)),
    expected: { status: 'ready' },
  },
  {
    case: 'worse pause lifts: next-day pain back to baseline',
    source: 'AcupressSafety lift rule',
    input: careInput([worse(0), worse(1, { nextDay: { nrs: 5 } })], at(2, 2)),
    expected: { status: 'ready' },
  },
  {
    case: 'not lifted: next-day pain still above baseline',
    source: 'AcupressSafety lift rule',
    input: careInput([worse(0), worse(1, { nextDay: { nrs: 6 } })], at(2, 2)),
    expected: { status: 'paused' },
  },
  {
    case: 'not lifted by a next-day check from before the pause',
    source: 'AcupressSafety lift rule',
    input: careInput([worse(0, { nextDay: { nrs: 5, hours: 12 } }), worse(1)], at(2)),
    expected: { status: 'paused' },
  },
];

describe('careFor: pauses', () => {
  runRows(rows);
});
