import { useState, type FormEvent, type MouseEvent } from 'react';
import {
  PAIN_REGIONS,
  TEMPLATES,
  insidePolygon,
  outlinePolygon,
  painRegionAt,
  sampleClosedCurve,
} from '@acupress/core';
import { Button } from '../../components/button';
import { Select } from '../../components/field';
import { MAX_ASHI, type AshiDraft } from './draft';
import { PosteriorFigure, regionCentre, regionPoints } from './posterior-figure';
import type { StepProps } from './step-where';

const POSTERIOR = TEMPLATES.posterior;
const BODY = sampleClosedCurve(outlinePolygon(POSTERIOR));
const MID_X = POSTERIOR.frame.kind === 'body' ? POSTERIOR.frame.midX : POSTERIOR.width / 2;

/** The pain region a spot lies in, for its name in the list. */
function spotArea(spot: AshiDraft): string {
  // SVG to body coordinates: seen from behind, x grows towards the person's left.
  const region = painRegionAt({ x: MID_X - spot.x, y: spot.y });
  return region ? region.label : 'elsewhere on the back';
}

const round = (v: number): number => Math.round(v * 10) / 10;

export function StepTender({ draft, update }: StepProps) {
  const [status, setStatus] = useState('');
  const [area, setArea] = useState(draft.pain[0]?.region ?? 'lumbar-midline');
  const full = draft.ashi.length >= MAX_ASHI;
  const painful = new Set(draft.pain.map((m) => m.region));

  const add = (spot: AshiDraft) => {
    if (full) return;
    const n = draft.ashi.length + 1;
    update((d) => ({ ...d, ashi: [...d.ashi, { x: round(spot.x), y: round(spot.y) }] }));
    setStatus(`Tender spot ${n} marked: ${spotArea(spot).toLowerCase()}.`);
  };

  const onTap = (event: MouseEvent<SVGSVGElement>) => {
    const ctm = event.currentTarget.getScreenCTM();
    if (!ctm || full) return;
    const pt = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
    if (!insidePolygon(pt, BODY)) {
      setStatus('That is outside the body: tap on the body to mark a spot.');
      return;
    }
    add(pt);
  };

  const onAdd = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const centre = regionCentre(area);
    // Spots added to the same area step down a little, so each marker stays visible.
    const same = draft.ashi.filter((s) => Math.abs(s.x - centre.x) < 1 && s.y >= centre.y).length;
    add({ x: centre.x, y: centre.y + same * 7 });
  };

  const remove = (i: number) => {
    update((d) => ({ ...d, ashi: d.ashi.filter((_, j) => j !== i) }));
    setStatus(`Tender spot ${i + 1} removed.`);
    requestAnimationFrame(() => document.getElementById('tender-area')?.focus());
  };

  return (
    <div className="ci-step">
      <div className="ci-map-layout">
        <div className="ci-map">
          <p id="tender-hint" className="field__hint">
            If you have found knots that are tender to press, tap where each one is on the drawing.
            Seen from behind: your left side is on the left.
          </p>
          <div className="ci-map__figure">
            <PosteriorFigure
              role="img"
              label={`Back of the body with ${draft.ashi.length} tender spot${draft.ashi.length === 1 ? '' : 's'} marked`}
              describedBy="tender-hint"
              className="tender-map"
              onClick={onTap}
            >
              <g aria-hidden="true">
                {[...painful].map((id) => (
                  <polygon key={id} className="tender-map__area" points={regionPoints(id)} />
                ))}
                {draft.ashi.map((s, i) => (
                  <g key={i} className="tender-map__spot">
                    <circle cx={s.x} cy={s.y} r={5.5} />
                    <text x={s.x} y={s.y + 2.6} textAnchor="middle">
                      {i + 1}
                    </text>
                  </g>
                ))}
              </g>
            </PosteriorFigure>
          </div>
          {painful.size ? (
            <p className="ci-legend muted">
              <span className="ci-legend__swatch" aria-hidden="true" /> Areas you marked as painful
            </p>
          ) : null}
        </div>

        <div className="ci-map-details">
          <form className="ci-add-spot" onSubmit={onAdd} aria-labelledby="add-spot-heading">
            <h2 id="add-spot-heading" className="ci-section-title">
              Or add a spot by area
            </h2>
            <Select
              id="tender-area"
              label="Area"
              hint="The spot is placed in the middle of the area."
              value={area}
              options={PAIN_REGIONS.map((r) => ({ value: r.id, label: r.label }))}
              onChange={(event) => setArea(event.target.value)}
            />
            <Button type="submit" variant="secondary" disabled={full}>
              Add a tender spot
            </Button>
          </form>

          <p className="ci-status" role="status">
            {full ? `You have marked ${MAX_ASHI} spots, the most a check-in keeps.` : status}
          </p>

          <section id="tender-list" tabIndex={-1} aria-labelledby="spots-heading">
            <h2 id="spots-heading" className="ci-section-title">
              {draft.ashi.length ? 'Your tender spots' : 'No tender spot marked'}
            </h2>
            {draft.ashi.length ? (
              <ol className="ci-spots">
                {draft.ashi.map((s, i) => (
                  <li key={i} className="ci-spot">
                    <span className="ci-spot__number" aria-hidden="true">
                      {i + 1}
                    </span>
                    <span className="ci-spot__text">
                      Tender spot {i + 1}
                      <span className="muted"> · {spotArea(s)}</span>
                    </span>
                    <Button
                      variant="quiet"
                      aria-label={`Remove tender spot ${i + 1}`}
                      onClick={() => remove(i)}
                    >
                      Remove
                    </Button>
                  </li>
                ))}
              </ol>
            ) : (
              <p className="muted">
                This step is optional. Tender spots you mark are pressed first in your plan.
              </p>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
