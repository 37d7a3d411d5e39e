import { BODY_AREA_INFO, SITE_KIND_LABELS, isPairedArea, type SiteProblem } from '@acupress/core';
import { Button } from '../../components/button';
import { Select } from '../../components/field';
import { ChoiceGroup, YES_NO, yesNo, type Choice } from '../../components/choice-group';
import { MAX_SITES, SITE_KINDS, SITE_REGIONS, SITE_SIDES, type Pregnancy } from './draft';
import type { StepProps } from './step-where';

const PREGNANCY: readonly Choice<Pregnancy>[] = [
  { value: 'no', label: 'No' },
  { value: 'yes', label: 'Yes' },
  { value: 'unsure', label: 'Not sure' },
];

const SIDE_LABEL: Record<SiteProblem['side'], string> = {
  left: 'Left',
  right: 'Right',
  both: 'Both sides',
  midline: 'Middle',
};

const choose = { value: '', label: 'Choose…' };

/** The sides a place can be on: a leg or a hand has a left and a right, but no middle. */
const sidesFor = (region: SiteProblem['region'] | '') =>
  region && isPairedArea(region) ? SITE_SIDES.filter((v) => v !== 'midline') : SITE_SIDES;

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
      <ChoiceGroup
        id="fragile-skin"
        legend="Is your skin fragile: does it tear or bruise easily?"
        options={YES_NO}
        inline
        value={yesNo(draft.fragileSkin)}
        error={errorFor('fragile-skin')}
        onChange={(v) => update((d) => ({ ...d, fragileSkin: v === 'yes' }))}
      />

      <section className="ci-sites" aria-labelledby="sites-heading">
        <h2 id="sites-heading" className="ci-section-title">
          Places not to press
        </h2>
        <ChoiceGroup
          id="any-sites"
          legend="Is there any place on your body that should not be pressed?"
          hint={
            <>
              For example: broken, irritated or blistered skin; a bruise; a new scar or a recent
              fracture; varicose veins; a swollen, red, hot or inflamed area; a line, tube or device
              (a drip, catheter, drain, stoma, or something implanted such as a pacemaker); a known
              tumour. The plan leaves out every point and tender spot there.
            </>
          }
          options={YES_NO}
          inline
          value={yesNo(draft.anySites)}
          error={errorFor('any-sites')}
          onChange={(v) => update((d) => ({ ...d, anySites: v === 'yes' }))}
        />
        {draft.anySites === true && draft.sites.length ? (
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
                      ...SITE_KINDS.map((k) => ({ value: k, label: SITE_KIND_LABELS[k] })),
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
                      ...SITE_REGIONS.map((r) => ({ value: r, label: BODY_AREA_INFO[r].label })),
                    ]}
                    onChange={(event) => {
                      const region = event.target.value as SiteProblem['region'] | '';
                      // "Middle" is no place on a leg or a hand: such a side is asked again.
                      const side =
                        s.side === 'midline' && region && isPairedArea(region) ? '' : s.side;
                      setSite(i, { region, side });
                    }}
                  />
                  <Select
                    id={`site-${i}-side`}
                    label="Side"
                    value={s.side}
                    error={errorFor(`site-${i}-side`)}
                    options={[
                      choose,
                      ...sidesFor(s.region).map((v) => ({ value: v, label: SIDE_LABEL[v] })),
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
        {draft.anySites === true && draft.sites.length < MAX_SITES ? (
          <Button id="add-site" variant="secondary" onClick={addSite}>
            {draft.sites.length ? 'Add another place' : 'Add a place'}
          </Button>
        ) : null}
      </section>
    </div>
  );
}
