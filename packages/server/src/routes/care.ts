import { careFor, careSchema, type Care } from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../app-context.js';
import { personOf } from '../auth/access.js';
import { personParam, refused } from './practice-session-schemas.js';
import { strictObject } from './strict-object.js';

const careAnswerSchema = z
  .object({
    checkIn: z
      .object({ id: z.string(), createdAt: z.string().describe('ISO 8601') })
      .nullable()
      .describe('The check-in whose plan the sessions follow; null before the first plan'),
    care: careSchema
      .nullable()
      .describe('The next session and progress so far; null while there is no plan to follow'),
  })
  .meta({ id: 'CareAnswer' });

/**
 * Care across sessions: the person's latest check-in with a plan, the sessions that followed it,
 * and core's `careFor` on them (the next session's plan, rest, pauses, progress). Read-only, so
 * 'health.read' on the person, audited like every read of health data.
 */
export const careRoutes: FastifyPluginCallbackZod<{ ctx: AppContext }> = (app, { ctx }, done) => {
  app.get(
    '/api/people/:personId/care',
    {
      config: {
        access: {
          action: 'health.read',
          on: 'person',
          param: 'personId',
          audit: { action: 'care.read', resourceType: 'care' },
        },
      },
      schema: {
        summary: 'The next session, and progress so far',
        description:
          'From the latest check-in that made a plan (a referral has none to follow) and its ' +
          'sessions: the next session’s plan with sites resting and pressure lowered after ' +
          'soreness, a pause when it should stop, and an honest verdict on progress.',
        tags: ['guided sessions'],
        params: strictObject({ personId: personParam }),
        response: { 200: careAnswerSchema, ...refused },
      },
    },
    async (request) => {
      const person = personOf(request);
      const latest = (await ctx.repos.checkIns.listForPerson(person.id)).find(
        (c) => c.outcomeKind === 'plan',
      );
      const checkIn = latest && (await ctx.repos.checkIns.findForPerson(person.id, latest.id));
      let care: Care | null = null;
      if (checkIn?.outcome.kind === 'plan') {
        const baselineNrs = checkIn.assessment.questionnaires.nrs;
        care = careFor({
          plan: checkIn.outcome,
          checkInId: checkIn.id,
          checkInAt: checkIn.createdAt.toISOString(),
          ...(baselineNrs === undefined ? {} : { baselineNrs }),
          sessions: await ctx.repos.practiceSessions.listForPerson(person.id, checkIn.id),
          now: ctx.now().toISOString(),
        });
      }
      await ctx.audit.record(request, {
        action: 'care.read',
        resourceType: 'care',
        resourceId: checkIn?.id ?? null,
        personId: person.id,
        clinicId: person.clinicId,
        outcome: 'allowed',
      });
      return {
        checkIn: checkIn ? { id: checkIn.id, createdAt: checkIn.createdAt.toISOString() } : null,
        care,
      };
    },
  );

  done();
};
