import { apiErrorSchema, careAnswerSchema, personParams } from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { valueOf } from '../../http/errors.js';

import { healthRecordAccess, recordAccessOf } from '../../http/workflow-input.js';
import { careOf } from '../../records/care.js';

/**
 * Care across sessions: the next session's plan, rests, pauses and progress, from core's
 * `careFor` (records/care.ts). Read-only, so 'health.read' on the person, audited like every
 * read of health data.
 */
export const careRoutes: FastifyPluginCallbackZod<{ ctx: AppContext }> = (app, { ctx }, done) => {
  app.get(
    '/api/people/:personId/care',
    {
      config: {
        access: healthRecordAccess('health.read', { action: 'care.read', resourceType: 'care' }),
      },
      schema: {
        summary: 'The next session, and progress so far',
        description:
          'The plan of the latest check-in that made one (a referral has none to follow), ' +
          'adapted by all the person’s sessions, whatever check-in they followed: the next ' +
          'session’s plan with sites resting and pressure lowered after soreness, a pause when ' +
          'it should stop, and an honest verdict on progress against the pain at the first ' +
          'check-in practised from.',
        tags: ['guided sessions'],
        params: personParams,
        response: {
          200: careAnswerSchema,
          401: apiErrorSchema,
          403: apiErrorSchema,
          404: apiErrorSchema,
        },
      },
    },
    async (request) => valueOf(await careOf(ctx, recordAccessOf(request))),
  );

  done();
};
