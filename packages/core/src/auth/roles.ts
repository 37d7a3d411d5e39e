/**
 * The three roles. A clinic (the tenant) has one owner; practitioners and clients join it by
 * invitation. A self-care user is an owner with no clients, or a client with no practitioner.
 */
export const ROLES = ['owner', 'practitioner', 'client'] as const;
export type Role = (typeof ROLES)[number];

/** Roles an invitation can grant: the owner is made at setup, never invited. */
export const INVITABLE_ROLES = ['practitioner', 'client'] as const;
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);
