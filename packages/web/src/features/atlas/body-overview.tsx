import { useMemo, useState } from 'react';
import { POINTS, pointPositions, type Acupoint, type Box } from '@acupress/core';
import { BodyDiagram, type DiagramMarker } from '../../components/body-diagram';
import { pointName, sideLabel } from '../../lib/point-labels';

const TEMPLATE = 'posterior' as const;

// The part of the back view that holds points (computed from the atlas, with a margin).
const VIEW: Box = (() => {
  const ys = POINTS.filter((p) => p.template === TEMPLATE).flatMap((p) =>
    pointPositions(p).map((s) => s.y),
  );
  const top = Math.max(0, Math.min(...ys) - 34);
  const bottom = Math.max(...ys) + 50;
  return { x: 0, y: top, width: 240, height: bottom - top };
})();

export function markersFor(points: readonly Acupoint[]): DiagramMarker[] {
  return points.flatMap((point) =>
    pointPositions(point).map((site) => ({
      key: `${point.id}-${site.side}-${site.siteIndex}`,
      x: site.x,
      y: site.y,
      label: `${pointName(point)}, ${sideLabel(point, site)}`,
      href: `/points/${point.id}`,
    })),
  );
}

/** The back of the body with every matching point on it as a link. */
export function BodyOverview({ points }: { points: readonly Acupoint[] }) {
  const onBack = useMemo(() => points.filter((p) => p.template === TEMPLATE), [points]);
  const markers = useMemo(() => markersFor(onBack), [onBack]);
  const [active, setActive] = useState<DiagramMarker | null>(null);
  const elsewhere = points.length - onBack.length;

  return (
    <figure className="body-overview">
      <div className="body-overview__drawing">
        <BodyDiagram
          template={TEMPLATE}
          viewBox={VIEW}
          markers={markers}
          markerSize={0.0135}
          hitRadius={7}
          label={`Back of the body, with ${onBack.length} point${onBack.length === 1 ? '' : 's'} as links`}
          onMarkerActive={setActive}
        />
      </div>
      <figcaption className="body-overview__caption">
        <span className="body-overview__active" aria-hidden="true">
          {active ? active.label : 'Seen from behind: the left side is on your left.'}
        </span>
        {elsewhere > 0 ? (
          <span className="body-overview__note">
            {elsewhere === 1 ? '1 matching point is' : `${elsewhere} matching points are`} on the
            hand, leg, foot or face: see the list.
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}
