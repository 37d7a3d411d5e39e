import { z } from 'zod';
import { questionnaireDefinitionSchema } from '../assessment/questionnaire-definition.js';
import { strictObject } from '../strict-object.js';

// POST /api/questionnaires/score: a clinic's own questionnaire scored by its declared rule.

export const scoreBody = strictObject({
  definition: questionnaireDefinitionSchema,
  answers: z.record(z.string(), z.number()).describe('Item id → the value of the chosen option'),
});

export const scoreAnswerSchema = z.object({ score: z.number(), answered: z.number().int() });

export type ScoreBody = z.infer<typeof scoreBody>;
export type ScoreAnswer = z.infer<typeof scoreAnswerSchema>;
