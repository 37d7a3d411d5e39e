import { describe, expect, it } from 'vitest';
import { baseAssessment } from '../plan/test-assessments.js';
import { assessmentRecordSchema, assessmentSchema } from './assessment-schema.js';

// A check-in stored before the rules of issue 9 reads back unchanged: what was not asked then
// (fragile skin) reads as not reported, and rules added since are not applied to it.

interface Stored {
  profile: Record<string, unknown>;
  pain: { region: string; intensity: number; quality: string }[];
  ashi: unknown[];
}
const stored = (): Stored => {
  const a = JSON.parse(JSON.stringify(baseAssessment())) as Stored;
  delete a.profile.fragileSkin;
  a.pain = [
    { region: 'calf-left', intensity: 4, quality: 'aching' },
    { region: 'calf-right', intensity: 4, quality: 'aching' },
  ];
  a.ashi = [{ template: 'lateral-leg', x: 70, y: 300 }];
  return a;
};

describe('stored assessments', () => {
  it('read back as records, fragile skin not reported', () => {
    const parsed = assessmentRecordSchema.safeParse(stored());
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data?.profile.fragileSkin).toBe(false);
  });

  it('would not be accepted as new input', () => {
    const fields = (a: unknown) =>
      assessmentSchema.safeParse(a).error?.issues.map((i) => i.path.join('.'));
    expect(fields(stored())).toEqual(['profile.fragileSkin']);
    const answered = stored();
    answered.profile.fragileSkin = false;
    expect(fields(answered)).toEqual(expect.arrayContaining(['radiation.side', 'ashi.0.side']));
  });

  it('still refuse unknown keys and the rules that always held', () => {
    const a = stored();
    a.profile.pregnant = 'no';
    a.pain.push({ region: 'calf-left', intensity: 1, quality: 'sharp' });
    const fields = assessmentRecordSchema.safeParse(a).error?.issues.map((i) => i.path.join('.'));
    expect(fields).toEqual(expect.arrayContaining(['profile', 'pain.2.region']));
  });
});
