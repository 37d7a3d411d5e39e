import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { PressureFeel } from '@acupress/core';
import { Button } from '../../components/button';
import type { AfterDraft } from '../../offline';
import { ErrorSummary, type FieldError } from '../../components/error-summary';
import { ChoiceGroup, type Choice } from '../../components/choice-group';
import { ScaleField } from '../../components/scale-field';
import type { Site } from './session-body';
import { SeverityField } from './severity-field';
import { SitesField } from './sites-field';

// How it was: right after a session (pain, soreness, where it bruised or swelled, how the
// pressure felt, a note) or the next day (the same without pressure and note). Side effects are
// asked per side of every step of the session (skipped or stopped ones too) because the next
// plan rests exactly those sites: do not press on bruises or swollen areas (docs/clinical-sources.md,
// "Bruises and swelling"). A swollen, red or hot calf can be a blood clot ("A swollen calf"): the swelling
// question says so, since it may be somewhere no site names.

export interface AfterAnswers {
  nrs: number;
  soreness: number;
  bruising: string[];
  swelling: string[];
  pressure: PressureFeel;
  note: string;
}

type Field = 'nrs' | 'soreness' | 'pressure';

const PRESSURE: readonly Choice<PressureFeel>[] = [
  { value: 'too-light', label: 'Too light' },
  { value: 'about-right', label: 'About right' },
  { value: 'too-much', label: 'Too much' },
];

export interface AfterFormProps {
  kind: 'after' | 'next-day';
  sites: readonly Site[];
  submitLabel: string;
  onSubmit: (answers: AfterAnswers) => Promise<void> | void;
  /** Answers given before (a session resumed after a reload). */
  initial?: AfterDraft;
  /** Each answer as it is given, for the page to keep. */
  onChange?: (draft: AfterDraft) => void;
}

const PRESSURE_VALUES = new Set<string>(PRESSURE.map((p) => p.value));
const isPressure = (v: string): v is PressureFeel => PRESSURE_VALUES.has(v);

export function AfterForm({
  kind,
  sites,
  submitLabel,
  onSubmit,
  initial,
  onChange,
}: AfterFormProps) {
  const base = useId().replace(/:/g, '');
  const ids: Record<Field | 'note', string> = {
    nrs: `${base}-nrs`,
    soreness: `${base}-soreness`,
    pressure: `${base}-pressure`,
    note: `${base}-note`,
  };
  const known = new Set(sites.map((s) => s.key));
  const [nrs, setNrs] = useState<number | null>(initial?.nrs ?? null);
  const [soreness, setSoreness] = useState<number | null>(initial?.soreness ?? null);
  const [bruising, setBruising] = useState<string[]>(
    () => initial?.bruising.filter((k) => known.has(k)) ?? [],
  );
  const [swelling, setSwelling] = useState<string[]>(
    () => initial?.swelling.filter((k) => known.has(k)) ?? [],
  );
  const [pressure, setPressure] = useState<PressureFeel | ''>(() =>
    initial && isPressure(initial.pressure) ? initial.pressure : '',
  );
  const [note, setNote] = useState(initial?.note ?? '');

  // Each answer, to the page (not the first render: nothing was answered yet).
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  });
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    changed.current?.({ nrs, soreness, bruising, swelling, pressure, note });
  }, [nrs, soreness, bruising, swelling, pressure, note]);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const labels: Record<Field, string> = {
    nrs: kind === 'after' ? 'Pain now' : 'Pain today',
    soreness: 'Soreness where you pressed',
    pressure: 'How the pressure felt',
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const next: Partial<Record<Field, string>> = {};
    if (nrs === null) next.nrs = 'Choose a number from 0 (no pain) to 10 (worst imaginable).';
    if (soreness === null) next.soreness = 'Choose how sore it is, or “None”.';
    if (kind === 'after' && !pressure) next.pressure = 'Choose how the pressure felt.';
    setErrors(next);
    if (Object.keys(next).length || nrs === null || soreness === null) {
      setAttempt((a) => a + 1);
      return;
    }
    setBusy(true);
    try {
      await onSubmit({
        nrs,
        soreness,
        bruising,
        swelling,
        pressure: pressure || 'about-right',
        note: note.trim(),
      });
    } finally {
      setBusy(false);
    }
  };

  const summary: FieldError[] = (Object.keys(errors) as Field[]).flatMap((f) => {
    const message = errors[f];
    return message ? [{ id: ids[f], label: labels[f], message }] : [];
  });

  return (
    <form noValidate className="practice-form stack" onSubmit={(e) => void submit(e)}>
      <ErrorSummary title="There is a problem" errors={summary} attempt={attempt} />
      {/* Nothing changes while saving: what is sent is what was answered. */}
      <fieldset disabled={busy} className="practice-form__answers stack">
        <ScaleField
          id={ids.nrs}
          legend={`${labels.nrs}, from 0 (no pain) to 10 (worst imaginable)`}
          value={nrs}
          onChange={setNrs}
          error={errors.nrs}
        />
        <SeverityField
          id={ids.soreness}
          legend={labels.soreness}
          value={soreness}
          onChange={setSoreness}
          error={errors.soreness}
        />
        {sites.length ? (
          <>
            <SitesField
              id={`${base}-bruising`}
              legend="Bruising: where?"
              hint="Tick each place with a bruise. Leave all unticked if there is none."
              sites={sites}
              value={bruising}
              onChange={setBruising}
            />
            <SitesField
              id={`${base}-swelling`}
              legend="Swelling: where?"
              hint="Tick each place that is swollen. Leave all unticked if there is none. A calf that is swollen, red or hot can be a blood clot: see a doctor today, whatever you tick here."
              sites={sites}
              value={swelling}
              onChange={setSwelling}
            />
          </>
        ) : null}
        {kind === 'after' ? (
          <>
            <ChoiceGroup
              id={ids.pressure}
              legend={labels.pressure}
              options={PRESSURE}
              inline
              value={pressure}
              onChange={setPressure}
              error={errors.pressure}
            />
            <div className="field">
              <label className="field__label" htmlFor={ids.note}>
                A note (optional)
              </label>
              <textarea
                id={ids.note}
                className="field__input practice-note"
                rows={3}
                maxLength={2000}
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
            </div>
          </>
        ) : null}
      </fieldset>
      <p>
        <Button type="submit" block aria-disabled={busy || undefined}>
          {busy ? 'Saving…' : submitLabel}
        </Button>
      </p>
    </form>
  );
}
