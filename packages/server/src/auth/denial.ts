import type { AccessDecision } from '@acupress/core';
import type { ApiFailure } from '../http/errors.js';

export type Denied = Extract<AccessDecision, { allowed: false }>;

export const UNAUTHENTICATED: ApiFailure = {
  code: 'UNAUTHENTICATED',
  message: 'Sign in first: there is no session, or it has ended.',
};

/**
 * The answer to a refusal by the policy. A 404 never says why (`notFound` is the same text a
 * missing record gets): "hidden from you" must read exactly like "does not exist".
 */
export function failureFor(denied: Denied, notFound: string): ApiFailure {
  if (denied.code === 'UNAUTHENTICATED') return UNAUTHENTICATED;
  if (denied.code === 'NOT_FOUND') return { code: 'NOT_FOUND', message: notFound };
  return { code: 'FORBIDDEN', message: denied.reason };
}
