import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkCredentials } from '../../accounts/login.js';
import { publicUser } from '../../accounts/public-user.js';
import { createClinicWithOwner } from '../../accounts/setup.js';
import type { AppContext } from '../../app-context.js';
import { clientInfo } from '../../auth/client-info.js';
import { clearSessionCookie, sessionToken } from '../../http/auth-session-cookie.js';
import { signIn } from '../../http/sign-in.js';
import { sendFailure } from '../../http/errors.js';
import {
  emailField,
  nameField,
  noContent,
  passwordField,
  sessionUserSchema,
  signedInSchema,
} from '../account-schemas.js';
import { apiErrorSchema } from '../api-schemas.js';
import { strictObject } from '../strict-object.js';

const sessionSchema = z
  .object({
    setupNeeded: z.boolean().describe('true on a server with no account yet: offer setup'),
    user: sessionUserSchema.nullable(),
    csrfToken: z.string().optional().describe('Present when signed in'),
  })
  .meta({ id: 'Session' });

/** Who is signed in, first-start setup, sign-in and sign-out. */
export const sessionRoutes: FastifyPluginCallbackZod<{ ctx: AppContext }> = (
  app,
  { ctx },
  done,
) => {
  app.get(
    '/api/session',
    {
      config: { access: 'public' },
      schema: {
        summary: 'The current session',
        description:
          'Who is signed in (null if no one), the CSRF token, and whether setup is needed.',
        tags: ['session'],
        response: { 200: sessionSchema },
      },
    },
    async (request) => {
      const setupNeeded = (await ctx.repos.users.count()) === 0;
      const auth = request.auth;
      return auth
        ? { setupNeeded, user: publicUser(auth.user), csrfToken: auth.csrfToken }
        : { setupNeeded, user: null };
    },
  );

  app.post(
    '/api/setup',
    {
      config: { access: 'public' },
      schema: {
        summary: 'First start: create the clinic and its owner',
        description:
          'Only on a server with no account (409 otherwise). Signs the owner in. A self-care ' +
          'user is an owner with no clients.',
        tags: ['session'],
        body: strictObject({
          clinicName: nameField.describe('Name of the clinic (or of the household, for self-care)'),
          name: nameField,
          email: emailField,
          password: passwordField,
        }),
        response: { 201: signedInSchema, 400: apiErrorSchema, 409: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const created = await createClinicWithOwner(ctx.db, request.body, ctx.now(), 'first');
      if (!created.ok) return sendFailure(reply, created);
      const owner = created.value;
      await ctx.audit.record(request, {
        action: 'clinic.setup',
        resourceType: 'clinic',
        resourceId: owner.clinicId,
        actorUserId: owner.id,
        clinicId: owner.clinicId,
        outcome: 'allowed',
      });
      return reply.code(201).send(await signIn(ctx, request, reply, owner));
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Sign in',
        description:
          'Sets the session cookie (a new session id at every sign-in). 401 for a wrong email ' +
          'or password (one message for both); 429 with Retry-After after 5 failures for an ' +
          'account or 20 from an address within 15 minutes.',
        tags: ['session'],
        body: strictObject({ email: emailField, password: z.string().min(1).max(1000) }),
        response: {
          200: signedInSchema,
          400: apiErrorSchema,
          401: apiErrorSchema,
          429: apiErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const result = await checkCredentials(ctx, email, password, clientInfo(request));
      const user = result.user;
      await ctx.audit.record(request, {
        action: 'session.login',
        resourceType: 'session',
        actorUserId: user?.id ?? null,
        clinicId: user?.clinicId ?? null,
        outcome: result.ok ? 'allowed' : 'denied',
      });
      if (!result.ok) {
        if (result.retryAfterSeconds !== undefined) {
          reply.header('retry-after', String(result.retryAfterSeconds));
        }
        return sendFailure(reply, result);
      }
      return signIn(ctx, request, reply, result.user);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Sign out this browser',
        description: 'Ends the session and clears its cookie; 204 even when there was none.',
        tags: ['session'],
        response: { 204: noContent },
      },
    },
    async (request, reply) => {
      const token = sessionToken(request);
      if (token !== undefined) await ctx.sessions.end(token);
      clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );

  done();
};
