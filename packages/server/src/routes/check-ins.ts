import {
  assessmentRecordSchema,
  assessmentSchema,
  makePlan,
  planOutcomeSchema,
} from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app-context.js';
import { personOf, sessionOf } from '../auth/access.js';
import { sendFailure } from '../errors.js';
import { apiErrorSchema } from './api-schemas.js';
import { strictObject } from './strict-object.js';

const personParam = z
  .string()
  .max(100)
  .describe("The person's account id, or 'me' for the signed-in account");

const summarySchema = z
  .object({
    id: z.string(),
    createdAt: z.string().describe('ISO 8601'),
    outcomeKind: z.enum(['plan', 'referral']),
  })
  .meta({ id: 'CheckInSummary' });

const checkInSchema = z
  .object({
    id: z.string(),
    personId: z.string(),
    createdBy: z.string().nullable().describe('Null once the author’s account is deleted'),
    createdAt: z.string(),
    outcomeKind: z.enum(['plan', 'referral']),
    // As stored: a check-in saved before a rule was added still reads back.
    assessment: assessmentRecordSchema,
    outcome: planOutcomeSchema,
  })
  .meta({ id: 'CheckIn' });

const refused = { 401: apiErrorSchema, 403: apiErrorSchema, 404: apiErrorSchema };

/**
 * Saved check-ins, the first health record. Access is the policy's ('health.read' and
 * 'health.write' on the person, checked before the body is read); every access, allowed or
 * refused, is in the audit log.
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
        access: {
          action: 'health.write',
          on: 'person',
          param: 'personId',
          audit: { action: 'check-in.create', resourceType: 'check-in' },
        },
      },
      schema: {
        summary: 'Save a check-in',
        description:
          'Makes the plan (or the referral, for a red flag) from the assessment and stores both. ' +
          'An invalid assessment is refused (400 naming each field) and nothing is stored.',
        tags: ['health records'],
        params: strictObject({ personId: personParam }),
        body: strictObject({ assessment: assessmentSchema }),
        response: {
          201: z.object({ id: z.string(), createdAt: z.string(), outcome: planOutcomeSchema }),
          400: apiErrorSchema,
          ...refused,
        },
      },
    },
    async (request, reply) => {
      const person = personOf(request);
      const { assessment } = request.body;
      const saved = await ctx.repos.checkIns.create(
        {
          clinicId: person.clinicId,
          personId: person.id,
          createdBy: sessionOf(request).user.id,
          assessment,
          outcome: makePlan(assessment),
        },
        ctx.now(),
      );
      await ctx.audit.record(request, {
        action: 'check-in.create',
        resourceType: 'check-in',
        resourceId: saved.id,
        personId: person.id,
        clinicId: person.clinicId,
        outcome: 'allowed',
      });
      return reply
        .code(201)
        .send({ id: saved.id, createdAt: saved.createdAt.toISOString(), outcome: saved.outcome });
    },
  );

  app.get(
    '/api/people/:personId/check-ins',
    {
      config: {
        access: {
          action: 'health.read',
          on: 'person',
          param: 'personId',
          audit: { action: 'check-in.list', resourceType: 'check-in' },
        },
      },
      schema: {
        summary: "A person's check-ins, newest first",
        tags: ['health records'],
        params: strictObject({ personId: personParam }),
        response: { 200: z.object({ checkIns: z.array(summarySchema) }), ...refused },
      },
    },
    async (request) => {
      const person = personOf(request);
      const list = await ctx.repos.checkIns.listForPerson(person.id);
      await ctx.audit.record(request, {
        action: 'check-in.list',
        resourceType: 'check-in',
        personId: person.id,
        clinicId: person.clinicId,
        outcome: 'allowed',
      });
      return {
        checkIns: list.map((c) => ({
          id: c.id,
          createdAt: c.createdAt.toISOString(),
          outcomeKind: c.outcomeKind,
        })),
      };
    },
  );

  app.get(
    '/api/people/:personId/check-ins/:id',
    {
      config: {
        access: {
          action: 'health.read',
          on: 'person',
          param: 'personId',
          audit: { action: 'check-in.read', resourceType: 'check-in', resourceParam: 'id' },
        },
      },
      schema: {
        summary: 'One check-in: the assessment and its plan or referral',
        tags: ['health records'],
        params: strictObject({ personId: personParam, id: z.string().max(100) }),
        response: { 200: checkInSchema, ...refused },
      },
    },
    async (request, reply) => {
      const person = personOf(request);
      const found = await ctx.repos.checkIns.findForPerson(person.id, request.params.id);
      if (!found) {
        // A probe for another check-in id of a person one may see is still a read of their
        // record: it leaves a trace.
        await ctx.audit.record(request, {
          action: 'check-in.read',
          resourceType: 'check-in',
          resourceId: request.params.id.replace(/\p{Cc}/gu, '').slice(0, 100),
          personId: person.id,
          clinicId: person.clinicId,
          outcome: 'denied',
        });
        return sendFailure(reply, {
          code: 'NOT_FOUND',
          message: `No check-in '${request.params.id.slice(0, 60)}' for this person.`,
        });
      }
      await ctx.audit.record(request, {
        action: 'check-in.read',
        resourceType: 'check-in',
        resourceId: found.id,
        personId: person.id,
        clinicId: person.clinicId,
        outcome: 'allowed',
      });
      return {
        id: found.id,
        personId: found.personId,
        createdBy: found.createdBy,
        createdAt: found.createdAt.toISOString(),
        outcomeKind: found.outcomeKind,
        assessment: found.assessment,
        outcome: found.outcome,
      };
    },
  );

  done();
};
