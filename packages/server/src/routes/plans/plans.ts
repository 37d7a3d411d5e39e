import { apiErrorSchema, assessmentSchema, makePlan, planOutcomeSchema } from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';

/**
 * The plan engine over HTTP. Validation is the assessment schema itself (400 names each field);
 * the result is a plan or a referral, both 200: a referral is an answer, not an error.
 * Nothing is stored.
 */
export const planRoutes: FastifyPluginCallbackZod = (app, _opts, done) => {
  app.post(
    '/api/plans/preview',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Make a plan from an assessment (nothing is stored)',
        description:
          'Returns a referral when any red flag is positive (kind "referral", with urgency and ' +
          'a summary for a clinician), otherwise a plan (kind "plan": ordered steps, and for ' +
          'every point considered whether it is included, why, and the source). See ' +
          'docs/plan-engine.md and docs/examples.',
        tags: ['plans'],
        body: assessmentSchema,
        response: { 200: planOutcomeSchema, 400: apiErrorSchema },
      },
    },
    (request, reply) => {
      reply.send(makePlan(request.body));
    },
  );
  done();
};
