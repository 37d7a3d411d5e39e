import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes, base64url: 256 bits, unguessable, safe in a cookie or a URL path. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** What a token looks like, checked before any database lookup. */
export const isTokenShaped = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value);

/**
 * SHA-256 of a token, as stored. A plain hash suffices (no salt, no argon2): the token has 256
 * bits of entropy, so there is nothing to brute-force, and lookup stays one indexed query.
 */
export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

/** Constant-time comparison, so the time taken does not tell how much of a guess was right. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
