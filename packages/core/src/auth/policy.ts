import type { Role } from './roles.js';

// Who may do what: the one place authorisation is decided (DESIGN.md, Reliability). Pure: the
// server looks up the target (which clinic, which person, their role) and asks; every route
// declares its action, so no route decides on its own.

export const ACTIONS = [
  'health.read',
  'health.write',
  'clinic.manage',
  'users.list',
  'invite.practitioner',
  'invite.client',
  'password-reset.issue',
  'audit.read',
  'account.self',
] as const;
export type Action = (typeof ACTIONS)[number];

/** The signed-in person asking. */
export interface Actor {
  userId: string;
  clinicId: string;
  role: Role;
}

/**
 * What the action is on: a clinic, or a person (with their clinic and role). Leave out what
 * does not apply; a person target always carries the person's clinic.
 */
export interface Target {
  clinicId?: string;
  personId?: string;
  personRole?: Role;
}

export type DenialCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';
export type AccessDecision =
  { allowed: true } | { allowed: false; code: DenialCode; reason: string };

/** Which roles may perform each action at all (in their own clinic, on people they can see). */
export const CAPABILITIES: Readonly<Record<Action, readonly Role[]>> = {
  'health.read': ['owner', 'practitioner', 'client'],
  'health.write': ['owner', 'practitioner', 'client'],
  'clinic.manage': ['owner'],
  'users.list': ['owner', 'practitioner'],
  'invite.practitioner': ['owner'],
  'invite.client': ['owner', 'practitioner'],
  'password-reset.issue': ['owner'],
  'audit.read': ['owner'],
  'account.self': ['owner', 'practitioner', 'client'],
};

/** Whose accounts 'users.list' shows: the owner every account, a practitioner the clients. */
export const LISTED_ROLES: Readonly<Record<Role, readonly Role[]>> = {
  owner: ['owner', 'practitioner', 'client'],
  practitioner: ['client'],
  client: [],
};

const ACTION_TEXT: Readonly<Record<Action, string>> = {
  'health.read': 'read health records',
  'health.write': 'write health records',
  'clinic.manage': 'manage the clinic',
  'users.list': "list the clinic's accounts",
  'invite.practitioner': 'invite practitioners',
  'invite.client': 'invite clients',
  'password-reset.issue': 'issue password reset links',
  'audit.read': 'read the audit log',
  'account.self': 'manage this account',
};

const HEALTH_ACTIONS: ReadonlySet<Action> = new Set(['health.read', 'health.write']);

const ALLOW: AccessDecision = { allowed: true };
const deny = (code: DenialCode, reason: string): AccessDecision => ({
  allowed: false,
  code,
  reason,
});

/**
 * Whether the actor may know the person exists. Everyone sees themselves; the owner sees every
 * person of the clinic; a practitioner sees the clinic's clients; a client sees no one else
 * (clients must not learn who else is a client).
 */
export function canSee(actor: Actor, target: Target): boolean {
  if (target.personId === undefined || target.personId === actor.userId) return true;
  if (actor.role === 'owner') return true;
  return actor.role === 'practitioner' && target.personRole === 'client';
}

/**
 * The decision, checked in this order: no session → UNAUTHENTICATED; another clinic, or a person
 * the actor may not see → NOT_FOUND (answering 403 would reveal that it exists); a role without
 * the capability → FORBIDDEN.
 */
export function authorize(
  actor: Actor | null,
  action: Action,
  target: Target = {},
): AccessDecision {
  if (!actor) return deny('UNAUTHENTICATED', 'Sign in first.');
  if (target.personId !== undefined && target.clinicId === undefined) {
    return deny('NOT_FOUND', 'a person target must name the clinic the person belongs to');
  }
  if (target.clinicId !== undefined && target.clinicId !== actor.clinicId) {
    return deny('NOT_FOUND', 'the target belongs to another clinic');
  }
  if (!canSee(actor, target)) {
    return deny('NOT_FOUND', `a ${actor.role} cannot see this person`);
  }
  if (action === 'account.self' && target.personId !== undefined) {
    if (target.personId !== actor.userId) return deny('NOT_FOUND', 'not your own account');
  }
  if (HEALTH_ACTIONS.has(action) && target.personId === undefined) {
    // A clinic-wide read of health data would bypass the per-person rule: never implied.
    return deny('FORBIDDEN', 'Health records are read and written one person at a time.');
  }
  const roles = CAPABILITIES[action];
  if (!roles.includes(actor.role)) {
    const who =
      roles.length === 1 ? `Only the clinic ${roles[0]}` : `Only ${roles.join('s and ')}s`;
    return deny('FORBIDDEN', `${who} may ${ACTION_TEXT[action]}.`);
  }
  return ALLOW;
}
