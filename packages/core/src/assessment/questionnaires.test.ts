import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isNrs,
  pegScore,
  startBackScore,
  type StartBackAnswers,
  type StartBackBother,
} from './questionnaires.js';

const agree = (...on: number[]): StartBackAnswers['agree'] =>
  Array.from({ length: 8 }, (_, i) => on.includes(i + 1)) as StartBackAnswers['agree'];

// STarT Back scoring rules (Hill 2008, docs/clinical-sources.md#outcome-measures); each row: items agreed, item 9, expected.
const START_BACK: [string, number[], StartBackBother, number, number, string][] = [
  ['nothing agreed', [], 'not-at-all', 0, 0, 'low'],
  ['3 physical items', [1, 2, 3], 'moderately', 3, 0, 'low'],
  ['total 3 incl. item 9', [1, 2], 'very-much', 3, 1, 'low'],
  ['total 4, subscale 0', [1, 2, 3, 4], 'slightly', 4, 0, 'medium'],
  ['total 6, subscale 3', [1, 2, 3, 5, 6], 'extremely', 6, 3, 'medium'],
  ['subscale 4 with total 4', [5, 6, 7], 'very-much', 4, 4, 'high'],
  ['everything', [1, 2, 3, 4, 5, 6, 7, 8], 'extremely', 9, 5, 'high'],
  ['item 9 "moderately" scores 0', [5, 6, 7, 8], 'moderately', 4, 4, 'high'],
];

describe('STarT Back (Hill 2008)', () => {
  it.each(START_BACK)('%s', (_name, items, bother, total, psychosocial, risk) => {
    expect(startBackScore({ agree: agree(...items), bother })).toEqual({
      total,
      psychosocial,
      risk,
    });
  });

  it('keeps the total within 0–9 and the subscale within 0–5 (property)', () => {
    fc.assert(
      fc.property(
        fc.tuple(...Array.from({ length: 8 }, () => fc.boolean())),
        fc.constantFrom<StartBackBother>(
          'not-at-all',
          'slightly',
          'moderately',
          'very-much',
          'extremely',
        ),
        (items, bother) => {
          const s = startBackScore({ agree: items as StartBackAnswers['agree'], bother });
          expect(s.total).toBeGreaterThanOrEqual(s.psychosocial);
          expect(s.total).toBeLessThanOrEqual(9);
          expect(s.psychosocial).toBeLessThanOrEqual(5);
        },
      ),
    );
  });
});

describe('PEG (Krebs 2009) and NRS', () => {
  it.each([
    [{ pain: 6, enjoyment: 3, activity: 3 }, 4],
    [{ pain: 0, enjoyment: 0, activity: 0 }, 0],
    [{ pain: 10, enjoyment: 10, activity: 10 }, 10],
  ])('PEG of %j is the mean, %s', (answers, score) => expect(pegScore(answers)).toBe(score));

  it.each([
    [0, true],
    [10, true],
    [5, true],
    [11, false],
    [-1, false],
    [4.5, false],
    ['5', false],
  ])('NRS %j valid: %s', (v, valid) => expect(isNrs(v)).toBe(valid));
});
