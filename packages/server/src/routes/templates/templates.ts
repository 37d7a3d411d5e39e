import {
  apiErrorSchema,
  fail,
  templateDrawing,
  templateDrawingSchema,
  templateParams,
  TEMPLATE_IDS,
  type TemplateId,
} from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { sendFailure } from '../../http/errors.js';
import { sendJsonBytes } from '../../http/send-json.js';

const isTemplateId = (id: string): id is TemplateId => (TEMPLATE_IDS as string[]).includes(id);

const bytes = new Map<TemplateId, Buffer>();
const drawingBytes = (id: TemplateId): Buffer => {
  let b = bytes.get(id);
  if (!b) {
    b = Buffer.from(JSON.stringify(templateDrawingSchema.parse(templateDrawing(id))));
    bytes.set(id, b);
  }
  return b;
};

/** Body diagrams, for clients that draw points themselves (positions come with each point). */
export const templateRoutes: FastifyPluginCallbackZod = (app, _opts, done) => {
  app.get(
    '/api/templates/:id',
    {
      config: { access: 'public', sameForEveryone: true },
      schema: {
        summary: 'Get a body diagram',
        description: `Outline and guide lines of a body template: ${TEMPLATE_IDS.join(', ')}.`,
        tags: ['atlas'],
        params: templateParams,
        response: { 200: templateDrawingSchema, 400: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    (request, reply) => {
      const id = request.params.id.trim().toLowerCase();
      if (!isTemplateId(id)) {
        const known = TEMPLATE_IDS.join(', ');
        sendFailure(
          reply,
          fail('NOT_FOUND', `No body template '${request.params.id}'. Templates: ${known}.`),
        );
      } else sendJsonBytes(reply, drawingBytes(id));
    },
  );
  done();
};
