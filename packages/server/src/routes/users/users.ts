import {
  accountIdParams,
  apiErrorSchema,
  noContent,
  passwordResetLinkSchema,
  peopleSchema,
} from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { removeFromClinic } from '../../accounts/account-deletion.js';
import { listPeople } from '../../accounts/clinic-people.js';
import { issuePasswordReset } from '../../accounts/password-resets.js';
import type { AppContext } from '../../app-context.js';
import { valueOf } from '../../http/errors.js';
import { actorOf, personOf, authSessionOf } from '../../http/route-access.js';
import { requesterOf } from '../../http/workflow-input.js';

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
        response: { 200: peopleSchema, 401: apiErrorSchema, 403: apiErrorSchema },
      },
    },
    (request) => listPeople(ctx, actorOf(authSessionOf(request))),
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
        params: accountIdParams,
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
      const owner = authSessionOf(request).user;
      valueOf(await removeFromClinic(ctx, owner, personOf(request), requesterOf(request)));
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
        params: accountIdParams,
        response: {
          201: passwordResetLinkSchema,
          401: apiErrorSchema,
          403: apiErrorSchema,
          404: apiErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const { user } = authSessionOf(request);
      const issued = await issuePasswordReset(ctx, user, personOf(request), requesterOf(request));
      return reply.code(201).send(issued);
    },
  );

  done();
};
