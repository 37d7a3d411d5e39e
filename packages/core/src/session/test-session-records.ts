import type { NextDay, SessionLog, SessionStart } from './session-record.js';

// A guided session for tests (core's and the server's): two steps of the example plan (BL23 on
// both sides, GV3 on the midline), its log and its next-day check, as a client would send them.

export const sessionStart = (
  checkInId: string,
  startedAt = '2030-01-01T08:00:00Z',
): SessionStart => ({
  checkInId,
  startedAt,
  beforeNrs: 6,
  plannedSeconds: 540,
  pressureTarget: 5,
  steps: [
    { stepId: 'BL23', label: 'BL23 Shenshu', sides: ['left', 'right'] },
    { stepId: 'GV3', label: 'GV3 Yaoyangguan', sides: ['midline'] },
  ],
});

export const sessionLog = (endedAt = '2030-01-01T08:12:00Z'): SessionLog => ({
  endedAt,
  steps: [
    {
      stepId: 'BL23',
      side: 'left',
      heldSeconds: 180,
      released: true,
      tenderness: 2,
      skipped: false,
    },
    { stepId: 'BL23', side: 'right', heldSeconds: 170, released: false, skipped: false },
    { stepId: 'GV3', side: 'midline', heldSeconds: 0, released: null, skipped: true },
  ],
  after: {
    nrs: 4,
    soreness: 1,
    bruising: ['BL23:left'],
    swelling: [],
    pressure: 'about-right',
    note: 'Easier to stand up.',
  },
});

export const nextDay = (at = '2030-01-02T09:00:00Z'): NextDay => ({
  at,
  nrs: 3,
  soreness: 0,
  bruising: [],
  swelling: [],
});
