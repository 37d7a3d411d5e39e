import type { Role } from '@acupress/core';

export interface RoleText {
  name: string;
  article: 'a' | 'an';
  /** What the person can do, for the invitation screen. */
  invitedLead: string;
}

export const ROLE_TEXT: Readonly<Record<Role, RoleText>> = {
  owner: {
    name: 'owner',
    article: 'an',
    invitedLead: '',
  },
  practitioner: {
    name: 'practitioner',
    article: 'a',
    invitedLead:
      'You will be able to invite clients and keep their records in this clinic. Create your account below.',
  },
  client: {
    name: 'client',
    article: 'a',
    invitedLead:
      'Your check-ins are kept in your own record. You and the clinic’s practitioners can see it; other clients cannot. Create your account below.',
  },
};

/** "Owner of Hill Street Clinic", "Client at Hill Street Clinic". */
export function roleAt(role: Role, clinicName: string): string {
  return role === 'owner'
    ? `Owner of ${clinicName}`
    : `${ROLE_TEXT[role].name.charAt(0).toUpperCase()}${ROLE_TEXT[role].name.slice(1)} at ${clinicName}`;
}
