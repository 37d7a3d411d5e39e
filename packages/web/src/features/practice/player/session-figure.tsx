import {
  TEMPLATES,
  getPoint,
  pointPositions,
  zoomBox,
  type Box,
  type PlanStep,
  type SessionItem,
  type TemplateId,
} from '@acupress/core';
import { BodyDiagram, type DiagramMarker } from '../../../components/body-diagram';
import { viewNote } from '../../../lib/point-labels';

/** A square view around a spot, kept inside its template. */
function boxAround(template: TemplateId, x: number, y: number, size = 110): Box {
  const t = TEMPLATES[template];
  const half = size / 2;
  return {
    x: Math.min(Math.max(x - half, 0), Math.max(t.width - size, 0)),
    y: Math.min(Math.max(y - half, 0), Math.max(t.height - size, 0)),
    width: Math.min(size, t.width),
    height: Math.min(size, t.height),
  };
}

const sideWords = (side: SessionItem['side']) =>
  side === 'midline' ? 'on the midline' : `${side} side`;

/**
 * The body zoomed on the spot to press now: this side highlighted, the other side dimmed. A limb
 * drawn once (one leg, one hand) marks the point there whichever side is pressed.
 */
export function SessionFigure({ step, item }: { step: PlanStep; item: SessionItem }) {
  if (step.kind === 'ashi') {
    return (
      <figure className="session-figure">
        <BodyDiagram
          template={step.template}
          viewBox={boxAround(step.template, step.x, step.y)}
          markers={[{ key: 'spot', x: step.x, y: step.y, label: step.label, tone: 'highlight' }]}
          markerSize={0.03}
          label={`Close-up: ${step.label}, where you marked it`}
          className="session-figure__diagram"
        />
      </figure>
    );
  }
  const point = getPoint(step.pointId);
  if (!point) return null;
  const sites = pointPositions(point);
  const thisSide = sites.some((s) => s.side === item.side);
  const close = sites.some((a, i) =>
    sites.some((b, j) => j > i && Math.hypot(a.x - b.x, a.y - b.y) < 20),
  );
  const markers: DiagramMarker[] = sites.map((s) => ({
    key: `${s.side}-${s.siteIndex}`,
    x: s.x,
    y: s.y,
    label: `${step.name}, ${s.side}`,
    tone: !thisSide || s.side === item.side ? 'highlight' : 'dim',
    caption:
      thisSide && s.side === item.side && s.side !== 'midline'
        ? s.side === 'left'
          ? 'Left'
          : 'Right'
        : undefined,
    captionAnchor: 'middle',
  }));
  return (
    <figure className="session-figure">
      <BodyDiagram
        template={point.template}
        viewBox={zoomBox(point, close ? 70 : undefined)}
        markers={markers}
        markerSize={0.03}
        label={`Close-up: ${step.name}, ${sideWords(item.side)}, on the ${TEMPLATES[point.template].title.toLowerCase()}`}
        className="session-figure__diagram"
      />
      <figcaption className="session-figure__note">{viewNote(point)}</figcaption>
    </figure>
  );
}
