import { z } from 'zod';
import { careSchema } from '../care/care-schema.js';
import { isoTime } from './fields.js';

// GET /api/people/:personId/care: the next session and the progress so far (core's careFor).

export const careAnswerSchema = z
  .object({
    checkIn: z
      .object({ id: z.string(), createdAt: isoTime })
      .nullable()
      .describe('The check-in whose plan the sessions follow; null before the first plan'),
    care: careSchema
      .nullable()
      .describe('The next session and progress so far; null while there is no plan to follow'),
  })
  .meta({ id: 'CareAnswer' });

export type CareAnswer = z.infer<typeof careAnswerSchema>;
