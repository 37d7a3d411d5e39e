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

/** Zod issues as field issues with dotted paths (`pain.0.intensity`); an unknown key is named. */
export function fieldIssues(error: z.ZodError): { field: string; message: string }[] {
  return error.issues.flatMap((i) => {
    const path = i.path.map(String).join('.');
    if (i.code === 'unrecognized_keys') {
      return i.keys.map((k) => ({ field: path ? `${path}.${k}` : k, message: i.message }));
    }
    return [{ field: path || '(body)', message: i.message }];
  });
}
