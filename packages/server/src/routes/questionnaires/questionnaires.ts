import { apiErrorSchema, scoreAnswerSchema, scoreBody, scoreQuestionnaire } from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { valueOf } from '../../http/errors.js';

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
        response: { 200: scoreAnswerSchema, 400: apiErrorSchema },
      },
    },
    (request) => valueOf(scoreQuestionnaire(request.body.definition, request.body.answers)),
  );
  done();
};
