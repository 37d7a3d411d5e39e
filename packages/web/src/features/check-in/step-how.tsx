import {
  NRS_QUESTION,
  PEG_ITEMS,
  START_BACK_BOTHER_OPTIONS,
  START_BACK_BOTHER_QUESTION,
  START_BACK_ITEMS,
  START_BACK_NOTICE,
  START_BACK_RISK_TEXT,
  pegScore,
  startBackScore,
  type StartBackBother,
} from '@acupress/core';
import { ChoiceGroup, type Choice } from '../../components/choice-group';
import { pegComplete, startBackComplete, type PegKey } from './draft';
import { ScaleField } from '../../components/scale-field';
import type { StepProps } from './step-where';

type AgreeChoice = 'agree' | 'disagree';
const AGREE: readonly Choice<AgreeChoice>[] = [
  { value: 'disagree', label: 'Disagree' },
  { value: 'agree', label: 'Agree' },
];
const PEG_KEYS: readonly PegKey[] = ['pain', 'enjoyment', 'activity'];

export function StepHow({ draft, update, errorFor }: StepProps) {
  const peg = pegComplete(draft);
  const sb = startBackComplete(draft);
  const sbScore = sb ? startBackScore(sb) : null;
  const pegError = errorFor('peg');
  const sbError = errorFor('start-back');

  return (
    <div className="ci-step">
      <ScaleField
        id="nrs"
        legend={NRS_QUESTION}
        value={draft.nrs}
        onChange={(nrs) => update((d) => ({ ...d, nrs }))}
      />

      <section
        id="peg"
        tabIndex={-1}
        className={`ci-questionnaire${pegError ? ' ci-questionnaire--invalid' : ''}`}
        aria-labelledby="peg-heading"
        aria-describedby={pegError ? 'peg-error' : undefined}
      >
        <h2 id="peg-heading" className="ci-section-title">
          The past week
        </h2>
        {pegError ? (
          <p className="field__error" id="peg-error">
            <span className="visually-hidden">Error: </span>
            {pegError}
          </p>
        ) : null}
        {PEG_KEYS.map((key) => (
          <ScaleField
            key={key}
            id={`peg-${key}`}
            legend={PEG_ITEMS[key]}
            value={draft.peg[key]}
            onChange={(v) => update((d) => ({ ...d, peg: { ...d.peg, [key]: v } }))}
          />
        ))}
        <div className="ci-score" role="status">
          {peg ? (
            <p>
              <strong>PEG score: {format(pegScore(peg))} out of 10</strong>, the average of your
              three answers.
            </p>
          ) : null}
        </div>
      </section>

      <section
        id="start-back"
        tabIndex={-1}
        className={`ci-questionnaire${sbError ? ' ci-questionnaire--invalid' : ''}`}
        aria-labelledby="sb-heading"
        aria-describedby={sbError ? 'start-back-error' : 'sb-notice'}
      >
        <h2 id="sb-heading" className="ci-section-title">
          The last 2 weeks
        </h2>
        <p className="ci-notice-line" id="sb-notice">
          {START_BACK_NOTICE}
        </p>
        {sbError ? (
          <p className="field__error" id="start-back-error">
            <span className="visually-hidden">Error: </span>
            {sbError}
          </p>
        ) : null}
        {START_BACK_ITEMS.map((item, i) => {
          const v = draft.startBackAgree[i];
          return (
            <ChoiceGroup
              key={i}
              id={`sb-${i + 1}`}
              legend={item}
              options={AGREE}
              inline
              value={v === true ? 'agree' : v === false ? 'disagree' : ''}
              onChange={(choice) =>
                update((d) => ({
                  ...d,
                  startBackAgree: d.startBackAgree.map((a, j) =>
                    j === i ? choice === 'agree' : a,
                  ),
                }))
              }
            />
          );
        })}
        <ChoiceGroup<StartBackBother>
          id="sb-9"
          legend={START_BACK_BOTHER_QUESTION}
          options={START_BACK_BOTHER_OPTIONS}
          value={draft.startBackBother}
          onChange={(startBackBother) => update((d) => ({ ...d, startBackBother }))}
        />
        <div className="ci-score" role="status">
          {sbScore ? (
            <>
              <p>
                <strong>STarT Back score: {sbScore.total} out of 9.</strong> Psychosocial subscale
                (questions 5 to 9): {sbScore.psychosocial} out of 5.
              </p>
              <p>{START_BACK_RISK_TEXT[sbScore.risk]}</p>
            </>
          ) : null}
        </div>
      </section>
    </div>
  );
}

const format = (n: number): string => (Math.round(n * 10) / 10).toString();
