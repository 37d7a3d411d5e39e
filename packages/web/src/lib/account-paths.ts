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

/**
 * Only a path on this site: `//evil.example`, `https://…` and tricks that browsers turn into
 * them (`/\\evil`, a tab or newline inside `//`) are not followed after sign-in.
 */
export function safeNext(next: string | null): string | undefined {
  if (!next || !next.startsWith('/')) return undefined;
  const origin = window.location.origin;
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return undefined;
  }
  if (url.origin !== origin) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}
