import { describe, expect, it } from 'vitest';
import { RED_FLAG_IDS } from '../assessment/red-flags.js';
import { referralFromAnswers } from './referral.js';
import { outcome, site, type Patch } from './test-plan-helpers.js';

// Referrals from the answers (docs/clinical-sources.md#red-flags): the engine's outcome, and the
// check-in's referral made before its later questions are answered.

describe('referrals the answers imply', () => {
  it.each<[string, string, Patch[], string, string]>([
    [
      'a swollen, red or hot calf',
      '#points BL57/BL58: possible DVT, refer',
      [site('swollen-or-inflamed', 'calf', 'left')],
      'same-day',
      'clot',
    ],
    [
      'a swollen lower leg',
      '#points BL57; the lower leg holds the calf',
      [site('swollen-or-inflamed', 'lower-leg', 'right')],
      'same-day',
      'clot',
    ],
    [
      'fragile bones and a sudden strain',
      '#red-flags fracture: minor trauma with osteoporosis or steroids',
      [(a) => void ((a.profile.boneFragility = true), (a.onset = 'sudden-strain'))],
      'urgent',
      'fracture',
    ],
  ])('%s (%s) → %s', (_name, _source, patches, urgency, group) => {
    const out = outcome(...patches);
    expect(out.kind).toBe('referral');
    if (out.kind !== 'referral') return;
    expect(out.urgency).toBe(urgency);
    expect(out.groups.map((g) => g.group)).toContain(group);
  });

  it('makes a plan for a swollen ankle, leaving its points out', () => {
    const out = outcome(site('swollen-or-inflamed', 'ankle', 'both'));
    expect(out.kind).toBe('plan');
  });
});

describe('a referral from the answers given so far', () => {
  it('needs one flag raised, and reports unanswered questions as such', () => {
    expect(referralFromAnswers({ pain: [], redFlags: {} })).toBeNull();
    const r = referralFromAnswers({
      pain: [{ region: 'lumbar-midline', intensity: 6, quality: 'aching' }],
      redFlags: { 'saddle-numbness': true },
    });
    expect(r?.urgency).toBe('emergency');
    expect(r?.summary).toEqual({
      reported: ['numbness in the saddle area'],
      pain: ['Lower back, middle: 6/10, aching'],
      radiation: 'not answered yet',
      duration: 'not answered yet',
      onset: 'not answered yet',
    });
  });

  it('reads the profile when it is there: a swollen calf refers before the plan', () => {
    const r = referralFromAnswers({
      pain: [],
      redFlags: Object.fromEntries(RED_FLAG_IDS.map((id) => [id, false])),
      profile: { sites: [{ kind: 'swollen-or-inflamed', region: 'calf' }] },
    });
    expect(r?.urgency).toBe('same-day');
    expect(r?.summary.reported).toEqual(['a swollen, red, hot or inflamed calf']);
  });

  it('never counts an unanswered question as yes', () => {
    expect(referralFromAnswers({ pain: [], redFlags: { fever: false } })).toBeNull();
  });
});
