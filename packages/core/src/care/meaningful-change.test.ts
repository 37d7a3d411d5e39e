import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeForDisplay, painChange } from './meaningful-change.js';

// The minimal important change of Ostelo 2008 (docs/clinical-sources.md): 2 points on the 0–10
// scale, or 30% of the baseline, tested on the exact mean of whole ratings.

const rows: {
  case: string;
  source: string;
  baseline: number;
  ratings: number[];
  expected: { direction: string; byPoints: boolean; byPercent: boolean };
}[] = [
  {
    case: 'exactly 2 points lower',
    source: 'Ostelo2008 2 points',
    baseline: 8,
    ratings: [6, 6],
    expected: { direction: 'lower', byPoints: true, byPercent: false },
  },
  {
    case: '1.96 points lower (never rounded up to 2)',
    source: 'Ostelo2008 2 points, exact (issue 9)',
    baseline: 9,
    ratings: [...Array<number>(24).fill(7), 8],
    expected: { direction: 'lower', byPoints: false, byPercent: false },
  },
  {
    case: 'exactly 30% lower (1.5 of 5)',
    source: 'Ostelo2008 30%',
    baseline: 5,
    ratings: [3, 4],
    expected: { direction: 'lower', byPoints: false, byPercent: true },
  },
  {
    case: '28.6% lower (0.857 of 3), which 2.1 to one decimal would make 30%',
    source: 'Ostelo2008 30%, exact (issue 9)',
    baseline: 3,
    ratings: [2, 2, 2, 2, 2, 2, 3],
    expected: { direction: 'lower', byPoints: false, byPercent: false },
  },
  {
    case: 'its mirror, 28.6% higher',
    source: 'Ostelo2008 30%, exact; the same size for worse is an Acupress choice',
    baseline: 3,
    ratings: [4, 4, 4, 4, 4, 4, 3],
    expected: { direction: 'higher', byPoints: false, byPercent: false },
  },
  {
    case: '2 points higher from 0: by points only (30% of 0 is no threshold)',
    source: 'Ostelo2008 2 points',
    baseline: 0,
    ratings: [2],
    expected: { direction: 'higher', byPoints: true, byPercent: false },
  },
  {
    case: 'no change',
    source: 'Ostelo2008',
    baseline: 4,
    ratings: [4, 3, 5],
    expected: { direction: 'same', byPoints: false, byPercent: false },
  },
];

describe('painChange: the minimal important change on exact values', () => {
  it.each(rows)('$case ($source)', ({ baseline, ratings, expected }) => {
    const c = painChange(baseline, ratings);
    expect({ direction: c.direction, byPoints: c.byPoints, byPercent: c.byPercent }).toEqual(
      expected,
    );
    expect(c.meaningful).toBe(expected.byPoints || expected.byPercent);
  });

  const baselineArb = fc.integer({ min: 0, max: 10 });
  const ratingsArb = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 40 });

  it('agrees with the thresholds stated on the mean, in any rounding (property)', () => {
    fc.assert(
      fc.property(baselineArb, ratingsArb, (b, r) => {
        const n = r.length;
        const sum = r.reduce((t, x) => t + x, 0);
        // The same rules stated another way: mean ≤ b − 2, or mean ≤ 0.7·b (and mirrors).
        const lowerByPoints = sum <= (b - 2) * n;
        const lowerByPercent = b > 0 && sum * 10 <= 7 * b * n;
        const higherByPoints = sum >= (b + 2) * n;
        const higherByPercent = b > 0 && sum * 10 >= 13 * b * n;
        const c = painChange(b, r);
        if (c.direction === 'lower') {
          expect(c.byPoints).toBe(lowerByPoints);
          expect(c.byPercent).toBe(lowerByPercent);
        } else if (c.direction === 'higher') {
          expect(c.byPoints).toBe(higherByPoints);
          expect(c.byPercent).toBe(higherByPercent);
        } else expect(c.meaningful).toBe(false);
      }),
    );
  });

  it('shows a threshold as reached exactly when it was (property)', () => {
    fc.assert(
      fc.property(baselineArb, ratingsArb, (b, r) => {
        const c = painChange(b, r);
        const shown = changeForDisplay(b, c);
        expect(shown.points >= 2).toBe(c.byPoints);
        if (shown.percent !== undefined) expect(shown.percent >= 30).toBe(c.byPercent);
        // Never more than the exact change, and less by under a hundredth.
        expect(shown.points).toBeLessThanOrEqual(Math.abs(c.points) + 1e-9);
        expect(Math.abs(c.points) - shown.points).toBeLessThan(0.01);
        // The sentence's own arithmetic: baseline ∓ shown change = shown recent level.
        const sign = c.direction === 'higher' ? 1 : -1;
        expect(shown.recent).toBeCloseTo(b + sign * shown.points, 9);
      }),
    );
  });
});
