import { GROUP_LABEL, RED_FLAGS, type RedFlagGroup } from '@acupress/core';
import { ChoiceGroup, YES_NO, yesNo } from '../../components/choice-group';
import type { StepProps } from './step-where';
import { flagFieldId } from './steps';

const GROUPS = [...new Set(RED_FLAGS.map((f) => f.group))] as RedFlagGroup[];
/** Each question's number, counted through the groups in the order they are shown. */
const NUMBERS = new Map(
  GROUPS.flatMap((group) => RED_FLAGS.filter((f) => f.group === group)).map((f, i) => [
    f.id,
    i + 1,
  ]),
);

/** Every red-flag question of core, yes or no, under its group's heading. */
export function StepSafety({ draft, update, errorFor }: StepProps) {
  return (
    <div className="ci-step">
      {GROUPS.map((group) => (
        <section key={group} className="ci-flag-group" aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`} className="ci-section-title">
            {GROUP_LABEL[group]}
          </h2>
          {RED_FLAGS.filter((f) => f.group === group).map((f) => {
            return (
              <ChoiceGroup
                key={f.id}
                id={flagFieldId(f.id)}
                className="ci-flag"
                legend={
                  <>
                    <span className="ci-flag__number" aria-hidden="true">
                      {NUMBERS.get(f.id)}.
                    </span>{' '}
                    {f.question}
                  </>
                }
                hint={f.note}
                options={YES_NO}
                inline
                value={yesNo(draft.redFlags[f.id])}
                error={errorFor(flagFieldId(f.id))}
                onChange={(v) =>
                  update((d) => ({ ...d, redFlags: { ...d.redFlags, [f.id]: v === 'yes' } }))
                }
              />
            );
          })}
        </section>
      ))}
    </div>
  );
}
