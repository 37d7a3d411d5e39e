import { findPoints } from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendFailure } from '../errors.js';
import { apiErrorSchema } from './api-schemas.js';
import { lookupPoint } from './point-lookup.js';
import { pointDetailBytes, pointListBytes } from './point-payloads.js';
import {
  CAUTION_FLAGS,
  MERIDIANS,
  pointDetailSchema,
  pointListSchema,
  REGIONS,
  TEMPLATES,
} from './point-schemas.js';
import { sendJsonBytes } from './send-json.js';
import { strictObject } from './strict-object.js';

const pointQuery = strictObject({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .describe('Free text matched against id, code, pinyin, English name and Chinese characters'),
  region: z.enum(REGIONS).optional().describe('Body region of the point'),
  meridian: z
    .enum(MERIDIANS)
    .optional()
    .describe('Meridian (channel) of the point; Extra for extra points'),
  caution: z.enum(CAUTION_FLAGS).optional().describe('Only points carrying this caution'),
  template: z.enum(TEMPLATES).optional().describe('Body diagram the point is drawn on'),
});

export const pointCodeParams = strictObject({
  code: z.string().min(1).max(40).describe('Atlas id, case-insensitive: BL23, ex-b2-l4'),
});

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
