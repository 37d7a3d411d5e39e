import { z } from 'zod';
import { INVITABLE_ROLES } from '../auth/roles.js';
import { emailField, isoTime, nameField, passwordField } from './fields.js';
import { strictObject } from '../strict-object.js';

// /api/invitations: one-time links to join a clinic, seen from the clinic (make, list, revoke)
// and by the person invited (/api/invitations/:token: no session, the token is the key).

/** POST /api/invitations. */
export const invitationBody = strictObject({
  role: z.enum(INVITABLE_ROLES),
  email: emailField.optional(),
});

export const invitationIdParams = strictObject({ id: z.string().max(100) });

export const invitationTokenParams = strictObject({
  token: z.string().max(100).describe('The token of the /invite/<token> link'),
});

/** 201 to POST /api/invitations. */
export const invitationLinkSchema = z
  .object({
    id: z.string(),
    role: z.enum(INVITABLE_ROLES),
    email: z.string().nullable(),
    link: z.string().describe('/invite/<token>: shown once, give it to the person'),
    expiresAt: isoTime,
  })
  .meta({ id: 'InvitationLink' });

export const invitationSchema = z
  .object({
    id: z.string(),
    role: z.enum(INVITABLE_ROLES),
    email: z.string().nullable().describe('Only this address may accept it, when given'),
    createdBy: z.string(),
    createdAt: isoTime,
    expiresAt: isoTime,
  })
  .meta({ id: 'Invitation' });

export const invitationListSchema = z.object({ invitations: z.array(invitationSchema) });

/** GET /api/invitations/:token: what the link offers. */
export const invitationOfferSchema = z.object({
  clinicName: z.string(),
  role: z.enum(INVITABLE_ROLES),
  email: z.string().nullable(),
});

/** POST /api/invitations/:token/accept. */
export const acceptInvitationBody = strictObject({
  name: nameField,
  email: emailField,
  password: passwordField,
});

export type InvitationBody = z.infer<typeof invitationBody>;
export type InvitationLink = z.infer<typeof invitationLinkSchema>;
export type Invitation = z.infer<typeof invitationSchema>;
export type InvitationList = z.infer<typeof invitationListSchema>;
export type InvitationOffer = z.infer<typeof invitationOfferSchema>;
export type AcceptInvitationBody = z.infer<typeof acceptInvitationBody>;
