import { authorize, INVITABLE_ROLES, type InvitableRole } from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createInvitation } from '../../accounts/invitations.js';
import type { AppContext } from '../../app-context.js';
import { actorOf, sessionOf } from '../../http/route-access.js';
import { failureFor } from '../../auth/denial.js';
import { sendFailure } from '../../http/errors.js';
import { emailField, noContent } from '../account-schemas.js';
import { apiErrorSchema } from '../api-schemas.js';
import { strictObject } from '../strict-object.js';

const invitationSchema = z
  .object({
    id: z.string(),
    role: z.enum(INVITABLE_ROLES),
    email: z.string().nullable().describe('Only this address may accept it, when given'),
    createdBy: z.string(),
    createdAt: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'Invitation' });

const createdSchema = z
  .object({
    id: z.string(),
    role: z.enum(INVITABLE_ROLES),
    email: z.string().nullable(),
    link: z.string().describe('/invite/<token>: shown once, give it to the person'),
    expiresAt: z.string(),
  })
  .meta({ id: 'InvitationLink' });

// The gate lets in whoever may invite anyone (owners, practitioners); which role they may
// invite is decided per invitation below, by the same policy.
const GATE = { action: 'invite.client', on: 'clinic' } as const;
const inviteAction = (role: InvitableRole) => `invite.${role}` as const;
const NO_INVITATION = 'No such pending invitation in your clinic.';

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
        body: strictObject({ role: z.enum(INVITABLE_ROLES), email: emailField.optional() }),
        response: {
          201: createdSchema,
          400: apiErrorSchema,
          401: apiErrorSchema,
          403: apiErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const user = sessionOf(request).user;
      const decision = authorize(actorOf(sessionOf(request)), inviteAction(request.body.role), {
        clinicId: user.clinicId,
      });
      if (!decision.allowed) return sendFailure(reply, failureFor(decision, NO_INVITATION));
      const { invitation, token } = await createInvitation(ctx, user, request.body);
      await ctx.audit.record(request, {
        action: 'invitation.create',
        resourceType: 'invitation',
        resourceId: invitation.id,
        outcome: 'allowed',
      });
      return reply.code(201).send({
        id: invitation.id,
        role: invitation.role,
        email: invitation.email,
        link: `/invite/${token}`,
        expiresAt: invitation.expiresAt.toISOString(),
      });
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
        response: {
          200: z.object({ invitations: z.array(invitationSchema) }),
          401: apiErrorSchema,
          403: apiErrorSchema,
        },
      },
    },
    async (request) => {
      const actor = actorOf(sessionOf(request));
      const roles = INVITABLE_ROLES.filter(
        (role) => authorize(actor, inviteAction(role), { clinicId: actor.clinicId }).allowed,
      );
      const pending = await ctx.repos.invitations.listPending(actor.clinicId, roles, ctx.now());
      return {
        invitations: pending.map((i) => ({
          id: i.id,
          role: i.role,
          email: i.email,
          createdBy: i.createdBy,
          createdAt: i.createdAt.toISOString(),
          expiresAt: i.expiresAt.toISOString(),
        })),
      };
    },
  );

  app.delete(
    '/api/invitations/:id',
    {
      config: { access: GATE },
      schema: {
        summary: 'Revoke an invitation',
        description: 'Its link stops working at once.',
        tags: ['invitations'],
        params: strictObject({ id: z.string().max(100) }),
        response: { 204: noContent, 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const invitation = await ctx.repos.invitations.find(request.params.id);
      if (!invitation) return sendFailure(reply, { code: 'NOT_FOUND', message: NO_INVITATION });
      const decision = authorize(actorOf(sessionOf(request)), inviteAction(invitation.role), {
        clinicId: invitation.clinicId,
      });
      if (!decision.allowed) return sendFailure(reply, failureFor(decision, NO_INVITATION));
      await ctx.repos.invitations.delete(invitation.id);
      await ctx.audit.record(request, {
        action: 'invitation.revoke',
        resourceType: 'invitation',
        resourceId: invitation.id,
        outcome: 'allowed',
      });
      return reply.code(204).send(null);
    },
  );

  done();
};
