import {
  apiErrorSchema,
  findPoints,
  pointCodeParams,
  pointDetailSchema,
  pointListSchema,
  pointQuery,
} from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { sendFailure } from '../../http/errors.js';
import { sendJsonBytes } from '../../http/send-json.js';
import { lookupPoint } from './point-lookup.js';
import { pointDetailBytes, pointListBytes } from './point-payloads.js';

/** The atlas: list with filters, and one point with everything needed to find it. */
export const pointRoutes: FastifyPluginCallbackZod = (app, _opts, done) => {
  app.get(
    '/api/points',
    {
      config: { access: 'public', sameForEveryone: true },
      schema: {
        summary: 'List acupoints',
        description: 'Points of the atlas in display order, filtered by every given parameter.',
        tags: ['atlas'],
        querystring: pointQuery,
        response: { 200: pointListSchema, 400: apiErrorSchema },
      },
    },
    (request, reply) => {
      sendJsonBytes(reply, pointListBytes(findPoints(request.query)));
    },
  );

  app.get(
    '/api/points/:code',
    {
      config: { access: 'public', sameForEveryone: true },
      schema: {
        summary: 'Get one acupoint',
        description:
          'The full point: location facts, instructions, cautions, drawing positions, B-cun ' +
          'distances and citations. A WHO code shared by several entries (EX-B2) answers 404 ' +
          'listing their ids.',
        tags: ['atlas'],
        params: pointCodeParams,
        response: { 200: pointDetailSchema, 400: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    (request, reply) => {
      const found = lookupPoint(request.params.code);
      if (!found.ok) sendFailure(reply, found);
      else sendJsonBytes(reply, pointDetailBytes(found.value));
    },
  );

  done();
};
