import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordIssues } from '@acupress/core';
import type { ApiError, ApiFieldIssue } from '../api';

// What the account forms check before sending, in sentences, and the server's refusal split into
// messages for the form's own fields and one message for the rest. Pure: the form hook
// (use-account-form.ts) and the pages call these.

export type Errors<F extends string> = Partial<Record<F, string>>;

/** A refusal as the form shows it: by field where it names one, and a message for the rest. */
export interface Refusal<F extends string> {
  fields: Errors<F>;
  general?: string | undefined;
}

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

/** The checks that failed: `{ name: requireText(…), email: emailError(…) }` less the passes. */
export function errorsOf<F extends string>(
  checks: Readonly<Record<F, string | undefined>>,
): Errors<F> {
  const errors: Errors<F> = {};
  for (const field of Object.keys(checks) as F[]) {
    const message = checks[field];
    if (message) errors[field] = message;
  }
  return errors;
}

/**
 * Splits the server's field issues into errors for the form's own fields (by name) and a
 * message for the rest.
 */
export function serverErrors<F extends string>(
  error: ApiError,
  labels: Readonly<Record<F, string>>,
): Refusal<F> {
  const fields: Errors<F> = {};
  const rest: ApiFieldIssue[] = [];
  for (const issue of error.issues) {
    const field = issue.field.replace(/^body\./, '') as F;
    // Own keys only: an issue for `constructor` is not about a field of this form.
    if (Object.hasOwn(labels, field) && !fields[field]) {
      fields[field] = sentence(labels[field], issue.message);
    } else rest.push(issue);
  }
  const placed = Object.keys(fields).length > 0;
  if (!placed) return { fields, general: error.message };
  if (rest.length) return { fields, general: rest.map((i) => sentence('', i.message)).join(' ') };
  return { fields };
}
