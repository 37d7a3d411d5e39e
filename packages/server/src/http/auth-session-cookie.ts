import type { FastifyReply, FastifyRequest } from 'fastify';
import { parseCookies, serializeCookie } from '../auth/cookies.js';

export const AUTH_SESSION_COOKIE = 'acupress_session';

/** The session token the browser sent, if any. */
export const authSessionToken = (request: FastifyRequest): string | undefined =>
  parseCookies(request.headers.cookie).get(AUTH_SESSION_COOKIE);

/**
 * HttpOnly: scripts (and so XSS) cannot read it. SameSite=Lax: not sent on cross-site
 * sub-requests and form posts, while a link from elsewhere still opens the app signed in.
 * Secure when the request came over HTTPS, directly or through a trusted proxy
 * (ACUPRESS_TRUST_PROXY), so a plain-HTTP localhost install still works.
 */
function cookie(request: FastifyRequest, value: string, maxAge: number): string {
  return serializeCookie(AUTH_SESSION_COOKIE, value, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: request.protocol === 'https',
    maxAge,
  });
}

export function setAuthSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  maxAgeSeconds: number,
): void {
  reply.header('set-cookie', cookie(request, token, maxAgeSeconds));
}

export function clearAuthSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.header('set-cookie', cookie(request, '', 0));
}
