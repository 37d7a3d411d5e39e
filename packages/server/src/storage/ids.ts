import { randomUUID } from 'node:crypto';

/** Every id the application makes: a random UUID. */
export const newId = (): string => randomUUID();

/**
 * Whether a value from a URL can be an id at all. Checked before any query, so text no id can
 * match (a NUL byte, which PostgreSQL refuses outright) is simply "not found".
 */
export const isId = (value: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
