import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordIssues } from '@acupress/core';
import type { ApiError, ApiFieldIssue } from '../api';
import { Button } from './button';
import { ErrorSummary, type FieldError } from './error-summary';
import { TextField, type TextFieldProps } from './field';
import { Notice } from './notice';

// What every account form shares: field errors tied to their inputs, a summary that takes focus
// on a failed attempt, the server's message for anything not about one field, and a submit
// button that says what is happening without losing focus.

export type Errors<F extends string> = Partial<Record<F, string>>;

export const PASSWORD_HINT = `At least ${PASSWORD_MIN_LENGTH} characters (up to ${PASSWORD_MAX_LENGTH}), and not your email address. A few unrelated words make a strong one.`;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** "Password" + "must be at least 10 characters" → "Password must be at least 10 characters." */
export function sentence(label: string, message: string): string {
  const m = message.trim();
  // "Your password is not your current password" says it twice.
  if (/^is not your current password/.test(m)) return 'That is not your current password.';
  const text = /^(must|is|should|cannot|can't|has|was)\b/.test(m) ? `${label} ${m}` : m;
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

export function requireText(value: string, message: string): string | undefined {
  return value.trim() ? undefined : message;
}

export function emailError(value: string): string | undefined {
  if (!value.trim()) return 'Enter your email address.';
  return EMAIL.test(value.trim()) ? undefined : 'Enter an email address like name@example.com.';
}

export function newPasswordError(password: string, email?: string): string | undefined {
  if (!password) return 'Enter a password.';
  const issue = passwordIssues(password, email)[0];
  return issue ? sentence('The password', issue.message) : undefined;
}

/**
 * Splits the server's field issues into errors for the form's own fields (by name) and a
 * message for the rest.
 */
export function serverErrors<F extends string>(
  error: ApiError,
  labels: Readonly<Record<F, string>>,
): { fields: Errors<F>; general?: string } {
  const fields: Errors<F> = {};
  const rest: ApiFieldIssue[] = [];
  for (const issue of error.issues) {
    const field = issue.field.replace(/^body\./, '') as F;
    if (field in labels && !fields[field]) fields[field] = sentence(labels[field], issue.message);
    else rest.push(issue);
  }
  const placed = Object.keys(fields).length > 0;
  if (!placed) return { fields, general: error.message };
  if (rest.length) return { fields, general: rest.map((i) => sentence('', i.message)).join(' ') };
  return { fields };
}

export interface FormState<F extends string> {
  errors: Errors<F>;
  general: string | undefined;
  busy: boolean;
  attempt: number;
}

/** Errors, the general message and the busy flag of one form. */
export function useFormState<F extends string>() {
  const [state, setState] = useState<FormState<F>>({
    errors: {},
    general: undefined,
    busy: false,
    attempt: 0,
  });
  const busyRef = useRef(false);
  return {
    ...state,
    /** Starts a submission; false while one is already running. */
    begin(): boolean {
      if (busyRef.current) return false;
      busyRef.current = true;
      setState((s) => ({ ...s, busy: true, general: undefined }));
      return true;
    },
    fail(errors: Errors<F>, general?: string) {
      busyRef.current = false;
      setState((s) => ({ errors, general, busy: false, attempt: s.attempt + 1 }));
    },
    done() {
      busyRef.current = false;
      setState((s) => ({ ...s, errors: {}, general: undefined, busy: false }));
    },
    clearField(field: F) {
      setState((s) =>
        s.errors[field] ? { ...s, errors: { ...s.errors, [field]: undefined } } : s,
      );
    },
  };
}

/**
 * The text values of a form and, per field, the props that bind its input to its id, label,
 * value and error; typing clears that field's error (and calls `onEdit`, if given).
 */
export function useFormFields<F extends string>(
  initial: Readonly<Record<F, string>>,
  ids: Readonly<Record<F, string>>,
  labels: Readonly<Record<F, string>>,
  form: { errors: Errors<F>; clearField(field: F): void },
  onEdit?: () => void,
) {
  const [values, setValues] = useState<Record<F, string>>({ ...initial });
  const field = (name: F) => ({
    id: ids[name],
    label: labels[name],
    value: values[name],
    error: form.errors[name],
    onChange: (event: { target: { value: string } }) => {
      const value = event.target.value;
      setValues((v) => ({ ...v, [name]: value }));
      form.clearField(name);
      onEdit?.();
    },
  });
  /** Back to the initial values (after a change has been saved). */
  const reset = () => setValues({ ...initial });
  return { values, field, reset };
}

export interface AccountFormProps<F extends string> {
  /** Field ids by field name, for the summary's links. */
  ids: Readonly<Record<F, string>>;
  labels: Readonly<Record<F, string>>;
  state: FormState<F>;
  onSubmit: () => void;
  submitLabel: string;
  busyLabel: string;
  /** Button style; a dangerous action is still a plain button, its text says what it does. */
  submitVariant?: 'primary' | 'secondary';
  children: ReactNode;
  className?: string;
  'aria-labelledby'?: string;
  after?: ReactNode;
}

export function AccountForm<F extends string>({
  ids,
  labels,
  state,
  onSubmit,
  submitLabel,
  busyLabel,
  submitVariant = 'primary',
  children,
  className,
  after,
  ...rest
}: AccountFormProps<F>) {
  const summary: FieldError[] = (Object.keys(ids) as F[]).flatMap((f) => {
    const message = state.errors[f];
    return message ? [{ id: ids[f], label: labels[f], message }] : [];
  });
  return (
    <form
      noValidate
      className={['account-form', className].filter(Boolean).join(' ')}
      aria-labelledby={rest['aria-labelledby']}
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <ErrorSummary title="There is a problem" errors={summary} attempt={state.attempt} />
      {state.general ? (
        <Notice tone="danger" role="alert" className="account-form__problem">
          <p>{state.general}</p>
        </Notice>
      ) : null}
      {children}
      <div className="account-form__actions">
        <Button type="submit" variant={submitVariant} aria-disabled={state.busy || undefined}>
          {state.busy ? busyLabel : submitLabel}
        </Button>
        {after}
      </div>
    </form>
  );
}

export interface PasswordFieldProps extends Omit<TextFieldProps, 'type' | 'after'> {
  id: string;
}

/** A password input with a "Show password" toggle (typing on a phone is error-prone). */
export function PasswordField(props: PasswordFieldProps) {
  const [shown, setShown] = useState(false);
  const toggleId = useId();
  return (
    <TextField
      {...props}
      type={shown ? 'text' : 'password'}
      spellCheck={false}
      autoCapitalize="off"
      autoCorrect="off"
      after={
        <button
          type="button"
          id={toggleId}
          className="password-toggle"
          aria-pressed={shown}
          aria-controls={props.id}
          onClick={() => setShown((s) => !s)}
        >
          Show password
        </button>
      }
    />
  );
}
