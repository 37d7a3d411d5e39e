import { apiErrorSchema, offsetsAnswerSchema, offsetsBody, pointCodeParams } from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { valueOf } from '../../http/errors.js';
import { offsetsOf } from './point-lookup.js';

/**
 * A point's B-cun distances in the person's own centimetres. Nothing is stored: the
 * measurements are checked by core (parseMeasurements) and used for this answer only.
 */
export const pointOffsetRoutes: FastifyPluginCallbackZod = (app, _opts, done) => {
  app.post(
    '/api/points/:code/offsets',
    {
      config: { access: 'public' },
      schema: {
        summary: "A point's distances in your centimetres",
        description:
          'Given your own measurements of B-cun segments, every distance in the location of ' +
          'this point also in centimetres. Segments you did not measure are given in cun only.',
        tags: ['atlas'],
        params: pointCodeParams,
        body: offsetsBody,
        response: { 200: offsetsAnswerSchema, 400: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    (request) => valueOf(offsetsOf(request.params.code, request.body.measurements)),
  );
  done();
};
