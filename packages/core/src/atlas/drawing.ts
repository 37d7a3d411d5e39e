import { getPoint } from './atlas.js';
import { placePoint, toSvg } from './geometry.js';
import { smoothClosedPath } from './smooth-path.js';
import { TEMPLATES, type BodyTemplate } from './templates/index.js';
import type { Acupoint, PlacedSite, Point2, TemplateId } from './types.js';

export interface TemplateDrawing {
  id: TemplateId;
  title: string;
  description: string;
  width: number;
  height: number;
  /** SVG path data of the body outline. */
  outlinePath: string;
  /** SVG path data of anatomical guide lines (spine, creases, bones). */
  guidePaths: string[];
}

/** The whole outline polygon in SVG coordinates (body frame: both halves). */
export function outlinePolygon(template: BodyTemplate): Point2[] {
  if (template.frame.kind === 'limb') return template.outline;
  const left = template.outline.map((pt) => toSvg(template, pt, 'left'));
  const right = template.outline
    .slice(1, -1)
    .reverse()
    .map((pt) => toSvg(template, pt, 'right'));
  return [...left, ...right];
}

const fmt = (v: number): string => String(Math.round(v * 10) / 10);
const polyline = (pts: Point2[], closed: boolean): string =>
  pts.map((pt, i) => `${i ? 'L' : 'M'}${fmt(pt.x)} ${fmt(pt.y)}`).join('') + (closed ? 'Z' : '');

const cache = new Map<TemplateId, TemplateDrawing>();

/** Everything needed to draw a template: computed once per template. */
export function templateDrawing(id: TemplateId): TemplateDrawing {
  const hit = cache.get(id);
  if (hit) return hit;
  const t = TEMPLATES[id];
  const guidePaths: string[] = [];
  for (const g of t.guides) {
    const sides =
      t.frame.kind === 'body' && g.mirror ? (['left', 'right'] as const) : (['left'] as const);
    for (const side of sides) {
      guidePaths.push(
        polyline(
          g.points.map((pt) => toSvg(t, pt, side)),
          g.closed ?? false,
        ),
      );
    }
  }
  const drawing: TemplateDrawing = {
    id,
    title: t.title,
    description: t.description,
    width: t.width,
    height: t.height,
    outlinePath: smoothClosedPath(outlinePolygon(t)),
    guidePaths,
  };
  cache.set(id, drawing);
  return drawing;
}

const positions = new Map<string, PlacedSite[]>();

/** Where a point is drawn on its template (cached; the atlas is immutable). */
export function pointPositions(point: Acupoint): PlacedSite[] {
  let hit = positions.get(point.id);
  if (!hit) {
    hit = placePoint(point, getPoint);
    positions.set(point.id, hit);
  }
  return hit;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A view box around a point's sites for a zoomed diagram, kept inside the template. */
export function zoomBox(point: Acupoint, minSize = 110): Box {
  const t = TEMPLATES[point.template];
  const sites = pointPositions(point);
  const xs = sites.map((s) => s.x);
  const ys = sites.map((s) => s.y);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
  const size = Math.max(
    minSize,
    Math.max(...xs) - Math.min(...xs) + 60,
    Math.max(...ys) - Math.min(...ys) + 60,
  );
  const half = size / 2;
  const x = Math.min(Math.max(cx - half, 0), Math.max(t.width - size, 0));
  const y = Math.min(Math.max(cy - half, 0), Math.max(t.height - size, 0));
  return { x, y, width: Math.min(size, t.width), height: Math.min(size, t.height) };
}
