import fc from 'fast-check';
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
    case: '4 weeks, 0.86 of 3 lower (28.6%, exact): no meaningful change, though 2.1 would round to 30%',
    source: 'Ostelo2008 30% on the exact mean (issue 9)',
    input: careInput(at4Weeks([2, 2, 2, 2, 2, 2, 3], 3), at(28), { baselineNrs: 3 }),
    expected: { verdict: 'no-meaningful-change', recentNrs: 15 / 7 },
  },
  {
    case: '4 weeks, 0.86 of 3 higher (28.6%, exact): no meaningful change, though 3.9 would round to 30%',
    source: 'Ostelo2008 30% on the exact mean (issue 9)',
    input: careInput(at4Weeks([4, 4, 4, 4, 4, 4, 3], 3), at(28), { baselineNrs: 3 }),
    expected: { verdict: 'no-meaningful-change', recentNrs: 27 / 7 },
  },
  {
    case: '4 weeks, 1 point lower of 3 (33%): improving by the 30% rule alone',
    source: 'Ostelo2008 30%',
    input: careInput(at4Weeks([2, 2, 2, 2, 2, 2, 2], 3), at(28), { baselineNrs: 3 }),
    expected: { verdict: 'improving', recentNrs: 2 },
  },
  {
    case: 'baseline 0: any rise of less than 2 points is no meaningful change (no percentage of 0)',
    source: 'Ostelo2008 2 points; 30% of 0 is no threshold',
    input: careInput(at4Weeks([1, 1, 1, 1, 1, 1, 1], 0), at(28), { baselineNrs: 0 }),
    expected: { verdict: 'no-meaningful-change', recentNrs: 1 },
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

  it('shows numbers cut towards no change, so the sentence never claims a threshold it missed', () => {
    const near = careFor(careInput(at4Weeks([2, 2, 2, 2, 2, 2, 3], 3), at(28), { baselineNrs: 3 }));
    // Exact: 2.142857 on average, 0.857 points = 28.57% lower.
    expect(near.progress.text).toContain('averaged 2.15 out of 10, against 3');
    expect(near.progress.text).toContain('0.85 points (28%) lower, less than');
    const reached = careFor(careInput(at4Weeks([3, 4, 3, 4, 3, 4], 5), at(28), { baselineNrs: 5 }));
    expect(reached.progress.text).toContain('1.5 points (30%) lower, which reaches 30%');
    const both = careFor(careInput(at4Weeks([4, 4, 4, 4, 4, 4]), at(28), { baselineNrs: 6 }));
    expect(both.progress.text).toContain(
      '2 points (33%) lower, which reaches both 2 points and 30%',
    );
  });

  it('puts exercise and staying active first when acupressure does not seem to help', () => {
    const flat = careFor(careInput(at4Weeks([5, 5, 5, 5, 5, 5]), at(28), { baselineNrs: 6 }));
    expect(flat.progress.text).toMatch(/exercising and staying active, which come first/);
  });

  it('says honestly that improvement may not be due to acupressure, and never claims a cure', () => {
    const care = careFor(careInput(at4Weeks([4, 4, 4, 4, 4, 4]), at(28), { baselineNrs: 6 }));
    expect(care.progress.text).toMatch(/on its own/);
    expect(care.progress.text).toMatch(/not a cure/);
    expect(care.progress.text).not.toMatch(/\bcure[sd]\b/i);
    const flat = careFor(careInput(at4Weeks([5, 5, 5, 5, 5, 5]), at(28), { baselineNrs: 6 }));
    expect(flat.progress.text).toMatch(/not seem to be helping/);
    expect(flat.changes.map((c) => c.kind)).toContain('review-suggested');
  });

  it('never calls an exact change at a threshold anything but meaningful, whatever the rounding (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 }),
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 7 }),
        (b, recent) => {
          const care = careFor(careInput(at4Weeks(recent, b), at(28), { baselineNrs: b }));
          const n = recent.length;
          const sum = recent.reduce((t, x) => t + x, 0);
          // Ostelo 2008 on the exact mean: 2 points, or 30% of the baseline (none for 0).
          const lower = sum <= (b - 2) * n || (b > 0 && sum * 10 <= 7 * b * n);
          const higher = sum >= (b + 2) * n || (b > 0 && sum * 10 >= 13 * b * n);
          const expected =
            sum < b * n && lower
              ? 'improving'
              : sum > b * n && higher
                ? 'worse'
                : 'no-meaningful-change';
          expect(care.progress.verdict).toBe(expected);
          expect(care.progress.recentNrs).toBe(sum / n);
        },
      ),
    );
  });
});
