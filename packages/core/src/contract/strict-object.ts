import { z } from 'zod';

/**
 * An object schema that refuses unknown keys, saying which keys are allowed: a misspelt
 * `?regoin=lumbar` gets a 400 naming the field, never a silently unfiltered answer.
 */
export function strictObject<T extends z.ZodRawShape>(shape: T): z.ZodObject<T, z.core.$strict> {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `is not a known field; allowed: ${allowed}` : undefined,
  });
}
