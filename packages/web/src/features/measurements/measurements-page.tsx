import { useRef, useState, type FormEvent } from 'react';
import {
  FINGER_MEASURE_CAVEAT,
  MEASUREMENT_RANGE_CM,
  POINTS,
  SEGMENTS,
  SEGMENT_IDS,
  parseMeasurements,
  type SegmentId,
} from '@acupress/core';
import { Button, ButtonLink } from '../../components/button';
import { NumberField } from '../../components/field';
import { Notice } from '../../components/notice';
import { PageHeader } from '../../components/page-header';
import { loadMeasurements, saveMeasurements } from '../../lib/measurements-store';
import './measurements.css';

/** The segments that at least one atlas point is measured in, with those points. */
const USED_SEGMENTS = SEGMENT_IDS.map((id) => ({
  segment: SEGMENTS[id],
  points: POINTS.filter((p) => p.sites.some((s) => s.offsets.some((o) => o.segment === id))),
})).filter((s) => s.points.length > 0);

type Values = Partial<Record<SegmentId, string>>;
type Errors = Partial<Record<SegmentId, string>>;

const inputId = (id: SegmentId): string => `measure-${id}`;
/** People type "18,5" as often as "18.5". */
const normalise = (value: string): string => value.trim().replace(',', '.');

function initialValues(): Values {
  const saved = loadMeasurements();
  const values: Values = {};
  for (const { segment } of USED_SEGMENTS) {
    const cm = saved[segment.id];
    values[segment.id] = cm === undefined ? '' : String(cm);
  }
  return values;
}

function cunScale(id: SegmentId, value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  const parsed = parseMeasurements({ [id]: normalise(value) });
  const cm = parsed.ok ? parsed.value[id] : undefined;
  if (cm === undefined) return undefined;
  const perCun = cm / SEGMENTS[id].cun;
  return `1 cun ≈ ${perCun.toFixed(1)} cm for you (${cm} cm ÷ ${SEGMENTS[id].cun} cun).`;
}

function errorText(message: string): string {
  return `Enter ${message.replace(/^must be /, '')}, or leave it empty.`;
}

export function MeasurementsPage() {
  const [values, setValues] = useState<Values>(initialValues);
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const hasSaved = Object.keys(loadMeasurements()).length > 0;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input: Record<string, string> = {};
    for (const [id, value] of Object.entries(values)) input[id] = normalise(value);
    const result = parseMeasurements(input);
    if (!result.ok) {
      const next: Errors = {};
      for (const issue of result.issues ?? []) {
        if (issue.field in SEGMENTS) next[issue.field as SegmentId] = errorText(issue.message);
      }
      setErrors(next);
      setStatus('');
      const first = USED_SEGMENTS.find(({ segment }) => next[segment.id]);
      if (first)
        formRef.current?.querySelector<HTMLInputElement>(`#${inputId(first.segment.id)}`)?.focus();
      return;
    }
    setErrors({});
    const saved = saveMeasurements(result.value);
    setFailed(!saved);
    const count = Object.keys(result.value).length;
    setStatus(
      !saved
        ? 'This browser would not let Acupress save. Your measurements are not stored.'
        : count === 0
          ? 'No measurements saved. Point pages show distances in cun and finger widths.'
          : `Saved ${count} measurement${count === 1 ? '' : 's'} on this device. Point pages now show distances in your centimetres.`,
    );
  };

  const onClear = () => {
    const empty: Values = {};
    for (const { segment } of USED_SEGMENTS) empty[segment.id] = '';
    setValues(empty);
    setErrors({});
    const ok = saveMeasurements({});
    setFailed(!ok);
    setStatus(
      ok
        ? 'Your measurements were removed from this device.'
        : 'This browser would not let Acupress change what it saved.',
    );
  };

  return (
    <>
      <PageHeader
        title="Your measurements"
        documentTitle="Your measurements"
        lead="Points are found in proportional units called cun: the body between two landmarks is divided into a fixed number of them, so a cun is longer on a tall person than on a small one. Measure a few distances once and every point shows its distances in your own centimetres."
      />

      <div className="measurements-layout">
        <form ref={formRef} className="measurements-form" noValidate onSubmit={onSubmit}>
          <p className="measurements-form__intro muted">
            Use a soft tape measure, in centimetres; some distances need a helper. Leave any you
            cannot measure empty. Values from {MEASUREMENT_RANGE_CM.min} to{' '}
            {MEASUREMENT_RANGE_CM.max} cm are accepted.
          </p>
          <ol className="measurements-list">
            {USED_SEGMENTS.map(({ segment, points }) => (
              <li key={segment.id} className="measurement">
                <NumberField
                  id={inputId(segment.id)}
                  name={segment.id}
                  label={segment.label}
                  hint={
                    <>
                      <p>{segment.howToMeasure}</p>
                      <p className="measurement__meta">
                        Counts as {segment.cun} cun · used by {points.length} point
                        {points.length === 1 ? '' : 's'}
                      </p>
                    </>
                  }
                  suffix="cm"
                  value={values[segment.id] ?? ''}
                  error={errors[segment.id]}
                  onChange={(event) =>
                    setValues((v) => ({ ...v, [segment.id]: event.target.value }))
                  }
                  after={
                    <p className="measurement__scale">
                      {errors[segment.id] ? '' : (cunScale(segment.id, values[segment.id]) ?? '')}
                    </p>
                  }
                />
              </li>
            ))}
          </ol>
          <div className="measurements-form__actions">
            <Button type="submit">Save measurements</Button>
            {hasSaved ? (
              <Button variant="secondary" onClick={onClear}>
                Remove saved measurements
              </Button>
            ) : null}
          </div>
          <p role="status" className={`measurements-form__status${failed ? ' is-failed' : ''}`}>
            {status}
          </p>
        </form>

        <aside className="measurements-aside" aria-label="About these measurements">
          <Notice title="Kept on this device">
            <p>
              Your measurements are stored only in this browser. Accounts, to keep them across
              devices, come in a later version.
            </p>
          </Notice>
          <Notice title="Why not just use finger widths?">
            <p>{FINGER_MEASURE_CAVEAT}</p>
          </Notice>
          <ButtonLink to="/atlas" variant="secondary" block>
            Browse the point atlas
          </ButtonLink>
        </aside>
      </div>
    </>
  );
}
