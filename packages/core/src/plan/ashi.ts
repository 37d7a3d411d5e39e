import { TEMPLATES } from '../atlas/templates/index.js';
import type { Region } from '../atlas/types.js';
import type { Assessment, AshiMark } from '../assessment/assessment-schema.js';
import { painRegionAt } from '../assessment/pain-regions.js';
import type { Block } from './safety.js';
import { siteCovers } from './safety.js';
import type { PlanSide } from './plan-types.js';

export interface AshiPlace {
  label: string;
  side: PlanSide;
  /** Atlas regions the spot lies in, where the drawing tells (the posterior pain map). */
  regions: Region[];
  lumbosacral: boolean;
}

/** Where an ashi spot lies: on the posterior view, the pain-map region under it. */
export function placeAshi(m: AshiMark, index: number): AshiPlace {
  const t = TEMPLATES[m.template as keyof typeof TEMPLATES];
  const n = index + 1;
  if (t.frame.kind === 'body' && t.frame.facing === 'posterior') {
    const bodyX = t.frame.midX - m.x; // seen from behind, the person's left is on the viewer's left
    const region = painRegionAt({ x: bodyX, y: m.y });
    const side: PlanSide = Math.abs(bodyX) < 3 ? 'midline' : bodyX > 0 ? 'left' : 'right';
    return {
      label: `Tender spot ${n} (${region ? region.label.toLowerCase() : 'back of the body'})`,
      side,
      regions: region?.atlasRegions ?? [],
      lumbosacral: region?.area === 'lumbar' || region?.area === 'sacral',
    };
  }
  const side: PlanSide = t.frame.kind === 'limb' ? t.frame.drawnSide : 'midline';
  return {
    label: `Tender spot ${n} (${t.title.toLowerCase()})`,
    side,
    regions: [],
    lumbosacral: false,
  };
}

/** Why an ashi spot may not be pressed, if it may not. */
export function ashiBlock(place: AshiPlace, a: Assessment): Block | undefined {
  if (a.profile.pregnancy !== 'no' && place.lumbosacral) {
    return {
      sides: [place.side],
      category: 'safety',
      reason: `Left out because you ${a.profile.pregnancy === 'yes' ? 'are' : 'may be'} pregnant: it lies on the low back or sacrum, left out as a cautious default.`,
      source: 'AcupressSafety',
    };
  }
  for (const site of a.profile.sites) {
    if (place.regions.some((r) => siteCovers(site, r, place.side))) {
      return {
        sides: [place.side],
        category: 'safety',
        reason: 'Left out: you reported a problem at this site, and pressing is avoided there.',
        source: 'AcupressSafety',
      };
    }
  }
  const chosen = a.preferences.sides;
  if (chosen !== 'both' && place.side !== 'midline' && place.side !== chosen) {
    return {
      sides: [place.side],
      category: 'how',
      reason: `You chose to press the ${chosen} side only.`,
      source: 'AcupressDefault',
    };
  }
  return undefined;
}
