import type { SiteProblem } from '@acupress/core';
import { Button } from '../../components/button';
import { Select } from '../../components/field';
import { REGION_LABELS } from '../../lib/point-labels';
import { ChoiceGroup, YES_NO, yesNo, type Choice } from '../../components/choice-group';
import { MAX_SITES, SITE_KINDS, SITE_REGIONS, SITE_SIDES, type Pregnancy } from './draft';
import type { StepProps } from './step-where';

const PREGNANCY: readonly Choice<Pregnancy>[] = [
  { value: 'no', label: 'No' },
  { value: 'yes', label: 'Yes' },
  { value: 'unsure', label: 'Not sure' },
];

const KIND_LABEL: Record<SiteProblem['kind'], string> = {
  skin: 'A skin problem',
  'varicose-veins': 'Varicose veins',
  'surgery-or-fracture': 'Recent surgery or a fracture',
  'swollen-or-inflamed': 'Swollen or inflamed',
};
const SIDE_LABEL: Record<SiteProblem['side'], string> = {
  left: 'Left',
  right: 'Right',
  both: 'Both sides',
  midline: 'Middle',
};

const choose = { value: '', label: 'Choose…' };

export function StepAbout({ draft, update, errorFor }: StepProps) {
  const setSite = (i: number, patch: Partial<Record<'kind' | 'region' | 'side', string>>) =>
    update((d) => ({
      ...d,
      sites: d.sites.map((s, j) => (j === i ? ({ ...s, ...patch } as typeof s) : s)),
    }));
  const addSite = () => {
    update((d) => ({ ...d, sites: [...d.sites, { kind: '', region: '', side: '' }] }));
    // The new row's first field takes focus, once it is drawn.
    const next = draft.sites.length;
    requestAnimationFrame(() => document.getElementById(`site-${next}-kind`)?.focus());
  };
  const removeSite = (i: number) => {
    update((d) => ({ ...d, sites: d.sites.filter((_, j) => j !== i) }));
    requestAnimationFrame(() => document.getElementById('add-site')?.focus());
  };

  return (
    <div className="ci-step">
      <ChoiceGroup
        id="pregnancy"
        legend="Are you pregnant, or could you be?"
        options={PREGNANCY}
        inline
        value={draft.pregnancy}
        error={errorFor('pregnancy')}
        onChange={(pregnancy) => update((d) => ({ ...d, pregnancy }))}
      />
      <ChoiceGroup
        id="bleeding"
        legend="Do you take blood thinners, or have a bleeding disorder or low platelets?"
        options={YES_NO}
        inline
        value={yesNo(draft.bleedingRisk)}
        error={errorFor('bleeding')}
        onChange={(v) => update((d) => ({ ...d, bleedingRisk: v === 'yes' }))}
      />
      <ChoiceGroup
        id="bones"
        legend="Do you have osteoporosis or take steroid tablets long-term?"
        options={YES_NO}
        inline
        value={yesNo(draft.boneFragility)}
        error={errorFor('bones')}
        onChange={(v) => update((d) => ({ ...d, boneFragility: v === 'yes' }))}
      />

      <section className="ci-sites" aria-labelledby="sites-heading">
        <h2 id="sites-heading" className="ci-section-title">
          Places not to press
        </h2>
        <p className="field__hint">
          Add each place with a skin problem, varicose veins, or recent surgery or a fracture. The
          plan leaves out the points there.
        </p>
        {draft.sites.length ? (
          <ol className="ci-sites__list">
            {draft.sites.map((s, i) => (
              <li key={i}>
                <fieldset className="ci-site">
                  <legend className="ci-site__legend">Place {i + 1}</legend>
                  <Select
                    id={`site-${i}-kind`}
                    label="What it is"
                    value={s.kind}
                    error={errorFor(`site-${i}-kind`)}
                    options={[
                      choose,
                      ...SITE_KINDS.map((k) => ({ value: k, label: KIND_LABEL[k] })),
                    ]}
                    onChange={(event) => setSite(i, { kind: event.target.value })}
                  />
                  <Select
                    id={`site-${i}-region`}
                    label="Where"
                    value={s.region}
                    error={errorFor(`site-${i}-region`)}
                    options={[
                      choose,
                      ...SITE_REGIONS.map((r) => ({ value: r, label: REGION_LABELS[r] })),
                    ]}
                    onChange={(event) => setSite(i, { region: event.target.value })}
                  />
                  <Select
                    id={`site-${i}-side`}
                    label="Side"
                    value={s.side}
                    error={errorFor(`site-${i}-side`)}
                    options={[
                      choose,
                      ...SITE_SIDES.map((v) => ({ value: v, label: SIDE_LABEL[v] })),
                    ]}
                    onChange={(event) => setSite(i, { side: event.target.value })}
                  />
                  <Button
                    variant="quiet"
                    className="ci-site__remove"
                    aria-label={`Remove place ${i + 1}`}
                    onClick={() => removeSite(i)}
                  >
                    Remove
                  </Button>
                </fieldset>
              </li>
            ))}
          </ol>
        ) : null}
        {draft.sites.length < MAX_SITES ? (
          <Button id="add-site" variant="secondary" onClick={addSite}>
            {draft.sites.length ? 'Add another place' : 'Add a place'}
          </Button>
        ) : null}
      </section>
    </div>
  );
}
