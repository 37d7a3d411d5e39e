import { z } from 'zod';
import { passwordField } from './fields.js';
import { strictObject } from '../strict-object.js';

// /api/password-resets/:token: a reset link, used by the person it was issued for (the owner
// issues it: POST /api/users/:id/password-reset).

export const resetTokenParams = strictObject({
  token: z.string().max(100).describe('The token of the /reset/<token> link'),
});

/** GET: whose password the link sets. */
export const passwordResetOfferSchema = z.object({ email: z.string() });

/** POST: the new password. */
export const newPasswordBody = strictObject({ password: passwordField });

export type PasswordResetOffer = z.infer<typeof passwordResetOfferSchema>;
export type NewPasswordBody = z.infer<typeof newPasswordBody>;
