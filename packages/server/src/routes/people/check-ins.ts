import {
  apiErrorSchema,
  checkInBody,
  checkInListSchema,
  checkInParams,
  checkInSchema,
  createdCheckInSchema,
  personParams,
} from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context.js';
import { valueOf } from '../../http/errors.js';

import { healthRecordAccess, recordAccessOf } from '../../http/workflow-input.js';
import { createCheckIn, listCheckIns, readCheckIn } from '../../records/check-ins.js';

const TAGS = ['health records'];
const refused = { 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };

/**
 * Saved check-ins, the first health record. Access is the policy's ('health.read' and
 * 'health.write' on the person, checked before the body is read); every access, allowed or
 * refused, is in the audit log (records/check-ins.ts).
 */
export const checkInRoutes: FastifyPluginCallbackZod<{ ctx: AppContext }> = (
  app,
  { ctx },
  done,
) => {
  app.post(
    '/api/people/:personId/check-ins',
    {
      config: {
        access: healthRecordAccess('health.write', {
          action: 'check-in.create',
          resourceType: 'check-in',
        }),
      },
      schema: {
        summary: 'Save a check-in',
        description:
          'Makes the plan (or the referral, for a red flag) from the assessment and stores both. ' +
          'An invalid assessment is refused (400 naming each field) and nothing is stored.',
        tags: TAGS,
        params: personParams,
        body: checkInBody,
        response: { 201: createdCheckInSchema, 400: apiErrorSchema, ...refused },
      },
    },
    async (request, reply) => {
      const access = recordAccessOf(request);
      return reply
        .code(201)
        .send(valueOf(await createCheckIn(ctx, access, request.body.assessment)));
    },
  );

  app.get(
    '/api/people/:personId/check-ins',
    {
      config: {
        access: healthRecordAccess('health.read', {
          action: 'check-in.list',
          resourceType: 'check-in',
        }),
      },
      schema: {
        summary: "A person's check-ins, newest first",
        tags: TAGS,
        params: personParams,
        response: { 200: checkInListSchema, ...refused },
      },
    },
    async (request) => valueOf(await listCheckIns(ctx, recordAccessOf(request))),
  );

  app.get(
    '/api/people/:personId/check-ins/:id',
    {
      config: {
        access: healthRecordAccess('health.read', {
          action: 'check-in.read',
          resourceType: 'check-in',
          resourceParam: 'id',
        }),
      },
      schema: {
        summary: 'One check-in: the assessment and its plan or referral',
        tags: TAGS,
        params: checkInParams,
        response: { 200: checkInSchema, ...refused },
      },
    },
    async (request) => valueOf(await readCheckIn(ctx, recordAccessOf(request), request.params.id)),
  );

  done();
};
