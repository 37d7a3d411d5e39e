import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { completePasswordReset, openPasswordReset } from '../../accounts/password-resets.js';
import type { AppContext } from '../../app-context.js';
import { sendFailure } from '../../http/errors.js';
import { noContent, passwordField } from '../account-schemas.js';
import { apiErrorSchema } from '../api-schemas.js';
import { strictObject } from '../strict-object.js';

const tokenParams = strictObject({
  token: z.string().max(100).describe('The token of the /reset/<token> link'),
});

/** A password reset link, used by the person it was issued for: the token is the key. */
export const passwordResetRoutes: FastifyPluginCallbackZod<{ ctx: AppContext }> = (
  app,
  { ctx },
  done,
) => {
  app.get(
    '/api/password-resets/:token',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Whose password a reset link sets',
        description: '404 for an unknown link; 410 once used or expired.',
        tags: ['session'],
        params: tokenParams,
        response: {
          200: z.object({ email: z.string() }),
          404: apiErrorSchema,
          410: apiErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const opened = await openPasswordReset(ctx, request.params.token);
      if (!opened.ok) return sendFailure(reply, opened);
      return { email: opened.value.email };
    },
  );

  app.post(
    '/api/password-resets/:token',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Set a new password with a reset link',
        description: 'One use. Every session of the account ends; sign in with the new password.',
        tags: ['session'],
        params: tokenParams,
        body: strictObject({ password: passwordField }),
        response: { 204: noContent, 400: apiErrorSchema, 404: apiErrorSchema, 410: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const done = await completePasswordReset(ctx, request.params.token, request.body.password);
      if (!done.ok) return sendFailure(reply, done);
      const user = await ctx.repos.users.find(done.value.userId);
      await ctx.audit.record(request, {
        action: 'password-reset.complete',
        resourceType: 'user',
        resourceId: done.value.userId,
        actorUserId: done.value.userId,
        clinicId: user?.clinicId ?? null,
        personId: done.value.userId,
        outcome: 'allowed',
      });
      return reply.code(204).send(null);
    },
  );

  done();
};
