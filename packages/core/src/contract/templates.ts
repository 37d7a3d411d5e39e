import { z } from 'zod';
import { TEMPLATE_IDS } from '../atlas/templates/index.js';
import type { TemplateId } from '../atlas/types.js';
import { strictObject } from '../strict-object.js';

// /api/templates/:id: the body diagrams, for clients that draw points themselves.

export const templateParams = strictObject({
  id: z.string().min(1).max(40).describe('Template id'),
});

export const templateDrawingSchema = z
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
