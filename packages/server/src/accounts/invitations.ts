import {
  authorize,
  fail,
  INVITABLE_ROLES,
  ok,
  type Actor,
  type InvitableRole,
  type InvitationBody,
  type InvitationLink,
  type InvitationList,
  type Result,
} from '@acupress/core';
import type { AppContext } from '../app-context.js';
import { appendAudit, type AuditActor } from '../audit/audit-event.js';
import { failureFor } from '../auth/denial.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { inTransaction } from '../storage/repositories.js';
import { normalizeEmail, type User } from '../storage/user-repository.js';

// Invitations seen from the clinic: make, list, revoke. The route's gate lets in whoever may
// invite anyone (owners, practitioners); which role they may invite is decided here, per
// invitation, by the same policy.

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

const inviteAction = (role: InvitableRole) => `invite.${role}` as const;
const NO_INVITATION = 'No such pending invitation in your clinic.';

/** A new invitation and its link (the token shown once; only its hash is kept), audited. */
export async function createInvitation(
  ctx: AppContext,
  by: User,
  actor: Actor,
  input: InvitationBody,
  requester: AuditActor,
): Promise<Result<InvitationLink>> {
  const decision = authorize(actor, inviteAction(input.role), { clinicId: by.clinicId });
  if (!decision.allowed) return failureFor(decision, NO_INVITATION);
  const token = newToken();
  const now = ctx.now();
  const invitation = await inTransaction(ctx.db, async (repos) => {
    const made = await repos.invitations.create(
      {
        tokenHash: hashToken(token),
        clinicId: by.clinicId,
        role: input.role,
        email: input.email === undefined ? null : normalizeEmail(input.email),
        createdBy: by.id,
        expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS),
      },
      now,
    );
    await appendAudit(repos.audit, now, requester, {
      action: 'invitation.create',
      resourceType: 'invitation',
      resourceId: made.id,
      outcome: 'allowed',
    });
    return made;
  });
  return ok({
    id: invitation.id,
    role: invitation.role,
    email: invitation.email,
    link: `/invite/${token}`,
    expiresAt: invitation.expiresAt.toISOString(),
  });
}

/** Unused, unexpired invitations of the roles this actor may invite. */
export async function listInvitations(ctx: AppContext, actor: Actor): Promise<InvitationList> {
  const roles = INVITABLE_ROLES.filter(
    (role) => authorize(actor, inviteAction(role), { clinicId: actor.clinicId }).allowed,
  );
  const pending = await ctx.repos.invitations.listPending(actor.clinicId, roles, ctx.now());
  return {
    invitations: pending.map((i) => ({
      id: i.id,
      role: i.role,
      email: i.email,
      createdBy: i.createdBy,
      createdAt: i.createdAt.toISOString(),
      expiresAt: i.expiresAt.toISOString(),
    })),
  };
}

/** Revokes an invitation its role lets this actor manage: its link stops working at once. */
export async function revokeInvitation(
  ctx: AppContext,
  actor: Actor,
  id: string,
  requester: AuditActor,
): Promise<Result<null>> {
  const invitation = await ctx.repos.invitations.find(id);
  if (!invitation) return fail('NOT_FOUND', NO_INVITATION);
  const decision = authorize(actor, inviteAction(invitation.role), {
    clinicId: invitation.clinicId,
  });
  if (!decision.allowed) return failureFor(decision, NO_INVITATION);
  await inTransaction(ctx.db, async (repos) => {
    await repos.invitations.delete(invitation.id);
    await appendAudit(repos.audit, ctx.now(), requester, {
      action: 'invitation.revoke',
      resourceType: 'invitation',
      resourceId: invitation.id,
      outcome: 'allowed',
    });
  });
  return ok(null);
}
