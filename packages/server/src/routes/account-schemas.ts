import { ROLES } from '@acupress/core';
import { z } from 'zod';

// Shapes shared by the account routes. Password rules (length, not the email) are core's
// password policy, checked in the workflow so the 400 names the field with core's words; the
// schema only bounds the size (hashing work per request).

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

export const sessionUserSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(ROLES),
    clinicId: z.string(),
    clinicName: z.string(),
  })
  .meta({ id: 'SessionUser', description: 'The signed-in account' });

export const signedInSchema = z
  .object({
    user: sessionUserSchema,
    csrfToken: z
      .string()
      .describe('Send it as the X-CSRF-Token header on every POST, PUT, PATCH and DELETE'),
  })
  .meta({ id: 'SignedIn', description: 'Signed in; the session cookie is set' });

export const personSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(ROLES),
    createdAt: z.string().describe('ISO 8601'),
  })
  .meta({ id: 'Person' });

export const noContent = z.null().describe('Done; no body');
