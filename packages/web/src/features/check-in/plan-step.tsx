import {
  TECHNIQUE_CUES,
  TEMPLATES,
  getPoint,
  pointPositions,
  zoomBox,
  type Box,
  type PlanStep,
} from '@acupress/core';
import { BodyDiagram, type DiagramMarker } from '../../components/body-diagram';
import { Link } from '../../router';
import { sidesText, sourceShort } from '../../lib/point-labels';

function holdText(step: PlanStep): string {
  const minutes = step.holdSeconds / 60;
  const time = Number.isInteger(minutes)
    ? `${minutes} minute${minutes === 1 ? '' : 's'}`
    : `${step.holdSeconds} seconds`;
  return step.sides.length > 1 ? `${time} on each side` : time;
}

/** A square view around a spot, kept inside its template. */
function boxAround(template: keyof typeof TEMPLATES, x: number, y: number, size = 110): Box {
  const t = TEMPLATES[template];
  const half = size / 2;
  return {
    x: Math.min(Math.max(x - half, 0), Math.max(t.width - size, 0)),
    y: Math.min(Math.max(y - half, 0), Math.max(t.height - size, 0)),
    width: Math.min(size, t.width),
    height: Math.min(size, t.height),
  };
}

function StepFigure({ step }: { step: PlanStep }) {
  if (step.kind === 'ashi') {
    return (
      <BodyDiagram
        template={step.template}
        viewBox={boxAround(step.template, step.x, step.y)}
        markers={[{ key: 'spot', x: step.x, y: step.y, label: step.label, tone: 'highlight' }]}
        markerSize={0.03}
        label={`Close-up: ${step.label}`}
        className="plan-step__diagram"
      />
    );
  }
  const point = getPoint(step.pointId);
  if (!point) return null;
  const sites = pointPositions(point);
  const close = sites.some((a, i) =>
    sites.some((b, j) => j > i && Math.hypot(a.x - b.x, a.y - b.y) < 20),
  );
  const markers: DiagramMarker[] = sites.map((s) => ({
    key: `${s.side}-${s.siteIndex}`,
    x: s.x,
    y: s.y,
    label: `${step.name}, ${s.side}`,
    tone: step.sides.includes(s.side) ? 'highlight' : 'dim',
  }));
  return (
    <BodyDiagram
      template={point.template}
      viewBox={zoomBox(point, close ? 70 : undefined)}
      markers={markers}
      markerSize={0.03}
      label={`Close-up: ${step.name} on the ${TEMPLATES[point.template].title.toLowerCase()}`}
      className="plan-step__diagram"
    />
  );
}

export interface PlanStepCardProps {
  step: PlanStep;
  index: number;
  /** The plan's usual pressure: a step below it says it is lighter. */
  usualPressure: number;
}

export function PlanStepCard({ step, index, usualPressure }: PlanStepCardProps) {
  const point = step.kind === 'point' ? getPoint(step.pointId) : undefined;
  // The four technique cues are shown once for the whole plan; a step lists only its own.
  const ownCues = step.cues.filter((c) => !TECHNIQUE_CUES.includes(c));
  const headingId = `plan-step-${index}`;
  return (
    <li className="plan-step" aria-labelledby={headingId}>
      <div className="plan-step__figure">
        <StepFigure step={step} />
      </div>
      <div className="plan-step__head">
        <p className="plan-step__number" aria-hidden="true">
          {index + 1}
        </p>
        <h3 id={headingId} className="plan-step__title">
          <span className="visually-hidden">Step {index + 1}: </span>
          {step.kind === 'point' ? (
            <Link to={`/points/${step.pointId}`}>{step.name}</Link>
          ) : (
            step.label
          )}
        </h3>
        {point ? <p className="plan-step__english muted">{point.english}</p> : null}
      </div>
      <dl className="plan-facts">
        <div>
          <dt>Sides</dt>
          <dd>{sidesText(step.sides)}</dd>
        </div>
        <div>
          <dt>Hold</dt>
          <dd>{holdText(step)}</dd>
        </div>
        <div>
          <dt>Pressure</dt>
          <dd>
            About {step.pressureTarget} out of 10
            {step.pressureTarget < usualPressure ? ', lighter than the rest (see below)' : ''}
            {' · '}
            <a href="#pressure-heading">Why this pressure</a>
          </dd>
        </div>
        <div className="plan-facts__wide">
          <dt>Position</dt>
          <dd>{step.position}</dd>
        </div>
        {step.aid ? (
          <div className="plan-facts__wide">
            <dt>You will need</dt>
            <dd>{step.aid.charAt(0).toUpperCase() + step.aid.slice(1)}.</dd>
          </div>
        ) : null}
      </dl>
      {ownCues.length ? (
        <ul className="plan-step__cues">
          {ownCues.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      ) : null}
      <p className="plan-step__why">
        <strong>Why:</strong> {step.reason}{' '}
        <span className="plan-source">({sourceShort(step.source)})</span>
      </p>
    </li>
  );
}
