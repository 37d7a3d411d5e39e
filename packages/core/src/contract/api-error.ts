import { z } from 'zod';
import { fail, type Failure, type FieldIssue } from '../result.js';
import { API_ERROR_CODES } from './error-codes.js';

// Schemas with a `meta({ id })` appear in the OpenAPI document as named components (zod's
// global registry, which the server's fastify-type-provider-zod reads along with `.describe()`).

export const fieldIssueSchema = z.object({
  field: z.string().describe('Dotted path of the offending field, e.g. region'),
  message: z.string().describe('What is wrong and what is allowed'),
});

export const apiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(API_ERROR_CODES),
      message: z.string(),
      issues: z.array(fieldIssueSchema).optional(),
    }),
  })
  .meta({
    id: 'ApiError',
    description: 'Every 4xx and 5xx response. 5xx messages carry no detail (see the server log).',
  });

/** `{ error: { code, message, issues? } }`: the body of every 4xx and 5xx. */
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

/**
 * The 400 for invalid input, whichever check found it (the schema, or a rule after it): its
 * message lists every field with what is wrong, e.g. "Invalid request body: beforeNrs must be
 * 0 to 10".
 */
export const invalidInput = (what: string, issues: FieldIssue[]): Failure =>
  fail(
    'VALIDATION',
    `Invalid ${what}: ${issues.map((i) => `${i.field} ${i.message}`).join('; ')}`,
    issues,
  );
