import {
  acceptInvitationBody,
  apiErrorSchema,
  invitationOfferSchema,
  invitationTokenParams,
  signedInSchema,
} from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { acceptInvitation, openInvitation } from '../../accounts/invitation-links.js';
import type { AppContext } from '../../app-context.js';
import { valueOf } from '../../http/errors.js';
import { signIn } from '../../http/sign-in.js';
import { clientOf } from '../../http/workflow-input.js';

/** An invitation seen by the person invited: no session, the link's token is the key. */
export const invitationLinkRoutes: FastifyPluginCallbackZod<{ ctx: AppContext }> = (
  app,
  { ctx },
  done,
) => {
  app.get(
    '/api/invitations/:token',
    {
      config: { access: 'public' },
      schema: {
        summary: 'What an invitation link offers',
        description: '404 for an unknown link; 410 once used or expired.',
        tags: ['invitations'],
        params: invitationTokenParams,
        response: { 200: invitationOfferSchema, 404: apiErrorSchema, 410: apiErrorSchema },
      },
    },
    async (request) => {
      const { clinicName, role, email } = valueOf(await openInvitation(ctx, request.params.token));
      return { clinicName, role, email };
    },
  );

  app.post(
    '/api/invitations/:token/accept',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Accept an invitation: create the account and sign in',
        description:
          'One use. 409 if the email already has an account; 410 once used or expired. ' +
          'Any session this browser had ends.',
        tags: ['invitations'],
        params: invitationTokenParams,
        body: acceptInvitationBody,
        response: {
          201: signedInSchema,
          400: apiErrorSchema,
          404: apiErrorSchema,
          409: apiErrorSchema,
          410: apiErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const { params, body } = request;
      const client = clientOf(request);
      const user = valueOf(await acceptInvitation(ctx, params.token, body, client));
      return reply.code(201).send(await signIn(ctx, request, reply, user));
    },
  );

  done();
};
