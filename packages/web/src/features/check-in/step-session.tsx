import { NumberField } from '../../components/field';
import { ChoiceGroup, type Choice } from '../../components/choice-group';
import type { Mode, Sides } from './draft';
import type { StepProps } from './step-where';

const MODE: readonly Choice<Mode>[] = [
  { value: 'self-care', label: 'On my own (self-care)' },
  { value: 'practitioner', label: 'With a practitioner' },
];
const SIDES: readonly Choice<Sides>[] = [
  { value: 'both', label: 'Both sides' },
  { value: 'left', label: 'Left side only' },
  { value: 'right', label: 'Right side only' },
];

export function StepSession({ draft, update, errorFor }: StepProps) {
  return (
    <div className="ci-step">
      <ChoiceGroup
        id="mode"
        legend="Who will press the points?"
        options={MODE}
        value={draft.mode}
        onChange={(mode) => update((d) => ({ ...d, mode }))}
      />
      <div className="ci-minutes">
        <NumberField
          id="minutes"
          name="minutes"
          inputMode="numeric"
          label="How many minutes do you have?"
          hint="From 5 to 120. The trial this plan’s timing follows (Murphy 2019) used 27–30 minutes a day."
          suffix="min"
          value={draft.minutes}
          error={errorFor('minutes')}
          onChange={(event) => update((d) => ({ ...d, minutes: event.target.value }))}
        />
      </div>
      <ChoiceGroup
        id="sides"
        legend="Which sides of the body?"
        options={SIDES}
        value={draft.sides}
        onChange={(sides) => update((d) => ({ ...d, sides }))}
      />
    </div>
  );
}
