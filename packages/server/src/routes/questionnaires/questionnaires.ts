import { questionnaireDefinitionSchema, scoreQuestionnaire } from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendFailure } from '../../http/errors.js';
import { apiErrorSchema } from '../api-schemas.js';
import { strictObject } from '../strict-object.js';

const scoreBody = strictObject({
  definition: questionnaireDefinitionSchema,
  answers: z.record(z.string(), z.number()).describe('Item id → the value of the chosen option'),
});

/**
 * Scores answers to a questionnaire a clinic supplies under its own licence (ODI, Roland-Morris,
 * …; not shipped, clinical-facts §4) by the scoring rule its definition declares.
 */
export const questionnaireRoutes: FastifyPluginCallbackZod = (app, _opts, done) => {
  app.post(
    '/api/questionnaires/score',
    {
      config: { access: 'public' },
      schema: {
        summary: "Score a clinic's own questionnaire",
        description:
          'The definition declares its items, options, licence and scoring rule (sum, mean or ' +
          'percent-of-max); nothing is stored.',
        tags: ['questionnaires'],
        body: scoreBody,
        response: {
          200: z.object({ score: z.number(), answered: z.number().int() }),
          400: apiErrorSchema,
        },
      },
    },
    (request, reply) => {
      const result = scoreQuestionnaire(request.body.definition, request.body.answers);
      if (!result.ok) {
        sendFailure(reply, result);
        return;
      }
      reply.send(result.value);
    },
  );
  done();
};
