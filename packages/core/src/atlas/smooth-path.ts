import type { Point2 } from './types.js';

// A closed Catmull-Rom spline through the outline's vertices, as cubic Béziers. The drawing and
// the "inside the outline" check both come from this one curve, so they cannot disagree.

interface Cubic {
  p0: Point2;
  c1: Point2;
  c2: Point2;
  p3: Point2;
}

function cubics(points: readonly Point2[]): Cubic[] {
  const n = points.length;
  const at = (i: number): Point2 => points[((i % n) + n) % n]!;
  const out: Cubic[] = [];
  for (let i = 0; i < n; i++) {
    const a = at(i - 1);
    const b = at(i);
    const c = at(i + 1);
    const d = at(i + 2);
    out.push({
      p0: b,
      c1: { x: b.x + (c.x - a.x) / 6, y: b.y + (c.y - a.y) / 6 },
      c2: { x: c.x - (d.x - b.x) / 6, y: c.y - (d.y - b.y) / 6 },
      p3: c,
    });
  }
  return out;
}

const r = (v: number): string => String(Math.round(v * 10) / 10);

/** SVG path data of the smooth closed curve through `points`. */
export function smoothClosedPath(points: readonly Point2[]): string {
  const cs = cubics(points);
  const first = cs[0];
  if (!first) return '';
  const parts = [`M${r(first.p0.x)} ${r(first.p0.y)}`];
  for (const c of cs) {
    parts.push(`C${r(c.c1.x)} ${r(c.c1.y)} ${r(c.c2.x)} ${r(c.c2.y)} ${r(c.p3.x)} ${r(c.p3.y)}`);
  }
  return parts.join('') + 'Z';
}

/** The same curve as a dense polygon (for containment checks). */
export function sampleClosedCurve(points: readonly Point2[], perSegment = 12): Point2[] {
  const out: Point2[] = [];
  for (const { p0, c1, c2, p3 } of cubics(points)) {
    for (let k = 0; k < perSegment; k++) {
      const t = k / perSegment;
      const u = 1 - t;
      const w0 = u * u * u;
      const w1 = 3 * u * u * t;
      const w2 = 3 * u * t * t;
      const w3 = t * t * t;
      out.push({
        x: w0 * p0.x + w1 * c1.x + w2 * c2.x + w3 * p3.x,
        y: w0 * p0.y + w1 * c1.y + w2 * c2.y + w3 * p3.y,
      });
    }
  }
  return out;
}

/** Even-odd ray casting. */
export function insidePolygon(pt: Point2, polygon: readonly Point2[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    if (a.y > pt.y !== b.y > pt.y && pt.x < ((b.x - a.x) * (pt.y - a.y)) / (b.y - a.y) + a.x) {
      inside = !inside;
    }
  }
  return inside;
}
