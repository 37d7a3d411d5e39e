import { areasOverlap, type BodyArea } from './body-areas.js';
import { pointPositions } from './drawing.js';
import { landmarkPosition, unitsPerCun } from './geometry.js';
import { insidePolygon } from './smooth-path.js';
import { TEMPLATES, type BodyTemplate } from './templates/index.js';
import type { Acupoint, Point2, SegmentId, Side, TemplateId } from './types.js';

/**
 * A place on the body that a plan may press: an atlas point on one side, or a tender spot. Its
 * location is a drawing, a position on it (the drawing's own SVG coordinates) and the side of the
 * body. Every safety rule is decided on this, never on a label.
 */
export interface BodyPlace {
  template: TemplateId;
  x: number;
  y: number;
  side: Side;
}

/** A place with what its location tells: the areas it lies in and its level on the lower leg. */
export interface LocatedPlace extends BodyPlace {
  /** The smallest areas whose shape holds it (`body` when none does). */
  areas: BodyArea[];
  /**
   * Distance from the body's midline towards the person's left, in drawing units (negative on
   * the right); whole-body drawings only.
   */
  bodyX?: number;
  /** 0 at the ankle to 1 at the knee, where the drawing has that scale and it lies there. */
  legLevel?: number;
}

/**
 * On a whole-body drawing, the distance from the midline towards the person's left (negative on
 * the right): seen from behind the left is on the viewer's left, from the front on the right.
 */
export function bodyX(t: BodyTemplate, x: number): number | undefined {
  if (t.frame.kind !== 'body') return undefined;
  return t.frame.facing === 'posterior' ? t.frame.midX - x : x - t.frame.midX;
}

/**
 * How many drawing units make "about 1 cun" on a template: the largest scale of its B-cun
 * segments (so a zone errs on the large side), or its finger measure where it has no segment.
 */
export function zoneUnits(t: BodyTemplate): number {
  let z = zones.get(t.id);
  if (z === undefined) zones.set(t.id, (z = measureZone(t)));
  return z;
}

const zones = new Map<TemplateId, number>();
function measureZone(t: BodyTemplate): number {
  const segments = Object.keys(t.segments) as SegmentId[];
  if (segments.length) return Math.max(...segments.map((s) => unitsPerCun(t, s)));
  if (!t.fingerCun) throw new Error(`template ${t.id} has no scale for a cun`);
  const [a, b] = t.fingerCun.map((n) => landmarkPosition(t, n));
  return Math.hypot(a!.x - b!.x, a!.y - b!.y);
}

const LOWER_LEG: readonly BodyArea[] = ['lower-leg', 'ankle-and-foot'];

function legLevel(t: BodyTemplate, pt: Point2, areas: readonly BodyArea[]): number | undefined {
  const axis = t.lowerLegAxis;
  if (!axis || !areas.some((a) => LOWER_LEG.some((l) => areasOverlap(a, l)))) return undefined;
  if (areas.includes('foot')) return undefined;
  const a = landmarkPosition(t, axis.ankle);
  const k = landmarkPosition(t, axis.knee);
  const dx = k.x - a.x;
  const dy = k.y - a.y;
  return ((pt.x - a.x) * dx + (pt.y - a.y) * dy) / (dx * dx + dy * dy);
}

interface BoxedShape {
  area: BodyArea;
  shape: Point2[];
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}
const boxed = new Map<TemplateId, BoxedShape[]>();
/** A template's area shapes with their bounding boxes (a quick test before the polygon). */
function shapesOf(t: BodyTemplate): BoxedShape[] {
  let hit = boxed.get(t.id);
  if (!hit) {
    hit = t.areas.map(({ area, shape }) => {
      const xs = shape.map((q) => q.x);
      const ys = shape.map((q) => q.y);
      const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      return { area, shape, x0, x1, y0, y1 };
    });
    boxed.set(t.id, hit);
  }
  return hit;
}

/** Where a position lies on its drawing: its areas, distance from the midline, level on the leg. */
export function locate(place: BodyPlace): LocatedPlace {
  const t = TEMPLATES[place.template];
  const bx = bodyX(t, place.x);
  // Body-frame shapes are drawn for the left half; the right is their mirror.
  const pt = bx === undefined ? { x: place.x, y: place.y } : { x: Math.abs(bx), y: place.y };
  const areas: BodyArea[] = [];
  for (const s of shapesOf(t)) {
    if (pt.x < s.x0 || pt.x > s.x1 || pt.y < s.y0 || pt.y > s.y1) continue;
    if (!areas.includes(s.area) && insidePolygon(pt, s.shape)) areas.push(s.area);
  }
  const level = legLevel(t, pt, areas);
  return {
    ...place,
    areas: areas.length ? areas : ['body'],
    ...(bx === undefined ? {} : { bodyX: bx }),
    ...(level === undefined ? {} : { legLevel: level }),
  };
}

/** Whether a place lies in a body area (in it, or in an area that may hold part of it). */
export const placeIn = (place: LocatedPlace, area: BodyArea): boolean =>
  place.areas.some((a) => areasOverlap(a, area));

const pointCache = new Map<string, LocatedPlace[]>();

/**
 * Every place a point is pressed at, on every side: mirrored positions on a whole-body drawing,
 * the same drawn position for either limb on a drawing of one limb.
 */
export function placesOfPoint(point: Acupoint): LocatedPlace[] {
  const hit = pointCache.get(point.id);
  if (hit) return hit;
  const t = TEMPLATES[point.template];
  const out: LocatedPlace[] = [];
  for (const s of pointPositions(point)) {
    const sides: Side[] =
      t.frame.kind === 'limb' && point.laterality === 'bilateral' ? ['left', 'right'] : [s.side];
    for (const side of sides) out.push(locate({ template: t.id, x: s.x, y: s.y, side }));
  }
  pointCache.set(point.id, out);
  return out;
}
