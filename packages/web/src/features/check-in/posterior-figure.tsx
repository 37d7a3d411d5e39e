import { forwardRef, useId, type MouseEvent, type ReactNode } from 'react';
import {
  PAIN_REGIONS,
  TEMPLATES,
  templateDrawing,
  toSvg,
  type Box,
  type TemplateId,
} from '@acupress/core';

// The drawings of the check-in's two maps (where it hurts, on the back view; tender spots, on any
// drawing): the template's outline and guides, with interactive shapes on top supplied by the
// caller.

/** The part of the drawing the pain regions cover (neck to feet), with a small margin. */
export const MAP_VIEW: Box = { x: 52, y: 60, width: 136, height: 542 };

const POSTERIOR = TEMPLATES.posterior;

/** A pain region's outline in SVG coordinates ("x,y x,y …"). */
export function regionPoints(id: string): string {
  const region = PAIN_REGIONS.find((r) => r.id === id);
  if (!region) return '';
  return region.shape
    .map((pt) => toSvg(POSTERIOR, pt, 'left'))
    .map((pt) => `${pt.x},${pt.y}`)
    .join(' ');
}

/** The centre of a pain region's outline, in SVG coordinates. */
export function regionCentre(id: string): { x: number; y: number } {
  const region = PAIN_REGIONS.find((r) => r.id === id);
  const pts = (region?.shape ?? []).map((pt) => toSvg(POSTERIOR, pt, 'left'));
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  return {
    x: (Math.min(...xs) + Math.max(...xs)) / 2,
    y: (Math.min(...ys) + Math.max(...ys)) / 2,
  };
}

/** The part of a drawing the check-in shows: the back view without its empty margin. */
export const figureView = (template: TemplateId): Box =>
  template === 'posterior'
    ? MAP_VIEW
    : { x: 0, y: 0, width: TEMPLATES[template].width, height: TEMPLATES[template].height };

export interface PosteriorFigureProps {
  /** The drawing; the back of the body unless given. */
  template?: TemplateId;
  /** Accessible name of the figure. */
  label: string;
  /** ids of elements describing it (instructions). */
  describedBy?: string;
  /** "group" when it holds controls, "img" when it only shows things. */
  role: 'group' | 'img';
  className?: string;
  onClick?: (event: MouseEvent<SVGSVGElement>) => void;
  children?: ReactNode;
}

export const PosteriorFigure = forwardRef<SVGSVGElement, PosteriorFigureProps>(
  function PosteriorFigure(
    { template = 'posterior', label, describedBy, role, className, onClick, children },
    ref,
  ) {
    const drawing = templateDrawing(template);
    const titleId = `${useId()}-title`;
    const box = figureView(template);
    const frame = TEMPLATES[template].frame;
    // Seen from behind, the person's left is on the viewer's left; from the front, on the right.
    const sides =
      frame.kind !== 'body'
        ? null
        : frame.facing === 'posterior'
          ? ['Left', 'Right']
          : ['Right', 'Left'];
    return (
      <svg
        ref={ref}
        className={['body-diagram', 'ci-figure', className].filter(Boolean).join(' ')}
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        preserveAspectRatio="xMidYMid meet"
        role={role}
        aria-labelledby={titleId}
        aria-describedby={describedBy}
        onClick={onClick}
      >
        <title id={titleId}>{label}</title>
        <g aria-hidden="true">
          <rect
            className="body-diagram__backdrop"
            x={box.x}
            y={box.y}
            width={box.width}
            height={box.height}
          />
          <path className="body-diagram__outline" d={drawing.outlinePath} />
          {drawing.guidePaths.map((d, i) => (
            <path key={i} className="body-diagram__guide" d={d} />
          ))}
          {sides ? (
            <>
              <text className="ci-figure__side" x={box.x + 4} y={box.y + 16}>
                {sides[0]}
              </text>
              <text
                className="ci-figure__side"
                x={box.x + box.width - 4}
                y={box.y + 16}
                textAnchor="end"
              >
                {sides[1]}
              </text>
            </>
          ) : null}
        </g>
        {children}
      </svg>
    );
  },
);
