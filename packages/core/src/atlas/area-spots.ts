import { BODY_AREA_INFO, type BodyArea } from './body-areas.js';
import { outlinePolygon } from './drawing.js';
import { toSvg } from './geometry.js';
import { insidePolygon, sampleClosedCurve } from './smooth-path.js';
import { TEMPLATES } from './templates/index.js';
import type { Point2, TemplateId } from './types.js';

/** A spot to mark in the middle of a body area of a drawing (the keyboard's way to add one). */
export interface AreaSpot {
  area: BodyArea;
  /** On a whole-body drawing, the side of the body; on a drawing of one limb, none. */
  side?: 'left' | 'right';
  label: string;
  /** Position in the drawing's SVG coordinates, on the body. */
  x: number;
  y: number;
}

const cache = new Map<TemplateId, AreaSpot[]>();

/**
 * For each area a drawing shows (on each side of a whole-body drawing), the point on the body
 * nearest the middle of the area's part of the body. Drawing aids, not clinical positions.
 */
export function areaSpots(id: TemplateId): AreaSpot[] {
  const hit = cache.get(id);
  if (hit) return hit;
  const t = TEMPLATES[id];
  const outline = sampleClosedCurve(outlinePolygon(t));
  const out: AreaSpot[] = [];
  const sides = t.frame.kind === 'body' ? (['left', 'right'] as const) : ([undefined] as const);
  for (const side of sides) {
    for (const { area, shape } of t.areas) {
      const inside: Point2[] = [];
      const xs = shape.map((p) => p.x);
      const ys = shape.map((p) => p.y);
      for (let x = Math.min(...xs); x <= Math.max(...xs); x += 1)
        for (let y = Math.min(...ys); y <= Math.max(...ys); y += 1) {
          const at = side ? toSvg(t, { x, y }, side) : { x, y };
          if (insidePolygon({ x, y }, shape) && insidePolygon(at, outline)) inside.push(at);
        }
      if (!inside.length) continue;
      const cx = inside.reduce((s, p) => s + p.x, 0) / inside.length;
      const cy = inside.reduce((s, p) => s + p.y, 0) / inside.length;
      const best = inside.reduce((a, b) =>
        Math.hypot(a.x - cx, a.y - cy) <= Math.hypot(b.x - cx, b.y - cy) ? a : b,
      );
      const label = BODY_AREA_INFO[area].label;
      out.push({
        area,
        ...(side ? { side } : {}),
        label: side ? `${label}, ${side}` : label,
        ...best,
      });
    }
  }
  cache.set(id, out);
  return out;
}
