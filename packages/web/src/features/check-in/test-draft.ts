import { PAIN_REGION_IDS, RED_FLAG_IDS } from '@acupress/core';
import { emptyDraft, type Draft } from './draft';

/**
 * A check-in answered as far as a plan needs: one aching area, chronic, no radiation, nothing
 * unsafe; with `flag`, that red flag answered yes (so it ends in a referral).
 */
export function answeredDraft(flag?: string): Draft {
  return {
    ...emptyDraft(),
    pain: [{ region: PAIN_REGION_IDS[0]!, intensity: 6, quality: 'aching' }],
    radiationSide: 'none',
    duration: 'chronic',
    onset: 'gradual',
    redFlags: Object.fromEntries(RED_FLAG_IDS.map((id) => [id, id === flag])),
    pregnancy: 'no',
    bleedingRisk: false,
    boneFragility: false,
    fragileSkin: false,
    anySites: false,
  };
}
