import type { Acupoint, Region, SourceKey } from '../atlas/types.js';
import type { Assessment, SiteProblem } from '../assessment/assessment-schema.js';
import type { PlanSide } from './plan-types.js';
import { selfCareReach } from './reach.js';

export interface Block {
  category: 'safety' | 'how';
  sides: PlanSide[];
  reason: string;
  source: SourceKey;
}

const SITE_WORDS: Record<SiteProblem['kind'], string> = {
  skin: 'a skin problem',
  'varicose-veins': 'varicose veins',
  'surgery-or-fracture': 'recent surgery or a fracture',
  'swollen-or-inflamed': 'a swollen or inflamed area',
};

/** Sides of a region a reported site problem covers. */
export function siteCovers(site: SiteProblem, region: Region, side: PlanSide): boolean {
  if (site.region !== region) return false;
  return site.side === 'both' || site.side === side;
}

/** Pregnancy rule (clinical-facts §5): the listed points and every lumbosacral point. */
export function pregnancyBlock(
  p: Acupoint,
  pregnancy: Assessment['profile']['pregnancy'],
): Block | undefined {
  if (pregnancy === 'no') return undefined;
  const ls = p.cautions.some((c) => c.flag === 'lumbosacral');
  const listed = p.cautions.some((c) => c.flag === 'pregnancy');
  if (!ls && !listed) return undefined;
  const you = pregnancy === 'yes' ? 'you are pregnant' : 'you may be pregnant';
  const what = listed ? 'a point traditionally avoided in pregnancy' : 'a low back or sacral point';
  return {
    category: 'safety',
    sides: [],
    reason: `Left out because ${you}: it is ${what}, left out as a cautious default (a 2015 review found no objective evidence of harm).`,
    source: listed ? 'CAM' : 'AcupressSafety',
  };
}

/**
 * Which of a point's sides may be pressed for this person, and why the others may not.
 * Checks in order: pregnancy, reach on one's own, reported site problems, chosen sides.
 */
export function checkPoint(
  p: Acupoint,
  sides: PlanSide[],
  a: Assessment,
): { allowed: PlanSide[]; blocks: Block[] } {
  const whole = pregnancyBlock(p, a.profile.pregnancy);
  if (whole) return { allowed: [], blocks: [{ ...whole, sides }] };
  if (a.preferences.mode === 'self-care' && selfCareReach(p) === 'helper') {
    return {
      allowed: [],
      blocks: [
        {
          sides,
          category: 'how',
          reason: 'Hard to find and press on your own; a practitioner or a helper can do it.',
          source: 'AcupressDefault',
        },
      ],
    };
  }
  const blocks: Block[] = [];
  let allowed = sides;
  for (const site of a.profile.sites) {
    const hit = allowed.filter((s) => siteCovers(site, p.region, s));
    if (hit.length === 0) continue;
    allowed = allowed.filter((s) => !hit.includes(s));
    blocks.push({
      sides: hit,
      category: 'safety',
      reason: `Left out ${hit.includes('midline') ? 'on the midline' : `on the ${hit.join(' and ')} side`}: you reported ${SITE_WORDS[site.kind]} there, and pressing is avoided on such sites.`,
      source: 'AcupressSafety',
    });
  }
  const chosen = a.preferences.sides;
  if (chosen !== 'both') {
    const other = allowed.filter((s) => s !== 'midline' && s !== chosen);
    if (other.length) {
      allowed = allowed.filter((s) => !other.includes(s));
      blocks.push({
        sides: other,
        category: 'how',
        reason: `You chose to press the ${chosen} side only.`,
        source: 'AcupressDefault',
      });
    }
  }
  return { allowed, blocks };
}
