import { z } from 'zod';
import { ROLES } from '../auth/roles.js';
import { emailField, nameField, passwordField } from './fields.js';
import { strictObject } from '../strict-object.js';

// The sign-in session (an "auth session", never to be confused with a guided practice session):
// who is signed in, first-start setup, sign-in.

export const signedInUserSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(ROLES),
    clinicId: z.string(),
    clinicName: z.string(),
  })
  .meta({ id: 'SignedInUser', description: 'The signed-in account' });

export const signedInSchema = z
  .object({
    user: signedInUserSchema,
    csrfToken: z
      .string()
      .describe('Send it as the X-CSRF-Token header on every POST, PUT, PATCH and DELETE'),
  })
  .meta({ id: 'SignedIn', description: 'Signed in; the session cookie is set' });

/** GET /api/session. */
export const authSessionSchema = z
  .object({
    setupNeeded: z.boolean().describe('true on a server with no account yet: offer setup'),
    user: signedInUserSchema.nullable(),
    csrfToken: z.string().optional().describe('Present when signed in'),
  })
  .meta({ id: 'AuthSession', description: 'Who is signed in on this browser, if anyone' });

/** POST /api/setup. */
export const setupBody = strictObject({
  clinicName: nameField.describe('Name of the clinic (or of the household, for self-care)'),
  name: nameField,
  email: emailField,
  password: passwordField,
});

/** POST /api/auth/login. */
export const loginBody = strictObject({
  email: emailField,
  password: z.string().min(1).max(1000),
});

export type SignedInUser = z.infer<typeof signedInUserSchema>;
export type SignedIn = z.infer<typeof signedInSchema>;
export type AuthSession = z.infer<typeof authSessionSchema>;
export type SetupBody = z.infer<typeof setupBody>;
export type LoginBody = z.infer<typeof loginBody>;
