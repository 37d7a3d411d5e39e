import { describe, expect, it } from 'vitest';
import { oneDecimal, pointsWord, ratio, rulesMet } from './exact-change.js';

// Ostelo 2008: a meaningful change in NRS pain is 2 points, or 30% of the start. Each row's
// expectation is worked by hand in its comment; the rule is applied to the exact ratio.

const rows = [
  // 5 → 3.5: 1.5 points, exactly 30% of 5
  { from: ratio(5), to: ratio(35, 10), dir: 'down', met: ['30-percent'], source: 'Ostelo2008 30%' },
  // 7 → 4.9 (49/10): 2.1 points, exactly 30% of 7; floating point puts 7 − 4.9 a hair under 2.1
  {
    from: ratio(7),
    to: ratio(49, 10),
    dir: 'down',
    met: ['2-points', '30-percent'],
    source: 'Ostelo2008',
  },
  // 5 → 3.6: 1.4 points, 28%
  { from: ratio(5), to: ratio(36, 10), dir: 'down', met: [], source: 'Ostelo2008' },
  // 7 → 5: 2 points, 28.6%: the 2-point rule only
  { from: ratio(7), to: ratio(5), dir: 'down', met: ['2-points'], source: 'Ostelo2008 2 points' },
  // 10 → 8: 2 points, 20%
  { from: ratio(10), to: ratio(8), dir: 'down', met: ['2-points'], source: 'Ostelo2008 2 points' },
  // 3 → 2.1 (21/10): 0.9 points, exactly 30%
  { from: ratio(3), to: ratio(21, 10), dir: 'down', met: ['30-percent'], source: 'Ostelo2008 30%' },
  // 10 → 59/7 (8.43): 1.57 points, 15.7%
  { from: ratio(10), to: ratio(59, 7), dir: 'down', met: [], source: 'Ostelo2008' },
  // first-week median 5.5 (11/2) → 3.5: 2 points, 36%
  {
    from: ratio(11, 2),
    to: ratio(7, 2),
    dir: 'down',
    met: ['2-points', '30-percent'],
    source: 'Ostelo2008',
  },
  // start 0: no percent rule; nothing can fall
  { from: ratio(0), to: ratio(0), dir: 'down', met: [], source: 'by definition' },
  // 4 → 6: 2 points, 50% higher: both sizes upwards (worsening: Acupress choice)
  {
    from: ratio(4),
    to: ratio(6),
    dir: 'up',
    met: ['2-points', '30-percent'],
    source: 'Ostelo2008 size, AcupressDefault direction',
  },
  // 7 → 8.5: 1.5 points, 21% higher
  {
    from: ratio(7),
    to: ratio(17, 2),
    dir: 'up',
    met: [],
    source: 'Ostelo2008 size, AcupressDefault direction',
  },
  // 5 → 3 read upwards: it fell, no worsening
  { from: ratio(5), to: ratio(3), dir: 'up', met: [], source: 'by definition' },
] as const;

describe('rulesMet: Ostelo’s 2 points or 30%, on exact values', () => {
  it.each(rows)('$from.num/$from.den → $to.num/$to.den ($dir): $met ($source)', (r) =>
    expect(rulesMet(r.from, r.to, r.dir)).toEqual(r.met),
  );
});

describe('display rounding', () => {
  it.each([
    [1.25, '1.3'],
    [-0.04, '0'],
    [2, '2'],
    [4.857142857, '4.9'],
  ])('oneDecimal(%s) = %s', (x, s) => expect(oneDecimal(x)).toBe(s));
  it.each([
    [-1.5, '1.5 points lower'],
    [1, '1 point higher'],
    [0.02, 'no change'],
  ])('pointsWord(%s) = %s', (x, s) => expect(pointsWord(x)).toBe(s));
});
