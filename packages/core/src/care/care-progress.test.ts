import { describe, expect, it } from 'vitest';
import { careFor } from './care-for.js';
import { at, careInput, daily, OLD_CHECK_IN, session } from './test-care-fixtures.js';
import { at4Weeks, runRows, S, type Row } from './test-care-table.js';

const rows: Row[] = [
  // Progress: Godley 2020 (4 weeks), AcupressDefault (5 logged, last 7 days), Ostelo 2008 (2 points or 30%)
  {
    case: '3 weeks: too little data',
    source: 'Godley2020 4 weeks',
    input: careInput(daily(0, 21, 5), at(21)),
    expected: { verdict: 'too-little-data', weeks: 3 },
  },
  {
    case: '4 weeks, 2 points lower: improving',
    source: 'Ostelo2008 2 points',
    input: careInput(at4Weeks([4, 4, 4, 4, 4, 4]), at(28), { baselineNrs: 6 }),
    expected: { verdict: 'improving', recentNrs: 4, weeks: 4 },
  },
  {
    case: '4 weeks, 30% lower (1.5 of 5): improving',
    source: 'Ostelo2008 30%',
    input: careInput(at4Weeks([3, 4, 3, 4, 3, 4], 5), at(28)),
    expected: { verdict: 'improving', recentNrs: 3.5 },
  },
  {
    case: '4 weeks, 28% lower (1.4 of 5): no meaningful change',
    source: 'Ostelo2008 30%',
    input: careInput(at4Weeks([3, 4, 4, 3, 4], 5, 22), at(28)),
    expected: { verdict: 'no-meaningful-change', recentNrs: 3.6 },
  },
  {
    case: '4 weeks, 1 point lower: no meaningful change',
    source: 'Ostelo2008',
    input: careInput(at4Weeks([5, 5, 5, 5, 5, 5]), at(28), { baselineNrs: 6 }),
    expected: { verdict: 'no-meaningful-change', recentNrs: 5 },
  },
  {
    case: '4 weeks, 2 points higher: worse (and paused)',
    source: 'Ostelo2008 size, AcupressDefault direction',
    input: careInput(at4Weeks([6, 6, 6, 6, 6, 6], 4), at(28), { baselineNrs: 4 }),
    expected: { verdict: 'worse', status: 'paused' },
  },
  {
    case: 'baseline from the first session when the check-in had none',
    source: 'brief',
    input: careInput(at4Weeks([4, 4, 4, 4, 4, 4]), at(28), { baselineNrs: undefined }),
    expected: { verdict: 'improving' },
  },
  {
    case: '4 weeks but 4 logged sessions: too little data',
    source: 'AcupressDefault 5 logged',
    input: careInput(
      [0, 10, 20, 27].map((d) => S(d, { before: 2 })),
      at(28),
    ),
    expected: { verdict: 'too-little-data' },
  },
  {
    case: 'verdict over every check-in’s sessions, against the earliest check-in’s baseline',
    source: 'brief: whole practice; Ostelo2008 2 points',
    input: careInput(
      [
        ...Array.from({ length: 14 }, (_, d) => session(d, { before: 6, checkInId: OLD_CHECK_IN })),
        ...Array.from({ length: 14 }, (_, d) => session(14 + d, { before: 4 })),
      ],
      at(28),
      { baselineNrs: 6, checkInAt: at(13, 12) },
    ),
    expected: { verdict: 'improving', recentNrs: 4, weeks: 4 },
  },
  {
    case: 'no session in the last 7 days: too little data',
    source: 'AcupressDefault 7 days',
    input: careInput(daily(0, 20, 3), at(30)),
    expected: { verdict: 'too-little-data' },
  },
];

describe('careFor: progress verdict', () => {
  runRows(rows);

  it('says honestly that improvement may not be due to acupressure, and never claims a cure', () => {
    const care = careFor(careInput(at4Weeks([4, 4, 4, 4, 4, 4]), at(28), { baselineNrs: 6 }));
    expect(care.progress.text).toMatch(/on its own/);
    expect(care.progress.text).toMatch(/not a cure/);
    expect(care.progress.text).not.toMatch(/\bcure[sd]\b/i);
    const flat = careFor(careInput(at4Weeks([5, 5, 5, 5, 5, 5]), at(28), { baselineNrs: 6 }));
    expect(flat.progress.text).toMatch(/not seem to be helping/);
    expect(flat.changes.map((c) => c.kind)).toContain('review-suggested');
  });
});
