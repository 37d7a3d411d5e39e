import type { SignedIn } from '@acupress/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { signedInUser } from '../accounts/public-user.js';
import type { AppContext } from '../app-context.js';
import type { User } from '../storage/user-repository.js';
import { authSessionToken, setAuthSessionCookie } from './auth-session-cookie.js';
import { clientOf } from './workflow-input.js';

/**
 * Starts a sign-in session for the account and sets its cookie. The browser's previous session,
 * if any, is ended: each sign-in gets a new id (OWASP Session Management: renew on privilege
 * change), so an id planted before sign-in is worthless after it.
 */
export async function signIn(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  user: User,
): Promise<SignedIn> {
  const previous = authSessionToken(request);
  if (previous !== undefined) await ctx.authSessions.end(previous);
  const started = await ctx.authSessions.start(user.id, clientOf(request));
  setAuthSessionCookie(request, reply, started.token, started.maxAgeSeconds);
  return { user: signedInUser(user), csrfToken: started.csrfToken };
}
