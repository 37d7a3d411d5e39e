import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referralFlags, type FlagAnswers } from './implied-flags.js';
import {
  RED_FLAGS,
  RED_FLAG_IDS,
  redFlagOutcome,
  type RedFlagId,
  type ReferralFlagId,
  type Urgency,
} from './red-flags.js';

// docs/clinical-sources.md#red-flags, one row per flag: its group and that group's urgency.
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

describe('red flags (docs/clinical-sources.md#red-flags)', () => {
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
    const rank: Record<Urgency, number> = { emergency: 0, 'same-day': 1, urgent: 2, soon: 3 };
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

// Flags the answers already imply (docs/clinical-sources.md#red-flags), one row per rule.
describe('flags read from other answers', () => {
  const none = {} as Partial<Record<RedFlagId, boolean>>;
  it.each<[string, string, FlagAnswers, ReferralFlagId[]]>([
    [
      'pain down both legs',
      '#red-flags cauda equina: sciatica in both legs',
      { redFlags: none, radiation: { side: 'both' } },
      ['both-legs-sciatica'],
    ],
    [
      'pain down one leg',
      '#red-flags: one leg is not both',
      { redFlags: none, radiation: { side: 'left' } },
      [],
    ],
    [
      'fragile bones with a sudden strain',
      '#red-flags fracture: minor trauma with osteoporosis or steroids',
      { redFlags: none, onset: 'sudden-strain', profile: { boneFragility: true } },
      ['minor-trauma-fragile-bone'],
    ],
    [
      'fragile bones, gradual onset',
      '#red-flags: no trauma',
      { redFlags: none, onset: 'gradual', profile: { boneFragility: true } },
      [],
    ],
    [
      'a swollen calf',
      '#points BL57/BL58: possible DVT',
      { redFlags: none, profile: { sites: [{ kind: 'swollen-or-inflamed', region: 'calf' }] } },
      ['swollen-calf'],
    ],
    [
      'a swollen lower leg (it holds the calf)',
      '#points BL57; the lower leg holds the calf',
      {
        redFlags: none,
        profile: { sites: [{ kind: 'swollen-or-inflamed', region: 'lower-leg' }] },
      },
      ['swollen-calf'],
    ],
    [
      'a swollen leg (it holds the calf)',
      '#points BL57; the leg holds the calf',
      { redFlags: none, profile: { sites: [{ kind: 'swollen-or-inflamed', region: 'leg' }] } },
      ['swollen-calf'],
    ],
    [
      'a swollen ankle',
      '#do-not-press only: the ankle is not the calf',
      { redFlags: none, profile: { sites: [{ kind: 'swollen-or-inflamed', region: 'ankle' }] } },
      [],
    ],
    [
      'varicose veins on the calf',
      '#do-not-press only',
      { redFlags: none, profile: { sites: [{ kind: 'varicose-veins', region: 'calf' }] } },
      [],
    ],
    [
      'a yes answer and an implied flag',
      '#red-flags: every flag is listed once',
      { redFlags: { fever: true }, radiation: { side: 'both' } },
      ['fever', 'both-legs-sciatica'],
    ],
  ])('%s (%s)', (_name, _source, answers, expected) => {
    expect(referralFlags(answers)).toEqual(expected);
  });

  it('gives a possible clot same-day urgency, between an emergency and urgent', () => {
    const out = redFlagOutcome(['swollen-calf']);
    expect(out?.urgency).toBe('same-day');
    expect(out?.advice).toMatch(/today/);
    expect(redFlagOutcome(['swollen-calf', 'saddle-numbness'])?.urgency).toBe('emergency');
    expect(redFlagOutcome(['swollen-calf', 'fever'])?.urgency).toBe('same-day');
  });

  it('says where it narrows "no improvement after a month", and why', () => {
    const flag = RED_FLAGS.find((f) => f.id === 'no-improvement-month');
    expect(flag?.note).toMatch(/on its own.*no doctor has checked/s);
  });
});
