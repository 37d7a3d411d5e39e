import type { Care, Plan } from '@acupress/core';
import type { CareBody } from '../../api';

// A small care answer for the practice tests: two steps (BL23 both sides, an ashi spot on the
// midline), one change, two sessions of history.

export const CHECK_IN_ID = '0b7e1c1e-3c44-4a3e-9d0e-5a1f2b3c4d5e';

const base = {
  position: 'Lying on your front',
  holdSeconds: 120,
  pressureTarget: 4,
  cues: [] as string[],
  reason: 'A main point for low back pain.',
  source: 'WHO08' as const,
};

export const PLAN: Plan = {
  kind: 'plan',
  steps: [
    { ...base, kind: 'point', pointId: 'BL23', name: 'Shenshu', sides: ['left', 'right'] },
    {
      ...base,
      kind: 'ashi',
      ashiIndex: 0,
      label: 'Tender spot, low back',
      template: 'posterior',
      x: 120,
      y: 240,
      sides: ['midline'],
    },
  ],
  decisions: [],
  totalSeconds: 360,
  budgetSeconds: 900,
  pressure: { target: 4, reason: 'Moderate pressure to start.', source: 'AcupressDefault' },
  watch: [],
  notes: [],
};

export const CARE: Care = {
  status: 'ready',
  plan: PLAN,
  pressureTarget: 3,
  changes: [
    {
      kind: 'pressure-lowered',
      text: 'Pressure lowered to 3 of 10 after soreness last time.',
      source: 'Godley2020',
    },
  ],
  history: [
    {
      id: 's-1',
      startedAt: '2026-11-20T08:00:00Z',
      beforeNrs: 6,
      afterNrs: 4,
      plannedSeconds: 360,
      pressedSeconds: 300,
      minutesRatio: 300 / 360,
      logged: true,
    },
  ],
  weeks: [
    {
      weekStart: '2026-11-20',
      week: 1,
      sessions: 1,
      plannedSessions: 7,
      sessionsRatio: 1 / 7,
      logged: 1,
      pressedSeconds: 300,
      plannedSeconds: 360,
      minutesRatio: 300 / 360,
    },
  ],
  progress: {
    verdict: 'too-little-data',
    text: 'One session is too few to tell whether pressing helps you.',
    source: 'Ostelo2008',
    weeks: 0,
  },
};

export const PAUSED: Care = {
  ...CARE,
  status: 'paused',
  pause: {
    reasons: [{ text: 'Swelling at BL23, left after the last session.', source: 'Godley2020' }],
    advice: 'Rest for now and ask a clinician to look at the swelling.',
    lifts: 'A new check-in after the swelling has gone starts the sessions again.',
  },
};

/** Paused for a swelling at a calf point: a possible blood clot, a doctor today. */
export const PAUSED_TODAY: Care = {
  ...CARE,
  status: 'paused',
  pause: {
    reasons: [
      {
        text: 'You reported swelling in the lower leg (calf): BL57, left.',
        source: 'AcupressSafety',
      },
    ],
    advice: 'See a doctor today, not at a routine appointment: it can be a blood clot.',
    lifts: 'A new check-in after seeing them starts the sessions again.',
    urgency: 'same-day',
  },
};

export const careBody = (care: Care | null): CareBody => ({
  checkIn: care ? { id: CHECK_IN_ID, createdAt: '2026-11-19T10:00:00Z' } : null,
  care,
});
