import { z } from 'zod';
import { API_ERROR_CODES } from '../http/errors.js';

// Schemas with a `meta({ id })` appear in the OpenAPI document as named components (zod's
// global registry, which fastify-type-provider-zod reads along with `.describe()` texts).

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
