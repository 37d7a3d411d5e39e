import { fail, ok, passwordIssues, type AcceptInvitationBody, type Result } from '@acupress/core';
import type { AppContext } from '../app-context.js';
import { appendAudit, auditActor } from '../audit/audit-event.js';
import type { ClientInfo } from '../auth/client-info.js';
import { hashPassword } from '../auth/passwords.js';
import { hashToken, isTokenShaped } from '../auth/tokens.js';
import type { Invitation } from '../storage/invitation-repository.js';
import { inTransaction } from '../storage/repositories.js';
import { isUniqueViolation } from '../storage/unique-violation.js';
import { normalizeEmail, type User } from '../storage/user-repository.js';
import { EMAIL_TAKEN } from './public-user.js';
import { Refusal, refusing } from '../storage/refusal.js';

// An invitation seen by the person invited: no session, the link's token is the key.

/** The invitation of a link: NOT_FOUND for an unknown token, GONE once used or expired. */
export async function openInvitation(ctx: AppContext, token: string): Promise<Result<Invitation>> {
  const found = isTokenShaped(token)
    ? await ctx.repos.invitations.findByTokenHash(hashToken(token))
    : undefined;
  if (!found)
    return fail('NOT_FOUND', 'This invitation link is not valid. Check that it was copied whole.');
  if (found.usedAt) return fail('GONE', 'This invitation has already been used. Sign in instead.');
  if (found.expiresAt <= ctx.now()) {
    return fail('GONE', 'This invitation has expired. Ask for a new one.');
  }
  return ok(found);
}

/**
 * Creates the invited account. One use: the invitation is claimed in the same transaction, and
 * the audit entry (as the new account) is written in it too.
 */
export async function acceptInvitation(
  ctx: AppContext,
  token: string,
  input: AcceptInvitationBody,
  client: ClientInfo,
): Promise<Result<User>> {
  const opened = await openInvitation(ctx, token);
  if (!opened.ok) return opened;
  const invitation = opened.value;
  if (invitation.email !== null && invitation.email !== normalizeEmail(input.email)) {
    return fail('VALIDATION', 'This invitation is for another email address.', [
      { field: 'email', message: `must be the address the invitation was made for` },
    ]);
  }
  const issues = passwordIssues(input.password, input.email);
  if (issues.length) return fail('VALIDATION', 'The password is not acceptable.', issues);
  if (await ctx.repos.users.findByEmail(input.email)) return fail('CONFLICT', EMAIL_TAKEN);
  const passwordHash = await hashPassword(input.password);
  const now = ctx.now();
  try {
    return await refusing(() =>
      inTransaction(ctx.db, async (repos) => {
        if (!(await repos.invitations.claim(hashToken(token), now))) {
          throw new Refusal(fail('GONE', 'This invitation has just been used. Sign in instead.'));
        }
        const user = await repos.users.create(
          {
            clinicId: invitation.clinicId,
            email: input.email,
            name: input.name,
            role: invitation.role,
            passwordHash,
          },
          now,
        );
        await appendAudit(repos.audit, now, auditActor(user, client), {
          action: 'invitation.accept',
          resourceType: 'user',
          resourceId: user.id,
          personId: user.id,
          outcome: 'allowed',
        });
        return ok(user);
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) return fail('CONFLICT', EMAIL_TAKEN);
    throw error;
  }
}
