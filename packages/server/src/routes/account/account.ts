import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { deleteAccount } from '../../accounts/account-deletion.js';
import { exportAccount } from '../../accounts/account-export.js';
import { confirmPassword } from '../../accounts/login.js';
import { changePassword } from '../../accounts/password-change.js';
import type { AppContext } from '../../app-context.js';
import { sessionOf } from '../../http/route-access.js';
import { clientInfo } from '../../auth/client-info.js';
import { clearSessionCookie } from '../../http/auth-session-cookie.js';
import { sendFailure } from '../../http/errors.js';
import { noContent, passwordField } from '../account-schemas.js';
import { apiErrorSchema } from '../api-schemas.js';
import { strictObject } from '../strict-object.js';

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
        body: strictObject({ currentPassword: z.string().max(1000), newPassword: passwordField }),
        response: { 204: noContent, ...refusals },
      },
    },
    async (request, reply) => {
      const changed = await changePassword(
        ctx,
        sessionOf(request),
        request.body,
        clientInfo(request),
      );
      if (!changed.ok) {
        if ('retryAfterSeconds' in changed && changed.retryAfterSeconds !== undefined) {
          reply.header('retry-after', String(changed.retryAfterSeconds));
        }
        return sendFailure(reply, changed);
      }
      await ctx.audit.record(request, {
        action: 'account.password-change',
        resourceType: 'user',
        resourceId: sessionOf(request).user.id,
        personId: sessionOf(request).user.id,
        outcome: 'allowed',
      });
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
      const { user } = sessionOf(request);
      await ctx.sessions.endAllFor(user.id);
      clearSessionCookie(request, reply);
      await ctx.audit.record(request, {
        action: 'session.sign-out-everywhere',
        resourceType: 'session',
        personId: user.id,
        outcome: 'allowed',
      });
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
          'The account, its clinic, every check-in and the audit entries about it, as a file.',
        tags: ['account'],
        response: {
          200: z.unknown().describe('acupress-account-export, version 1'),
          401: apiErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const { user } = sessionOf(request);
      // Recorded first, so the export includes its own entry.
      await ctx.audit.record(request, {
        action: 'account.export',
        resourceType: 'user',
        resourceId: user.id,
        personId: user.id,
        outcome: 'allowed',
      });
      const data = await exportAccount(ctx, user);
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
        body: strictObject({ password: z.string().max(1000) }),
        response: { 204: noContent, ...refusals, 409: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const { user } = sessionOf(request);
      const wrong = await confirmPassword(
        ctx,
        user,
        request.body.password,
        clientInfo(request),
        'password',
      );
      if (wrong) {
        if (wrong.retryAfterSeconds !== undefined) {
          reply.header('retry-after', String(wrong.retryAfterSeconds));
        }
        return sendFailure(reply, wrong);
      }
      const deleted = await deleteAccount(ctx, user);
      if (!deleted.ok) return sendFailure(reply, deleted);
      await ctx.audit.record(request, {
        action: 'account.delete',
        resourceType: 'user',
        resourceId: user.id,
        personId: user.id,
        outcome: 'allowed',
      });
      clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );

  done();
};
