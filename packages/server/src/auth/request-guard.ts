import { fail, type Failure } from '@acupress/core';
import { sameSecret } from './tokens.js';

// CSRF defence (OWASP CSRF Prevention Cheat Sheet): a synchroniser token for requests that carry
// the session cookie, and an Origin check for every state-changing request, which also stops
// login CSRF (signing a victim into the attacker's account) where no session exists yet.

export const CSRF_HEADER = 'x-csrf-token';

export const isStateChanging = (method: string): boolean =>
  method === 'POST' || method === 'PUT' || method === 'PATCH' || method === 'DELETE';

/** host[:port], lower-cased, without the default port of either scheme. */
const normalHost = (host: string): string => host.toLowerCase().replace(/:(80|443)$/, '');

/**
 * A failure when the browser says the request comes from another site: an Origin whose host is
 * not this server's, or Sec-Fetch-Site cross-site. Requests without either (curl, the CLI,
 * other servers) carry no cookies of a victim's browser and pass.
 */
export function crossSiteFailure(
  origin: string | undefined,
  fetchSite: string | undefined,
  host: string,
): Failure | undefined {
  const refuse = (why: string): Failure =>
    fail('FORBIDDEN', `Cross-site request refused: ${why}. Send it from the Acupress app itself.`);
  if (fetchSite === 'cross-site') return refuse('Sec-Fetch-Site is cross-site');
  if (origin === undefined) return undefined;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return refuse(`the Origin '${origin.slice(0, 100)}' is not a URL`);
  }
  if (normalHost(originHost) !== normalHost(host)) {
    return refuse(`the Origin ${originHost} is not this server (${host})`);
  }
  return undefined;
}

/** A failure unless the header holds the session's CSRF token. */
export function csrfFailure(
  sent: string | string[] | undefined,
  expected: string,
): Failure | undefined {
  if (typeof sent === 'string' && sameSecret(sent, expected)) return undefined;
  return fail(
    'FORBIDDEN',
    'Missing or wrong CSRF token: send the csrfToken from GET /api/session in the X-CSRF-Token header.',
  );
}
