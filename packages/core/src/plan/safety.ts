import type { SourceKey } from '../atlas/types.js';
import type { Assessment } from '../assessment/assessment-schema.js';
import type { PlanSide } from './plan-types.js';
import { blockReason, judgePlace, type PlaceBlock } from './place-safety.js';
import type { SidePlaces } from './pressed-places.js';

export interface Block {
  category: 'safety' | 'how';
  sides: PlanSide[];
  reason: string;
  source: SourceKey;
}

/**
 * Which sides of a step (an atlas point or a tender spot) may be pressed, and why the others may
 * not: every place of every side is judged by `judgePlace`; a side is out if any of its places is.
 * Blocks of the same cause are one decision naming all the sides it takes.
 */
export function checkSafety(
  sides: readonly SidePlaces[],
  a: Assessment,
): { allowed: readonly SidePlaces[]; blocks: Block[] } {
  // Nothing to judge for a person not pregnant with no site reported: the common case, kept fast.
  if (a.profile.pregnancy === 'no' && a.profile.sites.length === 0)
    return { allowed: sides, blocks: [] };
  const found = new Map<string, { block: PlaceBlock; sides: PlanSide[] }>();
  const allowed: SidePlaces[] = [];
  for (const s of sides) {
    let block: PlaceBlock | undefined;
    for (const p of s.places) {
      block = judgePlace(p.place, p.cautions, a);
      if (block) break;
    }
    if (!block) {
      allowed.push(s);
      continue;
    }
    const hit = found.get(block.key);
    if (hit) hit.sides.push(s.side);
    else found.set(block.key, { block, sides: [s.side] });
  }
  const blocks = [...found.values()].map(({ block, sides: taken }) => ({
    category: 'safety' as const,
    sides: taken,
    reason: blockReason(block, taken),
    source: block.source,
  }));
  return { allowed, blocks };
}

/** The side the person chose to press (midline places are kept whatever the choice). */
export function checkChosenSide(
  sides: readonly SidePlaces[],
  chosen: Assessment['preferences']['sides'],
): { allowed: readonly SidePlaces[]; block?: Block } {
  if (chosen === 'both') return { allowed: sides };
  const other = sides.filter((s) => s.side !== 'midline' && s.side !== chosen);
  if (other.length === 0) return { allowed: sides };
  return {
    allowed: sides.filter((s) => !other.includes(s)),
    block: {
      sides: other.map((s) => s.side),
      category: 'how',
      reason: `You chose to press the ${chosen} side only.`,
      source: 'AcupressDefault',
    },
  };
}
