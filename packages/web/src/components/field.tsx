import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';
import './field.css';

interface FieldFrameProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  hintId: string;
  errorId: string;
  children: ReactNode;
  after?: ReactNode;
}

/** A field's hint, if it has one (its id goes in the input's aria-describedby). */
export function FieldHint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <div className="field__hint" id={id}>
      {hint}
    </div>
  ) : null;
}

/** A field's error, if any, announced as an error to screen readers. */
export function FieldError({ id, error }: { id: string; error?: string | undefined }) {
  return error ? (
    <p className="field__error" id={id}>
      <span className="visually-hidden">Error: </span>
      {error}
    </p>
  ) : null;
}

function FieldFrame({ id, label, hint, error, hintId, errorId, children, after }: FieldFrameProps) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldHint id={hintId} hint={hint} />
      <FieldError id={errorId} error={error} />
      {children}
      {after}
    </div>
  );
}

function describedBy(hint: unknown, error: unknown, hintId: string, errorId: string) {
  const ids = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** A unit shown after the input ("cm"). */
  suffix?: string;
  /** Shown under the input (live feedback such as "1 cun ≈ 3 cm"). */
  after?: ReactNode;
  id?: string;
}

export function TextField({
  label,
  hint,
  error,
  suffix,
  after,
  id,
  className,
  ...rest
}: TextFieldProps) {
  const autoId = useId();
  const inputId = id ?? `field-${autoId}`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  return (
    <FieldFrame
      id={inputId}
      label={label}
      hint={hint}
      error={error}
      hintId={hintId}
      errorId={errorId}
      after={after}
    >
      <div className="field__control">
        <input
          type="text"
          {...rest}
          id={inputId}
          className={['field__input', suffix ? 'field__input--with-suffix' : '', className]
            .filter(Boolean)
            .join(' ')}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint, error, hintId, errorId)}
        />
        {suffix ? (
          <span className="field__suffix" aria-hidden="true">
            {suffix}
          </span>
        ) : null}
      </div>
    </FieldFrame>
  );
}

/** An email input: the email keypad, no autocorrection or capitals, the longest valid length. */
export function EmailField(props: TextFieldProps) {
  return (
    <TextField
      type="email"
      inputMode="email"
      spellCheck={false}
      autoCapitalize="off"
      maxLength={320}
      {...props}
    />
  );
}

/**
 * A number input that accepts what people type on any phone: a text input with the decimal
 * keypad, a comma or a point as decimal separator; the caller validates.
 */
export function NumberField(props: TextFieldProps) {
  return <TextField inputMode="decimal" autoComplete="off" spellCheck={false} {...props} />;
}

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: ReactNode;
  options: readonly SelectOption[];
  hint?: ReactNode;
  error?: string | undefined;
  id?: string;
}

export function Select({ label, options, hint, error, id, className, ...rest }: SelectProps) {
  const autoId = useId();
  const selectId = id ?? `select-${autoId}`;
  const hintId = `${selectId}-hint`;
  const errorId = `${selectId}-error`;
  return (
    <FieldFrame
      id={selectId}
      label={label}
      hint={hint}
      error={error}
      hintId={hintId}
      errorId={errorId}
    >
      <div className="field__control field__control--select">
        <select
          {...rest}
          id={selectId}
          className={['field__input', 'field__select', className].filter(Boolean).join(' ')}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint, error, hintId, errorId)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    </FieldFrame>
  );
}
