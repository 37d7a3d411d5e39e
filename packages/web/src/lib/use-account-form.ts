import { useRef, useState } from 'react';
import type { ApiError, ApiResult } from '../api';
import { serverErrors, type Errors, type Refusal } from './form-checks';

// The one shape of every account form (set-up, invitation, password reset, sign-in, the account
// settings): text fields bound to their ids, labels and errors; the form's own checks first; one
// submission at a time; the server's refusal placed by field; then what follows success. The
// markup is AccountForm's (components/form-kit.tsx), which takes `props`.

export interface FieldSpec {
  id: string;
  label: string;
}

export interface AccountFormSpec<F extends string, T> {
  /** Each field's input id (the error summary links to it) and label. */
  fields: Readonly<Record<F, FieldSpec>>;
  /** First values; empty where not given. */
  initial?: Partial<Record<F, string>>;
  /** The form's own checks, before anything is sent (errorsOf). */
  validate?: (values: Readonly<Record<F, string>>) => Errors<F>;
  send: (values: Readonly<Record<F, string>>) => Promise<ApiResult<T>>;
  /** How a refusal reads, when not as the server put it (by field, then its message). */
  refused?: (error: ApiError, refusal: Refusal<F>) => Refusal<F>;
  /** After the server accepted; `reset` empties the fields again. */
  saved: (data: T, form: { reset(): void }) => void;
  /** Typing in any field (e.g. to hide a "saved" message). */
  onEdit?: () => void;
}

export interface FormState<F extends string> {
  errors: Errors<F>;
  general: string | undefined;
  busy: boolean;
  /** Counts failed attempts, so the error summary takes focus again at each. */
  attempt: number;
}

function mapFields<F extends string, V>(
  fields: Readonly<Record<F, FieldSpec>>,
  value: (name: F, spec: FieldSpec) => V,
): Record<F, V> {
  const names = Object.keys(fields) as F[];
  return Object.fromEntries(names.map((name) => [name, value(name, fields[name])])) as Record<F, V>;
}

export function useAccountForm<F extends string, T = unknown>(spec: AccountFormSpec<F, T>) {
  const { fields } = spec;
  const first = () => mapFields(fields, (name) => spec.initial?.[name] ?? '');
  const [values, setValues] = useState<Record<F, string>>(first);
  const [state, setState] = useState<FormState<F>>({
    errors: {},
    general: undefined,
    busy: false,
    attempt: 0,
  });
  // Read by a second submit before React has rendered the first one's busy state.
  const sending = useRef(false);

  const fail = (errors: Errors<F>, general?: string) => {
    sending.current = false;
    setState((s) => ({ errors, general, busy: false, attempt: s.attempt + 1 }));
  };
  const reset = () => setValues(first());

  /**
   * Checks, then sends. `ready`, when given, runs after the checks and may still stop the
   * submission (a question to answer first).
   */
  const submit = async (ready?: () => Promise<boolean>): Promise<void> => {
    const errors = spec.validate?.(values) ?? {};
    if (Object.keys(errors).length) return fail(errors);
    if (ready && !(await ready())) return;
    if (sending.current) return;
    sending.current = true;
    setState((s) => ({ ...s, busy: true, general: undefined }));
    const result = await spec.send(values);
    if (!result.ok) {
      const placed = serverErrors(
        result.error,
        mapFields(fields, (_, f) => f.label),
      );
      const { fields: byField, general } = spec.refused?.(result.error, placed) ?? placed;
      return fail(byField, general);
    }
    sending.current = false;
    setState((s) => ({ ...s, errors: {}, general: undefined, busy: false }));
    spec.saved(result.data, { reset });
  };

  /** The props that bind one input: id, label, value, error; typing clears that error. */
  const field = (name: F) => ({
    id: fields[name].id,
    label: fields[name].label,
    value: values[name],
    error: state.errors[name],
    onChange: (event: { target: { value: string } }) => {
      const value = event.target.value;
      setValues((v) => ({ ...v, [name]: value }));
      setState((s) => (s.errors[name] ? { ...s, errors: { ...s.errors, [name]: undefined } } : s));
      spec.onEdit?.();
    },
  });

  return {
    values,
    field,
    submit,
    /** For AccountForm: the summary's links and labels, the state, and the submit. */
    props: {
      ids: mapFields(fields, (_, f) => f.id),
      labels: mapFields(fields, (_, f) => f.label),
      state,
      onSubmit: () => void submit(),
    },
  };
}
