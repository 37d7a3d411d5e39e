import { z } from 'zod';

/**
 * An object schema that refuses unknown keys and names them, with the keys it allows: a request
 * body with a misspelt answer (`"swellling": [...]`) is a 400 naming `after.swellling`, never a
 * body accepted with that answer silently dropped (issue 9, "Input that is never half-accepted").
 */
export function strictObject<T extends z.ZodRawShape>(shape: T): z.ZodObject<T, z.core.$strict> {
  const allowed = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `is not a known field; allowed: ${allowed}` : undefined,
  });
}
