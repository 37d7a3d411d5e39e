import { accountDeleteBody, apiErrorSchema, noContent, passwordChangeBody } from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deleteOwnAccount } from '../../accounts/account-deletion.js';
import { exportAccount } from '../../accounts/account-export.js';
import { changePassword } from '../../accounts/password-change.js';
import { signOutEverywhere } from '../../accounts/sign-out-everywhere.js';
import type { AppContext } from '../../app-context.js';
import { clearAuthSessionCookie } from '../../http/auth-session-cookie.js';
import { valueOf } from '../../http/errors.js';
import { authSessionOf } from '../../http/route-access.js';
import { clientOf, requesterOf } from '../../http/workflow-input.js';

const refusals = {
  400: apiErrorSchema,
  401: apiErrorSchema,
  403: apiErrorSchema,
  429: apiErrorSchema,
} as const;

/** Account settings: each signed-in person, on their own account only. */
export const accountRoutes: FastifyPluginCallbackZod<{ ctx: AppContext }> = (
  app,
  { ctx },
  done,
) => {
  app.post(
    '/api/account/password',
    {
      config: { access: 'session' },
      schema: {
        summary: 'Change my password',
        description:
          'Needs the current password (400 naming currentPassword when wrong; the sign-in rate ' +
          'limit applies). Every other session of the account ends.',
        tags: ['account'],
        body: passwordChangeBody,
        response: { 204: noContent, ...refusals },
      },
    },
    async (request, reply) => {
      valueOf(await changePassword(ctx, authSessionOf(request), request.body, clientOf(request)));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/account/sign-out-everywhere',
    {
      config: { access: 'session' },
      schema: {
        summary: 'Sign out on every device',
        description: 'Ends every session of the account, this one included.',
        tags: ['account'],
        response: { 204: noContent, 401: apiErrorSchema, 403: apiErrorSchema },
      },
    },
    async (request, reply) => {
      await signOutEverywhere(ctx, authSessionOf(request).user, clientOf(request));
      clearAuthSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/account/export',
    {
      config: { access: 'session' },
      schema: {
        summary: 'Download my data (JSON)',
        description:
          'The account, its clinic, every check-in and guided session and the audit entries ' +
          'about it, as a file: the AccountExport schema.',
        tags: ['account'],
        response: {
          200: z.unknown().describe('acupress-account-export, version 1 (AccountExport)'),
          401: apiErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const data = await exportAccount(ctx, authSessionOf(request).user, clientOf(request));
      const day = data.exportedAt.slice(0, 10);
      return reply
        .header('content-disposition', `attachment; filename="acupress-export-${day}.json"`)
        .type('application/json; charset=utf-8')
        .send(JSON.stringify(data, null, 2));
    },
  );

  app.delete(
    '/api/account',
    {
      config: { access: 'session' },
      schema: {
        summary: 'Delete my account and its data',
        description:
          'Needs the password. Deletes the account, its sessions and check-ins. An owner whose ' +
          'clinic still has other accounts gets 409; a sole owner’s clinic is deleted too. The ' +
          'audit log keeps its entries, which hold ids only.',
        tags: ['account'],
        body: accountDeleteBody,
        response: { 204: noContent, ...refusals, 409: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const { user } = authSessionOf(request);
      valueOf(await deleteOwnAccount(ctx, user, request.body.password, requesterOf(request)));
      clearAuthSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );

  done();
};
