import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseQuestionnaireDefinition,
  scoreQuestionnaire,
  type QuestionnaireDefinition,
} from './questionnaire-definition.js';

// Structure only: the licensed item texts are not shipped, so placeholders stand in for them.
const odiLike = (answered: number): QuestionnaireDefinition => ({
  id: 'odi-like',
  title: 'A 10-section 0–5 questionnaire',
  licence: 'Test licence',
  items: Array.from({ length: 10 }, (_, i) => ({
    id: `s${i + 1}`,
    text: `Section ${i + 1}`,
    options: Array.from({ length: 6 }, (_, v) => ({ value: v, label: `statement ${v}` })),
  })),
  scoring: { rule: 'percent-of-max', maxPerItem: 5 },
  minAnswered: answered,
});

const rmLike: QuestionnaireDefinition = {
  id: 'rm-like',
  title: 'A 24-statement tick list',
  licence: 'Test licence',
  items: Array.from({ length: 24 }, (_, i) => ({
    id: `q${i + 1}`,
    text: `Statement ${i + 1}`,
    options: [
      { value: 0, label: 'not ticked' },
      { value: 1, label: 'ticked' },
    ],
  })),
  scoring: { rule: 'sum' },
};

describe('loadable questionnaires', () => {
  // ODI v2.1a (docs/clinical-sources.md#outcome-measures): % = total / (5 × answered) × 100.
  it.each([
    [{ s1: 5, s2: 5, s3: 5, s4: 5, s5: 5, s6: 5, s7: 5, s8: 5, s9: 5, s10: 5 }, 100],
    [{ s1: 2, s2: 2, s3: 2, s4: 2, s5: 2, s6: 2, s7: 2, s8: 2, s9: 2, s10: 2 }, 40],
    [{ s1: 3, s2: 3, s3: 3, s4: 3, s5: 3, s6: 3, s7: 3, s8: 3, s9: 3 }, 60],
  ])('scores ODI-style %j as %s%%', (answers, pct) => {
    const r = scoreQuestionnaire(odiLike(8), answers);
    expect(r.ok && r.value.score).toBeCloseTo(pct, 9);
  });

  // Roland-Morris (docs/clinical-sources.md#outcome-measures): count of statements ticked, 0–24.
  it('scores a tick list as the count of ticks', () => {
    const answers = Object.fromEntries(rmLike.items.map((item, i) => [item.id, i < 7 ? 1 : 0]));
    expect(scoreQuestionnaire(rmLike, answers)).toEqual({
      ok: true,
      value: { score: 7, answered: 24 },
    });
  });

  it.each([
    [{ s1: 9 }, 'answers.s1'],
    [{ zz: 1 }, 'answers.zz'],
    [{ s1: 1 }, 'answers'],
  ])('refuses %j naming %s', (answers, field) => {
    const r = scoreQuestionnaire(odiLike(8), answers);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues?.map((i) => i.field)).toContain(field);
  });

  it('requires a licence and unique item ids', () => {
    const bad = { ...rmLike, licence: '', items: [rmLike.items[0], rmLike.items[0]] };
    const r = parseQuestionnaireDefinition(bad);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues?.map((i) => i.field).sort()).toEqual(['items.1.id', 'licence']);
  });

  it('keeps percent-of-max within 0–100 for any answers (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 8, maxLength: 10 }),
        (vals) => {
          const answers = Object.fromEntries(vals.map((v, i) => [`s${i + 1}`, v]));
          const r = scoreQuestionnaire(odiLike(8), answers);
          expect(r.ok).toBe(true);
          if (r.ok) expect(r.value.score).toBeGreaterThanOrEqual(0);
          if (r.ok) expect(r.value.score).toBeLessThanOrEqual(100);
        },
      ),
    );
  });
});
