import { apiErrorSchema, loginBody, noContent, signedInSchema } from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { logIn } from '../../accounts/login.js';
import type { AppContext } from '../../app-context.js';
import { clearAuthSessionCookie, authSessionToken } from '../../http/auth-session-cookie.js';
import { valueOf } from '../../http/errors.js';
import { clientOf } from '../../http/workflow-input.js';
import { signIn } from '../../http/sign-in.js';

/** Sign in and sign out: a sign-in session and its cookie. */
export const authRoutes: FastifyPluginCallbackZod<{ ctx: AppContext }> = (app, { ctx }, done) => {
  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Sign in',
        description:
          'Sets the session cookie (a new session id at every sign-in). 401 for a wrong email ' +
          'or password (one message for both); 429 with Retry-After after 5 failures for an ' +
          'account or 20 from an address within 15 minutes.',
        tags: ['sign-in'],
        body: loginBody,
        response: {
          200: signedInSchema,
          400: apiErrorSchema,
          401: apiErrorSchema,
          429: apiErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const user = valueOf(await logIn(ctx, request.body, clientOf(request)));
      return signIn(ctx, request, reply, user);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Sign out this browser',
        description: 'Ends the session and clears its cookie; 204 even when there was none.',
        tags: ['sign-in'],
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const token = authSessionToken(request);
      if (token !== undefined) await ctx.authSessions.end(token);
      clearAuthSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );

  done();
};
