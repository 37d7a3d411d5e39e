import type {
  Acupoint,
  Beside,
  CunOffset,
  PlacedSite,
  Point2,
  SegmentId,
  Side,
  Site,
} from './types.js';
import type { BodyTemplate } from './templates/index.js';
import { TEMPLATES } from './templates/index.js';
import { SEGMENTS } from './segments.js';

/**
 * How far a qualitative placement ("anterior to the fibula") moves a drawn point, in template
 * units. It is a drawing aid only: the source gives no distance, so none is shown to the user.
 */
export const BESIDE_UNITS = 4;

export class GeometryError extends Error {}

/** A landmark of the template, in its own coordinates; `name@right` is the body-frame mirror. */
export function landmarkPosition(template: BodyTemplate, ref: string): Point2 {
  const [name, side] = ref.split('@') as [string, string | undefined];
  const lm = template.landmarks[name];
  if (!lm) throw new GeometryError(`template ${template.id} has no landmark '${name}'`);
  return side === 'right' ? { x: -lm.x, y: lm.y } : { x: lm.x, y: lm.y };
}

/** Template units per B-cun of a segment, from the segment's two landmarks on this template. */
export function unitsPerCun(template: BodyTemplate, segment: SegmentId): number {
  const ends = template.segments[segment];
  if (!ends)
    throw new GeometryError(`template ${template.id} does not realise segment '${segment}'`);
  const a = landmarkPosition(template, ends[0]);
  const b = landmarkPosition(template, ends[1]);
  return Math.hypot(b.x - a.x, b.y - a.y) / SEGMENTS[segment].cun;
}

function axis(template: BodyTemplate, direction: string): Point2 {
  const v = template.axes[direction as keyof BodyTemplate['axes']];
  if (!v) throw new GeometryError(`template ${template.id} has no '${direction}' direction`);
  return v;
}

function applyOffsets(
  template: BodyTemplate,
  start: Point2,
  offsets: readonly CunOffset[],
  lookup: PointLookup,
): Point2 {
  let at = start;
  for (const o of offsets) {
    const length = o.cun * unitsPerCun(template, o.segment);
    let dir: Point2;
    if (o.toward || o.towardPoint) {
      const target = o.toward
        ? landmarkPosition(template, o.toward)
        : pointAnchor(template, o.towardPoint!, lookup);
      const d = Math.hypot(target.x - at.x, target.y - at.y);
      dir = { x: (target.x - at.x) / d, y: (target.y - at.y) / d };
    } else if (o.direction) {
      dir = axis(template, o.direction);
    } else {
      throw new GeometryError('an offset needs a direction or a landmark to go toward');
    }
    at = { x: at.x + dir.x * length, y: at.y + dir.y * length };
  }
  return at;
}

function applyBeside(
  template: BodyTemplate,
  start: Point2,
  beside: readonly Beside[] = [],
): Point2 {
  return beside.reduce((at, b) => {
    const dir = axis(template, b.direction);
    return { x: at.x + dir.x * BESIDE_UNITS, y: at.y + dir.y * BESIDE_UNITS };
  }, start);
}

export type PointLookup = (id: string) => Acupoint | undefined;

/** Another point's (first) site, as an anchor on the same template. */
function pointAnchor(template: BodyTemplate, id: string, lookup: PointLookup): Point2 {
  const other = lookup(id);
  if (!other || other.template !== template.id || !other.sites[0]) {
    throw new GeometryError(`anchor point '${id}' is not on template ${template.id}`);
  }
  return sitePosition(template, other.sites[0], lookup);
}

/** A site in template coordinates (body frame: the person's left half). */
export function sitePosition(template: BodyTemplate, site: Site, lookup: PointLookup): Point2 {
  let start: Point2;
  if (site.kind === 'between') {
    const a = landmarkPosition(template, site.from);
    const b = landmarkPosition(template, site.to);
    start = { x: a.x + (b.x - a.x) * site.fraction, y: a.y + (b.y - a.y) * site.fraction };
  } else if ('landmark' in site.anchor) {
    start = landmarkPosition(template, site.anchor.landmark);
  } else {
    start = pointAnchor(template, site.anchor.point, lookup);
  }
  return applyBeside(template, applyOffsets(template, start, site.offsets, lookup), site.beside);
}

/** Body coordinates to SVG coordinates; limb templates are already in SVG coordinates. */
export function toSvg(template: BodyTemplate, pt: Point2, side: Side): Point2 {
  if (template.frame.kind === 'limb') return pt;
  const lateral = side === 'right' ? -pt.x : pt.x;
  // Seen from behind, the person's left is on the viewer's left; from the front, on the right.
  const sign = template.frame.facing === 'posterior' ? -1 : 1;
  return { x: template.frame.midX + sign * lateral, y: pt.y };
}

/** Every drawn position of a point on its template, in SVG coordinates. */
export function placePoint(point: Acupoint, lookup: PointLookup): PlacedSite[] {
  const template = TEMPLATES[point.template];
  const out: PlacedSite[] = [];
  point.sites.forEach((site, siteIndex) => {
    const pos = sitePosition(template, site, lookup);
    if (template.frame.kind === 'limb') {
      out.push({ ...pos, side: template.frame.drawnSide, siteIndex });
    } else if (point.laterality === 'midline') {
      out.push({ ...toSvg(template, pos, 'midline'), side: 'midline', siteIndex });
    } else {
      for (const side of ['left', 'right'] as const) {
        out.push({ ...toSvg(template, pos, side), side, siteIndex });
      }
    }
  });
  return out;
}
