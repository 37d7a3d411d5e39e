import { z } from 'zod';
import { ROLES } from '../auth/roles.js';
import { isoTime } from './fields.js';
import { strictObject } from '../strict-object.js';

// /api/users: the clinic's accounts, as its owner (and, for clients, its practitioners) see them.

export const accountIdParams = strictObject({ id: z.string().max(100).describe('Account id') });

export const personSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(ROLES),
    createdAt: isoTime,
  })
  .meta({ id: 'Person' });

export const peopleSchema = z.object({ users: z.array(personSchema) });

/** 201 to POST /api/users/:id/password-reset. */
export const passwordResetLinkSchema = z.object({
  link: z.string().describe('/reset/<token>'),
  expiresAt: isoTime,
});

export type Person = z.infer<typeof personSchema>;
export type People = z.infer<typeof peopleSchema>;
export type PasswordResetLink = z.infer<typeof passwordResetLinkSchema>;
