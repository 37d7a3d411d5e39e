import { useMemo } from 'react';
import {
  POINTS,
  TEMPLATES,
  landmarkPosition,
  pointPositions,
  templateDrawing,
  zoomBox,
  type Acupoint,
} from '@acupress/core';
import { BodyDiagram, type DiagramLevel, type DiagramMarker } from '../../components/body-diagram';
import { pointName, sideLabel, viewNote } from '../../lib/point-labels';

function sidesInWords(point: Acupoint): string {
  if (point.laterality === 'midline') return 'on the midline';
  const t = TEMPLATES[point.template];
  if (t.frame.kind === 'limb') return `on the ${sideLabel(point, pointPositions(point)[0]!)}`;
  return 'on the left and right sides';
}

/** Sites a few units apart (Jiaji, 0.5 cun beside the spine) need a closer zoom to stay apart. */
function closeSites(point: Acupoint): boolean {
  const sites = pointPositions(point);
  return sites.some((a, i) => sites.some((b, j) => j > i && Math.hypot(a.x - b.x, a.y - b.y) < 20));
}

const VERTEBRA = /^[CTL]\d{1,2}$/;

/** The vertebra levels a point is placed from (BL23: "L2"), drawn as reference lines. */
function vertebraLevels(point: Acupoint): DiagramLevel[] {
  const t = TEMPLATES[point.template];
  if (t.frame.kind !== 'body') return [];
  // Only a point placed *at* a vertebra is level with it ("between" sites lie off its level).
  const refs = point.sites.flatMap((s) =>
    s.kind === 'at' && 'landmark' in s.anchor ? [s.anchor.landmark] : [],
  );
  return [...new Set(refs)]
    .filter((ref) => VERTEBRA.test(ref))
    .map((ref) => ({ y: landmarkPosition(t, ref).y, label: `${ref} level` }));
}

/** The point's template zoomed on it, with a whole-body thumbnail showing where the close-up is. */
export function PointDiagram({ point }: { point: Acupoint }) {
  const drawing = templateDrawing(point.template);
  const box = zoomBox(point, closeSites(point) ? 70 : undefined);
  const isBody = TEMPLATES[point.template].frame.kind === 'body';

  const markers = useMemo<DiagramMarker[]>(() => {
    const others = POINTS.filter((p) => p.template === point.template && p.id !== point.id);
    const dim = others.flatMap((p) =>
      pointPositions(p).map((s) => ({
        key: `${p.id}-${s.side}-${s.siteIndex}`,
        x: s.x,
        y: s.y,
        label: pointName(p),
        tone: 'dim' as const,
      })),
    );
    const sites = pointPositions(point);
    const xs = sites.map((s) => s.x);
    const centre = (Math.min(...xs) + Math.max(...xs)) / 2;
    const own = sites.map((s) => ({
      key: `${point.id}-${s.side}-${s.siteIndex}`,
      x: s.x,
      y: s.y,
      label: `${pointName(point)}, ${sideLabel(point, s)}`,
      tone: 'highlight' as const,
      caption: isBody && s.side !== 'midline' ? (s.side === 'left' ? 'Left' : 'Right') : undefined,
      captionAnchor: s.x < centre ? ('end' as const) : ('start' as const),
    }));
    return [...dim, ...own];
  }, [point, isBody]);

  const thumbMarkers = useMemo<DiagramMarker[]>(
    () =>
      pointPositions(point).map((s) => ({
        key: `${s.side}-${s.siteIndex}`,
        x: s.x,
        y: s.y,
        label: pointName(point),
        tone: 'normal' as const,
      })),
    [point],
  );

  return (
    <figure className="point-diagram">
      <div className="point-diagram__zoom">
        <BodyDiagram
          template={point.template}
          viewBox={box}
          markers={markers}
          markerSize={0.022}
          levels={vertebraLevels(point)}
          label={`${drawing.title}, close-up: ${pointName(point)} marked ${sidesInWords(point)}.`}
        />
      </div>
      <figcaption className="point-diagram__caption">
        <div className="point-diagram__thumb">
          <BodyDiagram
            template={point.template}
            markers={thumbMarkers}
            markerSize={0.03}
            frame={box}
            decorative
          />
        </div>
        <div className="point-diagram__notes">
          <p>{viewNote(point)}</p>
          <p className="point-diagram__legend">
            <span className="legend-item">
              <span className="legend-dot legend-dot--this" aria-hidden="true" /> {point.id}
            </span>{' '}
            <span className="legend-item">
              <span className="legend-dot legend-dot--other" aria-hidden="true" /> Other points
            </span>
          </p>
          <p className="muted">The outlined box on the small figure shows where the close-up is.</p>
        </div>
      </figcaption>
    </figure>
  );
}
