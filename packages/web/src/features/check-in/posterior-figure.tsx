import { forwardRef, useId, type MouseEvent, type ReactNode } from 'react';
import { PAIN_REGIONS, TEMPLATES, templateDrawing, toSvg, type Box } from '@acupress/core';

// The back view drawn for the check-in's two maps (where it hurts, tender spots): the template's
// outline and guides, with interactive shapes on top supplied by the caller.

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

export interface PosteriorFigureProps {
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
  function PosteriorFigure({ label, describedBy, role, className, onClick, children }, ref) {
    const drawing = templateDrawing('posterior');
    const titleId = `${useId()}-title`;
    const box = MAP_VIEW;
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
          {/* Seen from behind, the person's left is on the viewer's left. */}
          <text className="ci-figure__side" x={box.x + 4} y={box.y + 16}>
            Left
          </text>
          <text
            className="ci-figure__side"
            x={box.x + box.width - 4}
            y={box.y + 16}
            textAnchor="end"
          >
            Right
          </text>
        </g>
        {children}
      </svg>
    );
  },
);
