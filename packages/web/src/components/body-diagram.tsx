import { useId, useMemo } from 'react';
import { templateDrawing, type Box, type TemplateId } from '@acupress/core';
import { routeClick } from '../router';
import './body-diagram.css';

export type MarkerTone = 'normal' | 'highlight' | 'dim';

export interface DiagramMarker {
  key: string;
  x: number;
  y: number;
  /** Accessible name of a linked marker, e.g. "BL23 Shenshu, left side". */
  label: string;
  href?: string;
  tone?: MarkerTone;
  /** A short visible label beside the marker ("Left"). */
  caption?: string;
  captionAnchor?: 'start' | 'end' | 'middle';
}

/** A horizontal reference line at a landmark's level (e.g. "L2"), labelled at the left edge. */
export interface DiagramLevel {
  y: number;
  label: string;
}

export interface BodyDiagramProps {
  template: TemplateId;
  /** The part of the template to show; the whole drawing by default. */
  viewBox?: Box;
  markers?: readonly DiagramMarker[];
  /** Radius of a point's dot, as a fraction of the view's width. */
  markerSize?: number;
  /** Radius of a linked marker's touch target, in template units (capped so targets never overlap). */
  hitRadius?: number;
  levels?: readonly DiagramLevel[];
  /** A rectangle to outline (the close-up area on a thumbnail). */
  frame?: Box;
  /** Accessible name; defaults to the template's title. */
  label?: string;
  /** Hidden from assistive technology (a duplicate of nearby content, e.g. a thumbnail). */
  decorative?: boolean;
  className?: string;
  onMarkerActive?: (marker: DiagramMarker | null) => void;
}

const fmt = (v: number): string => String(Math.round(v * 100) / 100);

/** Each linked marker's touch radius: as large as asked, but never reaching a neighbour's. */
function hitRadii(markers: readonly DiagramMarker[], wanted: number): Map<string, number> {
  const linked = markers.filter((m) => m.href);
  const out = new Map<string, number>();
  for (const m of linked) {
    let nearest = Infinity;
    for (const o of linked) {
      if (o === m) continue;
      nearest = Math.min(nearest, Math.hypot(o.x - m.x, o.y - m.y));
    }
    out.set(m.key, Math.min(wanted, nearest / 2));
  }
  return out;
}

/**
 * A body template drawn as inline SVG: outline, anatomical guide lines and point markers.
 * Linked markers are SVG links (focusable, named, with a touch target of their own); the
 * drawing is an image when nothing in it is interactive and a named group otherwise.
 */
export function BodyDiagram({
  template,
  viewBox,
  markers = [],
  markerSize = 0.016,
  hitRadius,
  frame,
  levels = [],
  label,
  decorative = false,
  className,
  onMarkerActive,
}: BodyDiagramProps) {
  const drawing = templateDrawing(template);
  const box = viewBox ?? { x: 0, y: 0, width: drawing.width, height: drawing.height };
  const r = box.width * markerSize;
  const interactive = markers.some((m) => m.href);
  const radii = useMemo(() => hitRadii(markers, hitRadius ?? r * 3), [markers, hitRadius, r]);
  const uid = useId();
  const titleId = `${uid}-title`;
  const descId = `${uid}-desc`;
  const captionSize = box.width * 0.042;

  // Dimmed markers first, then normal, then highlighted on top.
  const order: Record<MarkerTone, number> = { dim: 0, normal: 1, highlight: 2 };
  const sorted = [...markers].sort((a, b) => order[a.tone ?? 'normal'] - order[b.tone ?? 'normal']);

  const a11y = decorative
    ? { 'aria-hidden': true as const }
    : {
        role: interactive ? 'group' : 'img',
        'aria-labelledby': titleId,
        'aria-describedby': descId,
      };

  return (
    <svg
      className={['body-diagram', className].filter(Boolean).join(' ')}
      viewBox={`${fmt(box.x)} ${fmt(box.y)} ${fmt(box.width)} ${fmt(box.height)}`}
      preserveAspectRatio="xMidYMid meet"
      focusable="false"
      {...a11y}
    >
      {decorative ? null : (
        <>
          <title id={titleId}>{label ?? drawing.title}</title>
          <desc id={descId}>{drawing.description}</desc>
        </>
      )}
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
        {levels.map((level) => (
          <g key={level.label} className="body-diagram__level">
            <line
              x1={box.x}
              x2={box.x + box.width}
              y1={level.y}
              y2={level.y}
              className="body-diagram__level-line"
            />
            <text
              x={box.x + box.width * 0.025}
              y={level.y - box.width * 0.018}
              fontSize={captionSize * 0.8}
              className="body-diagram__level-label"
              strokeWidth={captionSize * 0.25}
            >
              {level.label}
            </text>
          </g>
        ))}
        {frame ? (
          <rect
            className="body-diagram__frame"
            x={frame.x}
            y={frame.y}
            width={frame.width}
            height={frame.height}
            rx={box.width * 0.02}
          />
        ) : null}
      </g>
      {sorted.map((m) => {
        const tone = m.tone ?? 'normal';
        const dot = (
          <g className={`marker marker--${tone}`}>
            {tone === 'highlight' ? (
              <>
                <circle className="marker__halo" cx={m.x} cy={m.y} r={r * 3.4} />
                <circle
                  className="marker__ring"
                  cx={m.x}
                  cy={m.y}
                  r={r * 2.1}
                  strokeWidth={r * 0.5}
                />
              </>
            ) : null}
            <circle
              className="marker__dot"
              cx={m.x}
              cy={m.y}
              r={tone === 'dim' ? r * 0.75 : tone === 'highlight' ? r * 1.15 : r}
              strokeWidth={tone === 'dim' ? 0 : r * 0.35}
            />
            {m.caption ? (
              <text
                className="marker__caption"
                x={
                  m.x +
                  (m.captionAnchor === 'end' ? -r * 4.2 : m.captionAnchor === 'start' ? r * 4.2 : 0)
                }
                y={m.y + captionSize * 0.35 + (m.captionAnchor === 'middle' ? r * 5.5 : 0)}
                fontSize={captionSize}
                textAnchor={m.captionAnchor ?? 'middle'}
                strokeWidth={captionSize * 0.28}
              >
                {m.caption}
              </text>
            ) : null}
          </g>
        );
        if (!m.href) {
          return (
            <g key={m.key} aria-hidden="true">
              {dot}
            </g>
          );
        }
        const href = m.href;
        const hit = radii.get(m.key) ?? r * 3;
        return (
          <a
            key={m.key}
            href={href}
            aria-label={m.label}
            className="marker-link"
            onClick={(event) => routeClick(event, href)}
            onMouseEnter={() => onMarkerActive?.(m)}
            onMouseLeave={() => onMarkerActive?.(null)}
            onFocus={() => onMarkerActive?.(m)}
            onBlur={() => onMarkerActive?.(null)}
          >
            <circle className="marker__hit" cx={m.x} cy={m.y} r={hit} />
            {dot}
            <circle className="marker__focus" cx={m.x} cy={m.y} r={Math.max(hit, r * 1.8)} />
          </a>
        );
      })}
    </svg>
  );
}
