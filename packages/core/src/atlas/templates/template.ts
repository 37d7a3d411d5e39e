import type { BodyArea } from '../body-areas.js';
import type { Direction, Point2, SegmentId, TemplateId } from '../types.js';

/**
 * A body template: a drawing of one view of the body, with the landmarks that location facts
 * refer to. Positions of landmarks are our drawing of an average adult; a point's position is
 * never placed by hand, it is computed from its landmark and B-cun offsets (geometry.ts).
 *
 * Two frames:
 * - `body`: whole-body views. Coordinates are body coordinates: x = distance from the posterior
 *   (or anterior) median line towards the person's LEFT, y = down. Only the left half is written;
 *   the right is its mirror (x → -x). A landmark reference may end in `@right` for the mirror.
 * - `limb`: one limb drawn as seen; coordinates are the SVG's own.
 */
export type TemplateFrame =
  | { kind: 'body'; midX: number; facing: 'posterior' | 'anterior' }
  | { kind: 'limb'; drawnSide: 'left' | 'right' };

export interface Landmark extends Point2 {
  label: string;
}

export interface Guide {
  /** A polyline, in the template's coordinates (body frame: left half, mirrored when drawn). */
  points: Point2[];
  /** Drawn on both sides (body frame only). */
  mirror?: boolean;
  closed?: boolean;
}

/** Where a body area lies on a template: a polygon (body frame: the left half, mirrored). */
export interface AreaShape {
  area: BodyArea;
  shape: Point2[];
}

/**
 * The lower leg as a scale from the ankle (0) to the knee (1): the level of a spot is comparable
 * across the drawings of the leg even where they show different faces of it.
 */
export interface LowerLegAxis {
  /** Landmark at the ankle end (level 0). */
  ankle: string;
  /** Landmark at the knee end (level 1). */
  knee: string;
  /** B-cun between them (docs/clinical-sources.md#b-cun). */
  cun: number;
}

export interface BodyTemplate {
  id: TemplateId;
  title: string;
  /** Text alternative for the drawing. */
  description: string;
  width: number;
  height: number;
  frame: TemplateFrame;
  /**
   * The body outline through which a smooth curve is drawn. Body frame: the left half from the
   * top of the midline round to the bottom of the midline; limb frame: the whole closed outline.
   */
  outline: Point2[];
  landmarks: Record<string, Landmark>;
  /** B-cun segments realised on this template: [from, to] landmark references. */
  segments: Partial<Record<SegmentId, [string, string]>>;
  /** Unit vectors of direction words in this template's coordinates. */
  axes: Partial<Record<Direction, Point2>>;
  guides: Guide[];
  /**
   * The body areas this drawing shows, together covering the whole outline (they may overlap:
   * a spot on a border lies in both).
   */
  areas: AreaShape[];
  /**
   * Other drawings whose points this one may also show (a different face of the same part):
   * a spot marked here cannot be measured against those points, so it is judged by area.
   */
  alsoShows: TemplateId[];
  lowerLegAxis?: LowerLegAxis;
  /**
   * For a drawing with no B-cun segment (the hand): two landmarks about 1 cun apart by a finger
   * measure (docs/clinical-sources.md#b-cun), the drawing's scale for "about 1 cun".
   */
  fingerCun?: [string, string];
}

export const p = (x: number, y: number): Point2 => ({ x, y });

/** A rectangle as a polygon, corners (x0, y0) and (x1, y1). */
export const rect = (x0: number, y0: number, x1: number, y1: number): Point2[] => [
  p(x0, y0),
  p(x1, y0),
  p(x1, y1),
  p(x0, y1),
];
