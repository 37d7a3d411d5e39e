import { BODY_AREA_INFO } from '../atlas/body-areas.js';
import { TEMPLATES } from '../atlas/templates/index.js';
import type { SourceKey, TemplateId } from '../atlas/types.js';
import type { AshiMark, Assessment } from '../assessment/assessment-schema.js';
import { painRegionAt } from '../assessment/pain-regions.js';
import { ashiSides, type SidePlaces } from './pressed-places.js';

const LIMB: Partial<Record<TemplateId, [string, string]>> = {
  'lateral-leg': ['leg', 'legs'],
  'medial-foot': ['leg', 'legs'],
  'dorsal-hand': ['hand', 'hands'],
};

/** Where a tender spot is, in words: "lower back, left", "calf, left leg". */
export function ashiWhere(mark: AshiMark, sides: readonly SidePlaces[] = ashiSides(mark)): string {
  const t = TEMPLATES[mark.template as TemplateId];
  const first = sides[0]?.places[0]?.place;
  if (t.frame.kind === 'body' && t.frame.facing === 'posterior') {
    // On the back view, the pain map's region names it as the person marked their pain.
    const region = painRegionAt({ x: t.frame.midX - mark.x, y: mark.y });
    if (region) return region.label.toLowerCase();
  }
  const area = first ? BODY_AREA_INFO[first.areas[0]!].label.toLowerCase() : t.title.toLowerCase();
  const limb = LIMB[t.id];
  const side = !limb
    ? first?.side === 'midline'
      ? 'middle'
      : first?.side
    : sides.length > 1
      ? `both ${limb[1]}`
      : `${sides[0]!.side} ${limb[0]}`;
  return `${area}, ${side}`;
}

/** How a tender spot is named in the plan: its number and where it is. */
export const ashiLabel = (mark: AshiMark, index: number, sides: readonly SidePlaces[]): string =>
  `Tender spot ${index + 1} (${ashiWhere(mark, sides)})`;

/**
 * Why a tender spot is pressed first: CAM adds tender (ashi) points for a recent sudden strain;
 * otherwise putting them first is an Acupress default (docs/clinical-sources.md#points).
 */
export function ashiReason(a: Assessment): { reason: string; source: SourceKey } {
  return a.duration === 'acute' && a.onset === 'sudden-strain'
    ? {
        reason:
          'You marked this tender spot; the standard text adds tender spots for a recent sudden strain, and Acupress presses them first.',
        source: 'CAM',
      }
    : {
        reason:
          'You marked this tender spot; Acupress presses tender spots first (an Acupress default).',
        source: 'AcupressDefault',
      };
}
