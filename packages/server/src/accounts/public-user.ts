import type { SignedInUser } from '@acupress/core';
import type { User } from '../storage/user-repository.js';

/** The account as the API shows it to its owner (GET /api/session, sign-in answers). */
export const signedInUser = (u: User): SignedInUser => ({
  id: u.id,
  name: u.name,
  email: u.email,
  role: u.role,
  clinicId: u.clinicId,
  clinicName: u.clinicName,
});

export const EMAIL_TAKEN = 'An account with this email address already exists: sign in instead.';
