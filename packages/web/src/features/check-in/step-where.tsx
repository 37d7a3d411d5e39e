import { Button } from '../../components/button';
import { Select } from '../../components/field';
import { ChoiceGroup, type Choice } from '../../components/choice-group';
import type { DraftUpdate } from './draft-store';
import {
  QUALITIES,
  START_INTENSITY,
  type Draft,
  type Duration,
  type Onset,
  type PainQuality,
  type RadiationExtent,
  type RadiationSide,
} from './draft';
import type { FieldError } from '../../components/error-summary';
import { painfulLegs } from '@acupress/core';
import { RegionMap } from './region-map';
import { LEG_PAIN_ID, legPainsDisagree, qualityFieldId, regionLabel } from './steps';

const QUALITY_LABEL: Record<PainQuality, string> = {
  aching: 'Aching',
  sharp: 'Sharp',
  burning: 'Burning',
  shooting: 'Shooting',
  'numb-tingling': 'Numb or tingling',
};

const RADIATION: readonly Choice<RadiationSide>[] = [
  { value: 'none', label: 'No' },
  { value: 'left', label: 'Yes, down my left leg' },
  { value: 'right', label: 'Yes, down my right leg' },
  { value: 'both', label: 'Yes, down both legs' },
];
const EXTENT: readonly Choice<RadiationExtent>[] = [
  { value: 'above-knee', label: 'Above the knee only' },
  { value: 'below-knee', label: 'Below the knee' },
];
const DURATION: readonly Choice<Duration>[] = [
  { value: 'acute', label: 'Less than 6 weeks' },
  { value: 'subacute', label: '6 to 12 weeks' },
  { value: 'chronic', label: 'More than 12 weeks' },
];
const ONSET: readonly Choice<Onset>[] = [
  { value: 'sudden-strain', label: 'Suddenly, with a strain' },
  { value: 'gradual', label: 'Gradually' },
];

type LegPain = 'spreads' | 'separate';
const LEG_PAIN: readonly Choice<LegPain>[] = [
  { value: 'spreads', label: 'Yes, it spreads down both legs' },
  { value: 'separate', label: 'No, the pain in my legs does not come from my back' },
];

export interface StepProps {
  draft: Draft;
  update: DraftUpdate;
  errorFor: (id: string) => string | undefined;
  errors: readonly FieldError[];
}

export function StepWhere({ draft, update, errorFor }: StepProps) {
  const selected = new Set(draft.pain.map((m) => m.region));
  const toggle = (region: string) =>
    update((d) => {
      const pain = d.pain.some((m) => m.region === region)
        ? d.pain.filter((m) => m.region !== region)
        : [...d.pain, { region, intensity: START_INTENSITY, quality: '' as const }];
      // An answer about pain in both legs holds only while both legs are marked.
      return { ...d, pain, separateLegPain: d.separateLegPain && painfulLegs(pain).size === 2 };
    });
  const setMark = (region: string, patch: Partial<Draft['pain'][number]>) =>
    update((d) => ({
      ...d,
      pain: d.pain.map((m) => (m.region === region ? { ...m, ...patch } : m)),
    }));
  const mapError = errorFor('pain-map');

  return (
    <div className="ci-step">
      <section className="ci-map-layout" aria-labelledby="pain-map-heading">
        <div id="pain-map" className={`ci-map${mapError ? ' ci-map--invalid' : ''}`} tabIndex={-1}>
          <h2 id="pain-map-heading" className="ci-section-title">
            Tap each area that hurts
          </h2>
          <p id="pain-map-hint" className="field__hint">
            Seen from behind: your left side is on the left. Tap an area again to unmark it. With a
            keyboard, Tab to an area and press Space.
          </p>
          {mapError ? (
            <p className="field__error" id="pain-map-error">
              <span className="visually-hidden">Error: </span>
              {mapError}
            </p>
          ) : null}
          <div className="ci-map__figure">
            <RegionMap
              selected={selected}
              onToggle={toggle}
              describedBy={mapError ? 'pain-map-hint pain-map-error' : 'pain-map-hint'}
            />
          </div>
          {/* Feedback for a tap that stays in view while the tall figure scrolls (each area
              announces its own state, so this repeats nothing to a screen reader). */}
          <p className="ci-map__marked" aria-hidden="true">
            {draft.pain.length
              ? `Marked: ${draft.pain.map((m) => regionLabel(m.region)).join(' · ')}`
              : 'Nothing marked yet'}
          </p>
        </div>

        <div className="ci-map-details">
          <h2 className="ci-section-title" id="marked-heading">
            {draft.pain.length === 0
              ? 'No area marked yet'
              : `${draft.pain.length} area${draft.pain.length === 1 ? '' : 's'} marked`}
          </h2>
          {draft.pain.length === 0 ? (
            <p className="muted">Each area you mark appears here, to say how much it hurts.</p>
          ) : (
            <ul className="ci-marks" aria-labelledby="marked-heading">
              {draft.pain.map((m) => {
                const label = regionLabel(m.region);
                const rangeId = `intensity-${m.region}`;
                return (
                  <li key={m.region} className="ci-mark">
                    <div className="ci-mark__head">
                      <h3 className="ci-mark__title">{label}</h3>
                      <Button
                        variant="quiet"
                        className="ci-mark__remove"
                        aria-label={`Remove ${label}`}
                        onClick={() => toggle(m.region)}
                      >
                        Remove
                      </Button>
                    </div>
                    <div className="field">
                      <div className="ci-range__label">
                        <label className="field__label" htmlFor={rangeId}>
                          How much it hurts
                        </label>
                        <output htmlFor={rangeId} className="ci-range__value" aria-hidden="true">
                          {m.intensity} out of 10
                        </output>
                      </div>
                      <input
                        id={rangeId}
                        type="range"
                        className="ci-range"
                        min={0}
                        max={10}
                        step={1}
                        value={m.intensity}
                        aria-valuetext={`${m.intensity} out of 10`}
                        aria-describedby={`${rangeId}-scale`}
                        onChange={(event) =>
                          setMark(m.region, { intensity: Number(event.target.value) })
                        }
                      />
                      <p className="ci-range__scale" id={`${rangeId}-scale`}>
                        <span>0 no pain</span>
                        <span>10 the worst you can imagine</span>
                      </p>
                    </div>
                    <Select
                      id={qualityFieldId(m.region)}
                      label="What it feels like"
                      value={m.quality}
                      error={errorFor(qualityFieldId(m.region))}
                      options={[
                        { value: '', label: 'Choose…' },
                        ...QUALITIES.map((q) => ({ value: q, label: QUALITY_LABEL[q] })),
                      ]}
                      onChange={(event) =>
                        setMark(m.region, {
                          quality: event.target.value as PainQuality | '',
                        })
                      }
                    />
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      </section>

      <ChoiceGroup
        id="radiation"
        legend="Does the pain spread down a leg?"
        options={RADIATION}
        value={draft.radiationSide}
        error={errorFor('radiation')}
        onChange={(radiationSide) =>
          update((d) => ({
            ...d,
            radiationSide,
            radiationExtent: radiationSide === 'none' ? '' : d.radiationExtent,
            separateLegPain: false,
          }))
        }
      />
      {/* The pain map and the answers must agree: both legs marked, not said to spread down both. */}
      {draft.radiationSide && (legPainsDisagree(draft) || draft.separateLegPain) ? (
        <ChoiceGroup
          id={LEG_PAIN_ID}
          legend="You marked pain in both legs. Does the pain spread from your back down into both legs?"
          hint="Pain that shoots down both legs needs a doctor the same day, so Acupress asks rather than guessing."
          options={LEG_PAIN}
          value={draft.separateLegPain ? 'separate' : ''}
          error={errorFor(LEG_PAIN_ID)}
          onChange={(v) =>
            update((d) =>
              v === 'spreads'
                ? { ...d, radiationSide: 'both', separateLegPain: false }
                : { ...d, separateLegPain: true },
            )
          }
        />
      ) : null}
      {draft.radiationSide && draft.radiationSide !== 'none' ? (
        <ChoiceGroup
          id="radiation-extent"
          legend="How far down does it go?"
          options={EXTENT}
          value={draft.radiationExtent}
          error={errorFor('radiation-extent')}
          onChange={(radiationExtent) => update((d) => ({ ...d, radiationExtent }))}
        />
      ) : null}
      <ChoiceGroup
        id="duration"
        legend="How long have you had this pain?"
        options={DURATION}
        value={draft.duration}
        error={errorFor('duration')}
        onChange={(duration) => update((d) => ({ ...d, duration }))}
      />
      <ChoiceGroup
        id="onset"
        legend="How did it start?"
        options={ONSET}
        value={draft.onset}
        error={errorFor('onset')}
        onChange={(onset) => update((d) => ({ ...d, onset }))}
      />
    </div>
  );
}
