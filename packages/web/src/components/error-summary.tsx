import { useEffect, useId, useRef, type MouseEvent } from 'react';
import './error-summary.css';

export interface FieldError {
  /** The id of the control or fieldset the error belongs to. */
  id: string;
  /** What the summary names (a question, a field's label). */
  label: string;
  message: string;
  /** A short name (a question's number) for a long list, where naming each in full is too much. */
  short?: string;
}

/** Past this many, errors that have a short name are listed by it. */
const FULL_LIST_MAX = 5;

/** Moves focus to a field by id: the element itself, or the first control inside it. */
export function focusField(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  const target =
    el.matches('input, select, textarea, button, [tabindex]') && !el.matches('fieldset')
      ? el
      : (el.querySelector<HTMLElement>('input:checked, input, select, textarea, [tabindex="0"]') ??
        el);
  el.scrollIntoView?.({ block: 'center' });
  target.focus({ preventScroll: true });
}

export interface ErrorSummaryProps {
  title: string;
  errors: readonly FieldError[];
  /** Changes each time the person tries again, so the summary takes focus again. */
  attempt: number;
}

/**
 * The errors of a step, above its questions: announced (role=alert), focused when it appears, and
 * each a link to the field it names. The fields carry their own message too.
 */
export function ErrorSummary({ title, errors, attempt }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = `error-summary-${useId()}`;
  const shown = errors.length > 0;
  useEffect(() => {
    if (!shown) return;
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView?.({ block: 'start' });
    // Only a new attempt moves focus: answering one question must not pull focus away.
  }, [attempt, shown]);

  if (errors.length === 0) return null;
  const onClick = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault();
    focusField(id);
  };
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId} className="error-summary__title">
        {title}
      </h2>
      {errors.length > FULL_LIST_MAX && errors.every((e) => e.short) ? (
        <>
          <p className="error-summary__lead">Not answered yet: questions</p>
          <ul className="error-summary__numbers">
            {errors.map((e) => (
              <li key={e.id}>
                <a
                  href={`#${e.id}`}
                  aria-label={`Question ${e.short}: ${e.label}`}
                  onClick={(event) => onClick(event, e.id)}
                >
                  {e.short}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <ul className="error-summary__list">
          {errors.map((e) => (
            <li key={e.id}>
              <a href={`#${e.id}`} onClick={(event) => onClick(event, e.id)}>
                {e.short ? `${e.short}. ${e.label}` : `${e.label}: ${e.message}`}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
