import { LISTED_ROLES } from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deleteAccount } from '../../accounts/account-deletion.js';
import { issuePasswordReset } from '../../accounts/password-resets.js';
import type { AppContext } from '../../app-context.js';
import { actorOf, personOf, sessionOf } from '../../http/route-access.js';
import { sendFailure } from '../../http/errors.js';
import { noContent, personSummarySchema } from '../account-schemas.js';
import { apiErrorSchema } from '../api-schemas.js';
import { strictObject } from '../strict-object.js';

const idParams = strictObject({ id: z.string().max(100).describe('Account id') });

/** The clinic's accounts as its owner (and, for clients, its practitioners) see them. */
export const userRoutes: FastifyPluginCallbackZod<{ ctx: AppContext }> = (app, { ctx }, done) => {
  app.get(
    '/api/users',
    {
      config: { access: { action: 'users.list', on: 'clinic' } },
      schema: {
        summary: "The clinic's accounts",
        description: 'The owner sees every account; a practitioner sees the clients.',
        tags: ['users'],
        response: {
          200: z.object({ users: z.array(personSummarySchema) }),
          401: apiErrorSchema,
          403: apiErrorSchema,
        },
      },
    },
    async (request) => {
      const actor = actorOf(sessionOf(request));
      const visible = await ctx.repos.users.listInClinic(actor.clinicId, LISTED_ROLES[actor.role]);
      return {
        users: visible.map((u) => ({
          id: u.id,
          name: u.name,
          email: u.email,
          role: u.role,
          createdAt: u.createdAt.toISOString(),
        })),
      };
    },
  );

  app.delete(
    '/api/users/:id',
    {
      config: { access: { action: 'clinic.manage', on: 'person', param: 'id' } },
      schema: {
        summary: 'Remove an account from the clinic (owner)',
        description:
          'Deletes the account and its data (sessions, check-ins). Your own account is deleted ' +
          'from account settings instead (409 here).',
        tags: ['users'],
        params: idParams,
        response: {
          204: noContent,
          401: apiErrorSchema,
          403: apiErrorSchema,
          404: apiErrorSchema,
          409: apiErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const person = personOf(request);
      if (person.id === sessionOf(request).user.id) {
        return sendFailure(reply, {
          code: 'CONFLICT',
          message: 'To delete your own account, use account settings (DELETE /api/account).',
        });
      }
      const deleted = await deleteAccount(ctx, person);
      if (!deleted.ok) return sendFailure(reply, deleted);
      await ctx.audit.record(request, {
        action: 'user.delete',
        resourceType: 'user',
        resourceId: person.id,
        personId: person.id,
        outcome: 'allowed',
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/users/:id/password-reset',
    {
      config: { access: { action: 'password-reset.issue', on: 'person', param: 'id' } },
      schema: {
        summary: 'Issue a password reset link (owner)',
        description:
          'There is no mail server: give the link to the person. One use, valid one hour; ' +
          'an earlier unused link for the same account stops working.',
        tags: ['users'],
        params: idParams,
        response: {
          201: z.object({
            link: z.string().describe('/reset/<token>'),
            expiresAt: z.string(),
          }),
          401: apiErrorSchema,
          403: apiErrorSchema,
          404: apiErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const person = personOf(request);
      const { token, expiresAt } = await issuePasswordReset(ctx, sessionOf(request).user, person);
      await ctx.audit.record(request, {
        action: 'password-reset.issue',
        resourceType: 'user',
        resourceId: person.id,
        personId: person.id,
        outcome: 'allowed',
      });
      return reply.code(201).send({ link: `/reset/${token}`, expiresAt: expiresAt.toISOString() });
    },
  );

  done();
};
