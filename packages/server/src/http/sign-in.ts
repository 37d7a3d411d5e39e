import type { FastifyReply, FastifyRequest } from 'fastify';
import { publicUser, type PublicUser } from '../accounts/public-user.js';
import type { AppContext } from '../app-context.js';
import type { User } from '../storage/user-repository.js';
import { clientInfo } from '../auth/client-info.js';
import { sessionToken, setSessionCookie } from './auth-session-cookie.js';

export interface SignedIn {
  user: PublicUser;
  csrfToken: string;
}

/**
 * Starts a session for the account and sets its cookie. The browser's previous session, if
 * any, is ended: each sign-in gets a new id (OWASP Session Management: renew on privilege
 * change), so an id planted before sign-in is worthless after it.
 */
export async function signIn(
  ctx: AppContext,
  request: FastifyRequest,
  reply: FastifyReply,
  user: User,
): Promise<SignedIn> {
  const previous = sessionToken(request);
  if (previous !== undefined) await ctx.sessions.end(previous);
  const started = await ctx.sessions.start(user.id, clientInfo(request));
  setSessionCookie(request, reply, started.token, started.maxAgeSeconds);
  return { user: publicUser(user), csrfToken: started.csrfToken };
}
