import { fail, type AccessDecision, type Failure } from '@acupress/core';

export type Denied = Extract<AccessDecision, { allowed: false }>;

export const UNAUTHENTICATED: Failure = fail(
  'UNAUTHENTICATED',
  'Sign in first: there is no session, or it has ended.',
);

/**
 * The answer to a refusal by the policy. A 404 never says why (`notFound` is the same text a
 * missing record gets): "hidden from you" must read exactly like "does not exist".
 */
export function failureFor(denied: Denied, notFound: string): Failure {
  if (denied.code === 'UNAUTHENTICATED') return UNAUTHENTICATED;
  if (denied.code === 'NOT_FOUND') return fail('NOT_FOUND', notFound);
  return fail('FORBIDDEN', denied.reason);
}
