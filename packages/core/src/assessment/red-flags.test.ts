import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RED_FLAGS,
  RED_FLAG_IDS,
  redFlagOutcome,
  type RedFlagId,
  type Urgency,
} from './red-flags.js';

// clinical-facts §5, one row per flag: its group and that group's urgency.
const TABLE: [RedFlagId, string, Urgency][] = [
  ['saddle-numbness', 'cauda-equina', 'emergency'],
  ['bladder-change', 'cauda-equina', 'emergency'],
  ['bowel-control', 'cauda-equina', 'emergency'],
  ['leg-weakness', 'cauda-equina', 'emergency'],
  ['both-legs-sciatica', 'cauda-equina', 'emergency'],
  ['cancer-history', 'cancer', 'urgent'],
  ['weight-loss', 'cancer', 'urgent'],
  ['age-new-episode', 'cancer', 'urgent'],
  ['night-pain', 'cancer', 'urgent'],
  ['no-improvement-month', 'cancer', 'urgent'],
  ['fever', 'infection', 'urgent'],
  ['recent-infection', 'infection', 'urgent'],
  ['iv-drug-use', 'infection', 'urgent'],
  ['weakened-immunity', 'infection', 'urgent'],
  ['major-trauma', 'fracture', 'urgent'],
  ['minor-trauma-fragile-bone', 'fracture', 'urgent'],
  ['sudden-central-pain', 'fracture', 'urgent'],
  ['deformity', 'fracture', 'urgent'],
  ['inflammatory-disease', 'other', 'soon'],
  ['widespread-neuro', 'other', 'soon'],
];

describe('red flags (clinical-facts §5)', () => {
  it('covers every flag of the table once', () => {
    expect(RED_FLAGS.map((f) => f.id)).toEqual(TABLE.map((r) => r[0]));
  });

  it.each(TABLE)('%s → group %s, urgency %s', (id, group, urgency) => {
    const out = redFlagOutcome([id]);
    expect(out?.urgency).toBe(urgency);
    expect(out?.groups.map((g) => g.group)).toEqual([group]);
  });

  it('makes no referral when every answer is no', () => {
    expect(redFlagOutcome([])).toBeNull();
  });

  it('takes the most urgent group and lists every positive group (property)', () => {
    const rank: Record<Urgency, number> = { emergency: 0, urgent: 1, soon: 2 };
    fc.assert(
      fc.property(fc.subarray([...RED_FLAG_IDS], { minLength: 1 }), (ids) => {
        const out = redFlagOutcome(ids)!;
        const expected = Math.min(...ids.map((id) => rank[TABLE.find((r) => r[0] === id)![2]]));
        expect(rank[out.urgency]).toBe(expected);
        expect(out.groups.flatMap((g) => g.flags.map((f) => f.id)).sort()).toEqual([...ids].sort());
      }),
    );
  });
});
