import {
  apiErrorSchema,
  newPasswordBody,
  noContent,
  passwordResetOfferSchema,
  resetTokenParams,
} from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { completePasswordReset, openPasswordReset } from '../../accounts/password-resets.js';
import type { AppContext } from '../../app-context.js';
import { valueOf } from '../../http/errors.js';
import { clientOf } from '../../http/workflow-input.js';

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
        tags: ['sign-in'],
        params: resetTokenParams,
        response: { 200: passwordResetOfferSchema, 404: apiErrorSchema, 410: apiErrorSchema },
      },
    },
    async (request) => ({
      email: valueOf(await openPasswordReset(ctx, request.params.token)).email,
    }),
  );

  app.post(
    '/api/password-resets/:token',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Set a new password with a reset link',
        description: 'One use. Every session of the account ends; sign in with the new password.',
        tags: ['sign-in'],
        params: resetTokenParams,
        body: newPasswordBody,
        response: { 204: noContent, 400: apiErrorSchema, 404: apiErrorSchema, 410: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const { params, body } = request;
      const client = clientOf(request);
      valueOf(await completePasswordReset(ctx, params.token, body.password, client));
      return reply.code(204).send(null);
    },
  );

  done();
};
