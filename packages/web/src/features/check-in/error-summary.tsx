import { useEffect, useRef, type MouseEvent } from 'react';

export interface FieldError {
  /** The id of the control or fieldset the error belongs to. */
  id: string;
  /** What the summary names (a question, a field's label). */
  label: string;
  message: string;
}

/** Moves focus to a field by id: the element itself, or the first control inside it. */
export function focusField(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  const target =
    el.matches('input, select, textarea, button, [tabindex]') && !el.matches('fieldset')
      ? el
      : (el.querySelector<HTMLElement>('input:checked, input, select, textarea, [tabindex="0"]') ??
        el);
  el.scrollIntoView({ block: 'center' });
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
  useEffect(() => {
    if (errors.length === 0) return;
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView?.({ block: 'start' });
    // Only a new attempt moves focus: answering one question must not pull focus away.
  }, [attempt, errors.length === 0]);

  if (errors.length === 0) return null;
  const onClick = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault();
    focusField(id);
  };
  return (
    <div
      ref={ref}
      className="error-summary"
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title" className="error-summary__title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {errors.map((e) => (
          <li key={e.id}>
            <a href={`#${e.id}`} onClick={(event) => onClick(event, e.id)}>
              {e.label === e.message ? e.message : `${e.label}: ${e.message}`}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
