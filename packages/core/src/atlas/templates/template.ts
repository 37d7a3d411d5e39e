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
}

export const p = (x: number, y: number): Point2 => ({ x, y });
