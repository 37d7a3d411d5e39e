import { authSessionSchema } from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { signedInUser } from '../../accounts/public-user.js';
import type { AppContext } from '../../app-context.js';

/** Who is signed in on this browser (the sign-in session), and whether setup is needed. */
export const authSessionRoutes: FastifyPluginCallbackZod<{ ctx: AppContext }> = (
  app,
  { ctx },
  done,
) => {
  app.get(
    '/api/session',
    {
      config: { access: 'public' },
      schema: {
        summary: 'The current sign-in session',
        description:
          'Who is signed in (null if no one), the CSRF token, and whether setup is needed.',
        tags: ['sign-in'],
        response: { 200: authSessionSchema },
      },
    },
    async (request) => {
      const setupNeeded = (await ctx.repos.users.count()) === 0;
      const auth = request.auth;
      return auth
        ? { setupNeeded, user: signedInUser(auth.user), csrfToken: auth.csrfToken }
        : { setupNeeded, user: null };
    },
  );

  done();
};
