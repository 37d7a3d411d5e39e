import type { AuditAction, AuditEntry } from '@acupress/core';

// The audit log's codes in words for the screen; the exports keep the codes. Every code the
// server writes (the contract's AUDIT_ACTIONS) must have its words here: a new one fails typecheck.

const ACTIONS: Readonly<Record<AuditAction, string>> = {
  'account.delete': 'Deleted their account',
  'account.export': 'Downloaded their data',
  'account.password-change': 'Changed their password',
  'audit.export': 'Exported the audit log',
  'audit.read': 'Read the audit log',
  'care.read': 'Read their care and progress',
  'check-in.create': 'Saved a check-in',
  'check-in.list': 'Listed check-ins',
  'check-in.read': 'Read a check-in',
  'clinic.setup': 'Set up the clinic',
  'invitation.accept': 'Accepted an invitation',
  'invitation.create': 'Made an invitation',
  'invitation.revoke': 'Revoked an invitation',
  'password-reset.complete': 'Chose a new password',
  'password-reset.issue': 'Issued a password-reset link',
  'session.list': 'Listed guided sessions',
  'session.log': 'Logged a guided session',
  'session.next-day': "Sent a session's next-day check",
  'session.start': 'Started a guided session',
  'session.login': 'Signed in',
  'session.sign-out-everywhere': 'Signed out everywhere',
  'user.delete': 'Removed an account',
};

/** Codes entries of older versions may carry. */
const OLDER_ACTIONS: Readonly<Record<string, string>> = {
  'users.list': "Listed the clinic's accounts",
  'health.read': 'Tried to read health records',
  'health.write': 'Tried to write health records',
};

/** "check-in.read" → "Read a check-in"; an unknown code as it is. */
export function actionText(action: string): string {
  return (ACTIONS as Readonly<Record<string, string>>)[action] ?? OLDER_ACTIONS[action] ?? action;
}

/** Ids are long: the first block tells accounts apart in a table. */
export function shortId(id: string): string {
  return id.split('-')[0] ?? id;
}

export type Names = ReadonlyMap<string, string>;

/** A person's name from the clinic's accounts, or a short id for an account that is gone. */
export function personName(id: string | null, names: Names, selfId: string): string {
  if (!id) return '—';
  if (id === selfId) return `${names.get(id) ?? 'You'} (you)`;
  return names.get(id) ?? `Account ${shortId(id)}`;
}

export function actorName(e: AuditEntry, names: Names, selfId: string): string {
  return e.actorUserId ? personName(e.actorUserId, names, selfId) : 'No one signed in';
}
