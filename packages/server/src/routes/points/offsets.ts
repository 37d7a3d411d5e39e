import { describeOffsets, parseMeasurements } from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendFailure } from '../../http/errors.js';
import { apiErrorSchema } from '../api-schemas.js';
import { lookupPoint } from './point-lookup.js';
import { offsetSchema } from '../point-schemas.js';
import { pointCodeParams } from './points.js';
import { strictObject } from '../strict-object.js';

const offsetsBody = strictObject({
  measurements: z
    .record(z.string(), z.union([z.number(), z.string(), z.null()]))
    .describe('Centimetres per B-cun segment id, e.g. { "scapulae-medial-borders": 18 }'),
});

const offsetsResponse = z
  .object({ id: z.string(), offsets: z.array(offsetSchema) })
  .describe('Every B-cun distance of the point, with centimetres where measured');

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
        response: { 200: offsetsResponse, 400: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    (request, reply) => {
      const found = lookupPoint(request.params.code);
      if (!found.ok) {
        sendFailure(reply, found);
        return;
      }
      const parsed = parseMeasurements(request.body.measurements);
      if (!parsed.ok) {
        const issues = parsed.issues?.map((i) => ({ ...i, field: `measurements.${i.field}` }));
        sendFailure(reply, { ...parsed, issues });
        return;
      }
      reply.send({ id: found.value.id, offsets: describeOffsets(found.value, parsed.value) });
    },
  );
  done();
};
