import { BODY_AREA_INFO, areasOverlap, type BodyArea } from '../atlas/body-areas.js';
import { placeIn, type LocatedPlace } from '../atlas/body-place.js';
import type { NearCaution } from '../atlas/place-cautions.js';
import { TEMPLATES } from '../atlas/templates/index.js';
import type { Acupoint, SourceKey } from '../atlas/types.js';
import type { Assessment, SiteProblem } from '../assessment/assessment-schema.js';
import { SITE_KIND_WORDS } from '../assessment/site-kinds.js';
import type { PlanSide } from './plan-types.js';
import { siteCover } from './site-cover.js';

/**
 * Why a place may not be pressed. Blocks with one key are one decision, whatever the side; the
 * reason names the sides it takes where `sided` (`{sides}` in it stands for them).
 */
export interface PlaceBlock {
  key: string;
  source: SourceKey;
  reason: string;
  sided: boolean;
}

/** The reason of a block, for the sides it takes. */
export const blockReason = (b: PlaceBlock, sides: readonly PlanSide[]): string =>
  b.sided ? b.reason.replace('{sides}', sidesText(sides)) : b.reason;

const CARR = 'a 2015 review found no objective evidence of harm';

// docs/clinical-sources.md#pregnancy: in pregnancy (or if unsure) nothing on the low back, the
// sacrum or the belly is pressed: the project's cautious default.
const PREGNANCY_AREAS: readonly [BodyArea, string][] = [
  ['lumbar', 'the low back'],
  ['sacral', 'the sacrum'],
  ['abdomen', 'the belly'],
];

export function sidesText(sides: readonly PlanSide[]): string {
  if (sides.length === 1 && sides[0] === 'midline') return 'on the midline';
  return `on the ${sides.filter((s) => s !== 'midline').join(' and ')} side${sides.length > 1 ? 's' : ''}`;
}

const SITE_SIDE: Record<SiteProblem['side'], string> = {
  left: 'left',
  right: 'right',
  both: 'both sides',
  midline: 'middle',
};
const where = (s: SiteProblem): string =>
  `${BODY_AREA_INFO[s.region].label.toLowerCase()}, ${SITE_SIDE[s.side]}`;

const pointName = (p: Acupoint): string => `${p.id} ${p.pinyin}`;

/** What a pregnancy caution says of its point. */
function pregnancyKind(c: NearCaution): string {
  if (c.caution.flag === 'lumbosacral') return 'a low back or sacral point';
  return c.caution.source === 'CAM'
    ? 'a point traditionally avoided in pregnancy (CAM)'
    : 'a point Acupress leaves out in pregnancy';
}

function pregnancyBlock(
  place: LocatedPlace,
  cautions: readonly NearCaution[],
  pregnancy: Assessment['profile']['pregnancy'],
): PlaceBlock | undefined {
  if (pregnancy === 'no') return undefined;
  const you = `Left out because ${pregnancy === 'yes' ? 'you are pregnant' : 'you may be pregnant'}`;
  const relevant = cautions.filter(
    (c) => c.caution.flag === 'pregnancy' || c.caution.flag === 'lumbosacral',
  );
  const own =
    relevant.find((c) => c.how === 'self' && c.caution.flag === 'pregnancy') ??
    relevant.find((c) => c.how === 'self');
  if (own) {
    const text =
      own.caution.flag === 'lumbosacral'
        ? `${you}: it is a low back or sacral point, left out as a cautious default (${CARR}).`
        : own.caution.source === 'CAM'
          ? `${you}: it is a point traditionally avoided in pregnancy (CAM), left out as a cautious default (${CARR}).`
          : `${you}: Acupress leaves this point out in pregnancy as a cautious default (${CARR}).`;
    return {
      key: `pregnancy:self:${own.caution.flag}`,
      source: own.caution.source,
      reason: text,
      sided: false,
    };
  }
  const area = PREGNANCY_AREAS.find(([a]) => placeIn(place, a));
  if (area) {
    const text = `${you}: it lies on ${area[1]}, where Acupress presses nothing in pregnancy as a cautious default (${CARR}).`;
    return {
      key: `pregnancy:area:${area[0]}`,
      source: 'AcupressSafety',
      reason: text,
      sided: false,
    };
  }
  const near = relevant.find((c) => c.how === 'near') ?? relevant.find((c) => c.how === 'maybe');
  if (!near) return undefined;
  const other = pointName(near.point);
  const text =
    near.how === 'near'
      ? `${you}: it lies within about 1 cun of ${other}, ${pregnancyKind(near)}, so it is left out with it as a cautious default.`
      : `${you}: it may lie within about 1 cun of ${other}, ${pregnancyKind(near)}; this drawing cannot show how close, so it is left out to be safe (marked on the drawing of the ${TEMPLATES[near.point.template].title.toLowerCase().replace(/^the /, '')}, it could be checked).`;
  return {
    key: `pregnancy:${near.how}:${near.point.id}`,
    source: near.caution.source,
    reason: text,
    sided: false,
  };
}

// A place's pregnancy verdict depends only on the place and the answer: kept with the place
// (atlas points' places live for the whole run).
const pregnancyCache = new WeakMap<
  LocatedPlace,
  Partial<Record<'yes' | 'unsure', PlaceBlock | null>>
>();
function pregnancyOf(
  place: LocatedPlace,
  cautions: readonly NearCaution[],
  pregnancy: 'yes' | 'unsure',
): PlaceBlock | undefined {
  let hit = pregnancyCache.get(place);
  if (!hit) pregnancyCache.set(place, (hit = {}));
  let verdict = hit[pregnancy];
  if (verdict === undefined)
    verdict = hit[pregnancy] = pregnancyBlock(place, cautions, pregnancy) ?? null;
  return verdict ?? undefined;
}

/** The side of the body a place is on, for a sided site: by its position on a whole-body drawing. */
const onSide = (place: LocatedPlace, side: 'left' | 'right'): boolean =>
  place.bodyX === undefined
    ? place.side === side
    : side === 'left'
      ? place.bodyX > 0
      : place.bodyX < 0;

function siteBlock(place: LocatedPlace, site: SiteProblem, i: number): PlaceBlock | undefined {
  const cover = siteCover(site, place);
  if (cover === 'no') return undefined;
  const area = BODY_AREA_INFO[site.region].label.toLowerCase();
  const extra =
    cover === 'ambiguous'
      ? `; the ${area} has a left and a right but no middle, so both sides are left out to be safe`
      : site.side === 'midline'
        ? '; a place on the midline covers about 1 cun either side of it'
        : '';
  return {
    key: `site:${i}`,
    source: 'AcupressSafety',
    reason: `Left out {sides}: it lies where you reported ${SITE_KIND_WORDS[site.kind]} (${where(site)}), and pressing is avoided there${extra}.`,
    sided: true,
  };
}

/**
 * The atlas's own "avoid over varicose veins" (BL40, KI3 and whatever lies within about 1 cun of
 * them): when the person reports varicose veins anywhere on a leg, that leg's such places are left
 * out, since the veins there may not each have been reported.
 */
function varicoseBlock(
  place: LocatedPlace,
  cautions: readonly NearCaution[],
  site: SiteProblem,
  i: number,
): PlaceBlock | undefined {
  if (site.kind !== 'varicose-veins' || !areasOverlap(site.region, 'leg')) return undefined;
  if (!placeIn(place, 'leg')) return undefined;
  if ((site.side === 'left' || site.side === 'right') && !onSide(place, site.side))
    return undefined;
  const c = cautions.find((x) => x.caution.flag === 'varicose-veins');
  if (!c) return undefined;
  const what =
    c.how === 'self'
      ? 'the atlas says to avoid this point over varicose veins'
      : `it lies ${c.how === 'near' ? 'within' : 'perhaps within'} about 1 cun of ${pointName(c.point)}, which the atlas says to avoid over varicose veins`;
  const unverified = c.caution.verified
    ? ''
    : ' (a caution the sources give as unverified, applied to be safe)';
  return {
    key: `varicose:${i}:${c.point.id}`,
    source: c.caution.source,
    reason: `Left out {sides}: you reported varicose veins on that leg (${where(site)}), and ${what}${unverified}.`,
    sided: true,
  };
}

/**
 * The one safety judgement of a pressed place, on its location and the cautions it carries:
 * pregnancy (the points and areas left out), every reported site, and the atlas's caution against
 * pressing over varicose veins. Undefined when the place may be pressed.
 */
export function judgePlace(
  place: LocatedPlace,
  cautions: readonly NearCaution[],
  a: Assessment,
): PlaceBlock | undefined {
  const pregnancy =
    a.profile.pregnancy === 'no' ? undefined : pregnancyOf(place, cautions, a.profile.pregnancy);
  if (pregnancy) return pregnancy;
  for (const [i, site] of a.profile.sites.entries()) {
    const block = siteBlock(place, site, i) ?? varicoseBlock(place, cautions, site, i);
    if (block) return block;
  }
  return undefined;
}
