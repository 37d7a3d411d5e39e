import { apiErrorSchema, setupBody, signedInSchema } from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { createClinicWithOwner } from '../../accounts/setup.js';
import type { AppContext } from '../../app-context.js';
import { valueOf } from '../../http/errors.js';
import { clientOf } from '../../http/workflow-input.js';
import { signIn } from '../../http/sign-in.js';

/** First start: the clinic and its owner, signed in. */
export const setupRoutes: FastifyPluginCallbackZod<{ ctx: AppContext }> = (app, { ctx }, done) => {
  app.post(
    '/api/setup',
    {
      config: { access: 'public' },
      schema: {
        summary: 'First start: create the clinic and its owner',
        description:
          'Only on a server with no account (409 otherwise). Signs the owner in. A self-care ' +
          'user is an owner with no clients.',
        tags: ['sign-in'],
        body: setupBody,
        response: { 201: signedInSchema, 400: apiErrorSchema, 409: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const created = await createClinicWithOwner(
        ctx.db,
        request.body,
        ctx.now(),
        'first',
        clientOf(request),
      );
      return reply.code(201).send(await signIn(ctx, request, reply, valueOf(created)));
    },
  );

  done();
};
