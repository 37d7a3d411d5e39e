import { describe, expect, it } from 'vitest';
import { practiceBaselineNrs, practiceStartCheckIn } from './practice-baseline.js';

// The baseline is an Acupress default (docs/care.md, "The baseline"): the pain of the check-in
// the practice started from, so a later check-in never resets what "better" means, which the
// Ostelo 2008 threshold is then measured against.

const checkIn = (id: string, createdAt: string) => ({ id, createdAt });
const A = checkIn('a', '2030-01-01T08:00:00.000Z');
const B = checkIn('b', '2030-01-08T08:00:00.000Z');
const C = checkIn('c', '2030-01-15T08:00:00.000Z');
/** Saved at the same instant as B. */
const B2 = checkIn('b2', '2030-01-08T08:00:00.000Z');
const followed = (...ids: string[]) => ids.map((checkInId) => ({ checkInId }));

describe('the check-in the practice started from', () => {
  it.each([
    { case: 'no session yet', checkIns: [C, B, A], sessions: followed(), start: undefined },
    {
      case: 'one check-in practised',
      checkIns: [C, B, A],
      sessions: followed('b', 'b'),
      start: 'b',
    },
    {
      case: 'the earliest practised, not the latest nor an unpractised earlier one',
      checkIns: [C, B, A],
      sessions: followed('c', 'b', 'c'),
      start: 'b',
    },
    {
      case: 'saved at one instant: the one whose session came first',
      checkIns: [B, B2],
      sessions: followed('b2', 'b'),
      start: 'b2',
    },
    {
      case: 'whatever order the check-ins are listed in',
      checkIns: [A, C, B],
      sessions: followed('c', 'a'),
      start: 'a',
    },
  ])('$case → $start', ({ checkIns, sessions, start }) => {
    expect(practiceStartCheckIn(checkIns, sessions)?.id).toBe(start);
  });
});

describe('the baseline pain', () => {
  const nrs = (n?: number) => ({ questionnaires: n === undefined ? {} : { nrs: n } });
  it.each([
    { case: 'the start check-in’s NRS', start: nrs(7), plan: nrs(4), baseline: 7 },
    { case: 'the plan’s when the start had none', start: nrs(), plan: nrs(4), baseline: 4 },
    { case: 'the plan’s before any session', start: undefined, plan: nrs(4), baseline: 4 },
    { case: 'none when neither had one', start: nrs(), plan: nrs(), baseline: undefined },
    { case: 'a 0 is a baseline, not a missing one', start: nrs(0), plan: nrs(5), baseline: 0 },
  ])('$case → $baseline', ({ start, plan, baseline }) => {
    expect(practiceBaselineNrs(start, plan)).toBe(baseline);
  });
});
