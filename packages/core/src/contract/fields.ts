import { z } from 'zod';

// Fields several bodies share. Password rules (length, not the email) are core's password policy
// (auth/password-policy.ts), checked by the server's workflow so the 400 names the field with
// core's words; the schema only bounds the size (hashing work per request).

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .check(z.email({ error: 'must be an email address, e.g. ana@example.org' }))
  .describe('Email address (case does not matter)');

export const nameField = z
  .string()
  .trim()
  .min(1, 'is required')
  .max(100)
  .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters');

export const passwordField = z.string().max(1000).describe('10 to 200 characters; not the email');

/** An ISO 8601 time, as every response gives it. */
export const isoTime = z.string().describe('ISO 8601');

/** The answer of a 204. */
export const noContent = z.null().describe('Done; no body');
