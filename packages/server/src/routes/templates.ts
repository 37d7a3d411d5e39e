import { fail, templateDrawing, TEMPLATE_IDS, type TemplateId } from '@acupress/core';
import type { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendFailure } from '../errors.js';
import { apiErrorSchema } from './api-schemas.js';
import { sendJsonBytes } from './send-json.js';
import { strictObject } from './strict-object.js';

const templateDrawingSchema = z
  .object({
    id: z.enum(TEMPLATE_IDS as [TemplateId, ...TemplateId[]]),
    title: z.string(),
    description: z.string().describe('Text alternative for the drawing'),
    width: z.number(),
    height: z.number(),
    outlinePath: z.string().describe('SVG path data of the body outline'),
    guidePaths: z.array(z.string()).describe('SVG path data of anatomical guide lines'),
  })
  .meta({ id: 'TemplateDrawing' });

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
        params: strictObject({ id: z.string().min(1).max(40).describe('Template id') }),
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
