import { areasOverlap } from '../atlas/body-areas.js';
import { RED_FLAG_IDS, type RedFlagId, type ReferralFlagId } from './red-flags.js';
import type { SiteKind } from './site-kinds.js';
import type { BodyArea } from '../atlas/body-areas.js';

/** The answers red flags are read from; any of them may still be missing during a check-in. */
export interface FlagAnswers {
  redFlags: Partial<Record<RedFlagId, boolean>>;
  radiation?: { side: 'none' | 'left' | 'right' | 'both' };
  onset?: 'sudden-strain' | 'gradual';
  profile?: {
    boneFragility?: boolean;
    sites?: readonly { kind: SiteKind; region: BodyArea }[];
  };
}

/**
 * Every red flag the answers raise: each question answered yes, and the flags other answers
 * already imply (docs/clinical-sources.md#red-flags), taking the more worrying reading:
 * - pain spreading down both legs is sciatica in both legs (cauda equina);
 * - fragile bones (osteoporosis, long-term steroids) with a sudden onset or a strain is minor
 *   trauma with osteoporosis or steroid use (fracture);
 * - a swollen, red, hot or inflamed area reported on the calf can be a blood clot (#points, BL57).
 */
export function referralFlags(a: FlagAnswers): ReferralFlagId[] {
  const out: ReferralFlagId[] = [];
  for (const id of RED_FLAG_IDS) if (a.redFlags[id] === true) out.push(id);
  if (a.radiation?.side === 'both' && !out.includes('both-legs-sciatica'))
    out.push('both-legs-sciatica');
  if (
    a.profile?.boneFragility === true &&
    a.onset === 'sudden-strain' &&
    !out.includes('minor-trauma-fragile-bone')
  )
    out.push('minor-trauma-fragile-bone');
  for (const s of a.profile?.sites ?? []) {
    if (s.kind === 'swollen-or-inflamed' && areasOverlap(s.region, 'calf')) {
      out.push('swollen-calf');
      break;
    }
  }
  return out;
}
