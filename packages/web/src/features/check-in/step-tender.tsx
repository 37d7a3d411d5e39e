import { useState, type FormEvent, type MouseEvent } from 'react';
import {
  PAIN_REGIONS,
  TEMPLATES,
  TEMPLATE_IDS,
  areaSpots,
  ashiWhere,
  onTheBody,
  type TemplateId,
} from '@acupress/core';
import { Button } from '../../components/button';
import { Select } from '../../components/field';
import { ChoiceGroup, type Choice } from '../../components/choice-group';
import { MAX_ASHI, type AshiDraft, type LimbSide } from './draft';
import { PosteriorFigure, regionCentre, regionPoints } from './posterior-figure';
import type { StepProps } from './step-where';

const round = (v: number): number => Math.round(v * 10) / 10;

/** Which limb a drawing of one limb shows, in words. */
const LIMB: Partial<Record<TemplateId, string>> = {
  'lateral-leg': 'leg',
  'medial-foot': 'leg',
  'dorsal-hand': 'hand',
};

const HINT: Record<TemplateId, string> = {
  posterior: 'Seen from behind: your left side is on the left.',
  anterior: 'Seen from the front: your left side is on the right.',
  'lateral-leg': 'The outer side of a leg, the toes to the right. Say which leg below.',
  'medial-foot':
    'The inner side of a lower leg and foot, the toes to the left. Say which leg below.',
  'dorsal-hand': 'The back of a hand, fingers up. Say which hand below.',
};

const sideChoices = (limb: string): Choice<LimbSide>[] => [
  { value: 'left', label: `Left ${limb}` },
  { value: 'right', label: `Right ${limb}` },
  { value: 'both', label: `Both ${limb}s, the same place` },
];

/** Where a marked spot is, in words, as the plan will name it. */
const spotWhere = (s: AshiDraft): string => ashiWhere(s);

/** The areas to add a spot by, for the keyboard: the pain map's on the back, the body's on others. */
function areaOptions(
  template: TemplateId,
): { value: string; label: string; x: number; y: number }[] {
  if (template === 'posterior')
    return PAIN_REGIONS.map((r) => ({ value: r.id, label: r.label, ...regionCentre(r.id) }));
  return areaSpots(template).map((a) => ({
    value: a.side ? `${a.area}-${a.side}` : a.area,
    label: a.label,
    x: a.x,
    y: a.y,
  }));
}

export function StepTender({ draft, update }: StepProps) {
  const [status, setStatus] = useState('');
  const [template, setTemplate] = useState<TemplateId>('posterior');
  const [limbSide, setLimbSide] = useState<LimbSide | ''>('');
  const [sideError, setSideError] = useState('');
  const options = areaOptions(template);
  const [area, setArea] = useState(draft.pain[0]?.region ?? 'lumbar-midline');
  const chosenArea = options.find((o) => o.value === area) ?? options[0]!;
  const full = draft.ashi.length >= MAX_ASHI;
  const painful = new Set(draft.pain.map((m) => m.region));
  const limb = LIMB[template];

  const add = (at: { x: number; y: number }) => {
    if (full) return;
    if (limb && !limbSide) {
      setSideError(`Choose which ${limb} first.`);
      setStatus(`Choose which ${limb} first.`);
      return;
    }
    const spot: AshiDraft = {
      template,
      x: round(at.x),
      y: round(at.y),
      ...(limb && limbSide ? { side: limbSide } : {}),
    };
    const n = draft.ashi.length + 1;
    update((d) => ({ ...d, ashi: [...d.ashi, spot] }));
    setStatus(`Tender spot ${n} marked: ${spotWhere(spot)}.`);
  };

  const onTap = (event: MouseEvent<SVGSVGElement>) => {
    const ctm = event.currentTarget.getScreenCTM();
    if (!ctm || full) return;
    const pt = new DOMPoint(event.clientX, event.clientY).matrixTransform(ctm.inverse());
    if (!onTheBody(template, pt.x, pt.y)) {
      setStatus('That is outside the body: tap on the body to mark a spot.');
      return;
    }
    add(pt);
  };

  const onAdd = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const centre = chosenArea;
    // Spots added to the same area step down a little, so each marker stays visible.
    const same = draft.ashi.filter(
      (s) => s.template === template && Math.abs(s.x - centre.x) < 1 && s.y >= centre.y,
    ).length;
    const at = { x: centre.x, y: centre.y + same * 7 };
    add(onTheBody(template, at.x, at.y) ? at : centre);
  };

  const remove = (i: number) => {
    update((d) => ({ ...d, ashi: d.ashi.filter((_, j) => j !== i) }));
    setStatus(`Tender spot ${i + 1} removed.`);
    requestAnimationFrame(() => document.getElementById('tender-area')?.focus());
  };

  const chooseDrawing = (next: TemplateId) => {
    setTemplate(next);
    setLimbSide('');
    setSideError('');
    const first = areaOptions(next)[0];
    setArea(
      next === 'posterior' ? (draft.pain[0]?.region ?? 'lumbar-midline') : (first?.value ?? ''),
    );
  };

  const shown = draft.ashi.map((s, i) => ({ s, i })).filter(({ s }) => s.template === template);

  return (
    <div className="ci-step">
      <Select
        id="tender-drawing"
        label="Drawing"
        hint="Choose the drawing that shows where the spot is."
        value={template}
        options={TEMPLATE_IDS.map((id) => ({ value: id, label: TEMPLATES[id].title }))}
        onChange={(event) => chooseDrawing(event.target.value as TemplateId)}
      />
      {limb ? (
        <ChoiceGroup
          id="tender-side"
          legend={`Which ${limb} is the spot on?`}
          options={sideChoices(limb)}
          value={limbSide}
          error={sideError || undefined}
          onChange={(v) => {
            setLimbSide(v);
            setSideError('');
          }}
        />
      ) : null}
      <div className="ci-map-layout">
        <div className="ci-map">
          <p id="tender-hint" className="field__hint">
            If you have found knots that are tender to press, tap where each one is on the drawing.{' '}
            {HINT[template]}
          </p>
          <div className="ci-map__figure">
            <PosteriorFigure
              template={template}
              role="img"
              label={`${TEMPLATES[template].title} with ${shown.length} tender spot${shown.length === 1 ? '' : 's'} marked`}
              describedBy="tender-hint"
              className="tender-map"
              onClick={onTap}
            >
              <g aria-hidden="true">
                {template === 'posterior'
                  ? [...painful].map((id) => (
                      <polygon key={id} className="tender-map__area" points={regionPoints(id)} />
                    ))
                  : null}
                {shown.map(({ s, i }) => (
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
          {template === 'posterior' && painful.size ? (
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
              value={chosenArea.value}
              options={options.map((o) => ({ value: o.value, label: o.label }))}
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
                      <span className="muted"> · {spotWhere(s)}</span>
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
                This step is optional. Tender spots you mark are pressed first in your plan, unless
                it is not safe to press them.
              </p>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
