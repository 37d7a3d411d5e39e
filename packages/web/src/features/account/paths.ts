export const SETUP_PATH = '/setup';
export const SIGN_IN_PATH = '/sign-in';
export const ACCOUNT_PATH = '/account';
export const CLINIC_PATH = '/clinic';
export const AUDIT_PATH = '/clinic/audit';
export const savedCheckInHref = (id: string): string =>
  `${ACCOUNT_PATH}/check-ins/${encodeURIComponent(id)}`;

/** The sign-in address that comes back to `next` afterwards. */
export function signInHref(next?: string): string {
  return next ? `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}` : SIGN_IN_PATH;
}

/** Only a path on this site: `//evil.example` and `https://…` are not followed after sign-in. */
export function safeNext(next: string | null): string | undefined {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return undefined;
  }
  return next;
}
