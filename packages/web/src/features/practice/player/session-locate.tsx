import { useState } from 'react';
import {
  describeOffsets,
  getPoint,
  locateCues,
  type PlanStep,
  type SessionItem,
} from '@acupress/core';
import { loadMeasurements } from '../../../lib/measurements-store';
import { SessionFigure } from './session-figure';

/** Each distance of the location: in the person's own cm when measured, else by finger. */
function Distances({ step }: { step: PlanStep }) {
  const [measurements] = useState(loadMeasurements);
  const point = step.kind === 'point' ? getPoint(step.pointId) : undefined;
  if (!point) return null;
  const offsets = describeOffsets(point, measurements);
  if (offsets.length === 0) return null;
  const measured = offsets.every((o) => o.cm !== undefined);
  return (
    <div className="session-locate__block">
      <h3 className="session-locate__heading">Distances</h3>
      <ul className="session-locate__list">
        {offsets.map((o, i) => (
          <li key={i}>
            {o.cm !== undefined ? (
              <>
                <strong>About {o.cm} cm</strong> for you ({o.cun} cun)
              </>
            ) : (
              <>
                <strong>{o.cun} cun</strong>: {o.fingerHint}
              </>
            )}
          </li>
        ))}
      </ul>
      {measured ? null : (
        // Finger measures are rough (docs/clinical-sources.md, finger measures): say so, and where
        // to do better.
        <p className="muted">
          Finger measures are rough. Measuring yourself once (on the Measurements page, after the
          session) shows these in your own centimetres.
        </p>
      )}
    </div>
  );
}

/** The "find the spot" screen: where it is, how to find it by touch, how to lie or sit. */
export function SessionLocate({ step, item }: { step: PlanStep; item: SessionItem }) {
  const point = step.kind === 'point' ? getPoint(step.pointId) : undefined;
  const instructions = point
    ? point.instructions
    : [
        'Go to the spot you marked as tender; the picture shows where.',
        'Feel around it gently with a fingertip until you find the tight, tender knot.',
      ];
  // The technique cues are spoken as the session goes; only the step's own cues are listed here,
  // and never "the other side" for a step pressed on one side (the other may be resting).
  const ownCues = locateCues(step);
  return (
    <div className="session-locate">
      <SessionFigure step={step} item={item} />
      <div className="session-locate__text">
        <div className="session-locate__block">
          <h3 className="session-locate__heading">How to find it</h3>
          <ol className="session-locate__list">
            {instructions.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
        </div>
        <Distances step={step} />
        <div className="session-locate__block">
          <h3 className="session-locate__heading">Position</h3>
          <p>{step.position}</p>
          {step.aid ? <p>You will need {step.aid}.</p> : null}
          {ownCues.length ? (
            <ul className="session-locate__list">
              {ownCues.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </div>
  );
}
