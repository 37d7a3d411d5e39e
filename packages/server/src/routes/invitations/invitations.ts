import {
  apiErrorSchema,
  invitationBody,
  invitationIdParams,
  invitationLinkSchema,
  invitationListSchema,
  noContent,
} from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { createInvitation, listInvitations, revokeInvitation } from '../../accounts/invitations.js';
import type { AppContext } from '../../app-context.js';
import { valueOf } from '../../http/errors.js';
import { actorOf, authSessionOf } from '../../http/route-access.js';
import { requesterOf } from '../../http/workflow-input.js';

// The gate lets in whoever may invite anyone (owners, practitioners); which role they may
// invite is decided per invitation, by the same policy (accounts/invitations.ts).
const GATE = { action: 'invite.client', on: 'clinic' } as const;
const refused = { 401: apiErrorSchema, 403: apiErrorSchema };

/** Invitations seen from the clinic: make, list, revoke. */
export const invitationRoutes: FastifyPluginCallbackZod<{ ctx: AppContext }> = (
  app,
  { ctx },
  done,
) => {
  app.post(
    '/api/invitations',
    {
      config: { access: GATE },
      schema: {
        summary: 'Invite a practitioner or a client',
        description:
          'A one-time link valid 7 days. The owner invites both roles; a practitioner invites ' +
          'clients. With an email, only that address can accept it.',
        tags: ['invitations'],
        body: invitationBody,
        response: { 201: invitationLinkSchema, 400: apiErrorSchema, ...refused },
      },
    },
    async (request, reply) => {
      const session = authSessionOf(request);
      const actor = actorOf(session);
      const made = await createInvitation(
        ctx,
        session.user,
        actor,
        request.body,
        requesterOf(request),
      );
      return reply.code(201).send(valueOf(made));
    },
  );

  app.get(
    '/api/invitations',
    {
      config: { access: GATE },
      schema: {
        summary: 'Pending invitations of your clinic',
        description: 'Unused and unexpired; the owner sees all, a practitioner those for clients.',
        tags: ['invitations'],
        response: { 200: invitationListSchema, ...refused },
      },
    },
    (request) => listInvitations(ctx, actorOf(authSessionOf(request))),
  );

  app.delete(
    '/api/invitations/:id',
    {
      config: { access: GATE },
      schema: {
        summary: 'Revoke an invitation',
        description: 'Its link stops working at once.',
        tags: ['invitations'],
        params: invitationIdParams,
        response: { 204: noContent, ...refused, 404: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const actor = actorOf(authSessionOf(request));
      valueOf(await revokeInvitation(ctx, actor, request.params.id, requesterOf(request)));
      return reply.code(204).send(null);
    },
  );

  done();
};
