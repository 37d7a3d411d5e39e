import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { FormState } from '../lib/use-account-form';
import { Button } from './button';
import { ErrorSummary, type FieldError } from './error-summary';
import { TextField, type TextFieldProps } from './field';
import { Notice } from './notice';

// The markup every account form shares: field errors tied to their inputs, a summary that takes
// focus on a failed attempt, the server's message for anything not about one field, and a submit
// button that says what is happening without losing focus. Its state and submit come from
// useAccountForm (lib/use-account-form.ts), whose `props` it takes.

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
