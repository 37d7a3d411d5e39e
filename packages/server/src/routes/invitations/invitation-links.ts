import { INVITABLE_ROLES } from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { acceptInvitation, openInvitation } from '../../accounts/invitations.js';
import type { AppContext } from '../../app-context.js';
import { signIn } from '../../http/sign-in.js';
import { sendFailure } from '../../http/errors.js';
import { emailField, nameField, passwordField, signedInSchema } from '../account-schemas.js';
import { apiErrorSchema } from '../api-schemas.js';
import { strictObject } from '../strict-object.js';

const tokenParams = strictObject({
  token: z.string().max(100).describe('The token of the /invite/<token> link'),
});

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
        params: tokenParams,
        response: {
          200: z.object({
            clinicName: z.string(),
            role: z.enum(INVITABLE_ROLES),
            email: z.string().nullable(),
          }),
          404: apiErrorSchema,
          410: apiErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const opened = await openInvitation(ctx, request.params.token);
      if (!opened.ok) return sendFailure(reply, opened);
      const { clinicName, role, email } = opened.value;
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
        params: tokenParams,
        body: strictObject({ name: nameField, email: emailField, password: passwordField }),
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
      const accepted = await acceptInvitation(ctx, request.params.token, request.body);
      if (!accepted.ok) return sendFailure(reply, accepted);
      const user = accepted.value;
      await ctx.audit.record(request, {
        action: 'invitation.accept',
        resourceType: 'user',
        resourceId: user.id,
        actorUserId: user.id,
        clinicId: user.clinicId,
        personId: user.id,
        outcome: 'allowed',
      });
      return reply.code(201).send(await signIn(ctx, request, reply, user));
    },
  );

  done();
};
