import type { FastifyInstance } from 'fastify';
import { CONTENT_SECURITY_POLICY } from '@acupress/core';

export { CONTENT_SECURITY_POLICY };

// Sent on every response (API, static files, errors).
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

/** Browsers keep to HTTPS for a year once they have seen it over HTTPS. */
export const HSTS = 'max-age=31536000';

/**
 * Adds the security headers to every response. Set on request (not per route) so 404s, errors
 * and files from @fastify/static carry them too; the error handler keeps reply headers.
 */
export function securityHeaders(app: FastifyInstance, _opts: unknown, done: () => void): void {
  app.addHook('onRequest', (request, reply, next) => {
    reply.headers(SECURITY_HEADERS);
    // Only over HTTPS (RFC 6797 forbids it on plain HTTP): directly or via a trusted proxy.
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    next();
  });
  done();
}
// Not encapsulated (what fastify-plugin does): the hook applies to the whole app.
Object.assign(securityHeaders, { [Symbol.for('skip-override')]: true });
