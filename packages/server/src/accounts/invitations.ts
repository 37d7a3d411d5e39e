import { fail, ok, passwordIssues, type InvitableRole, type Result } from '@acupress/core';
import type { AppContext } from '../app-context.js';
import { hashPassword } from '../auth/passwords.js';
import { hashToken, isTokenShaped, newToken } from '../auth/tokens.js';
import type { Invitation } from '../storage/invitation-repository.js';
import { inTransaction } from '../storage/repositories.js';
import { isUniqueViolation } from '../storage/unique-violation.js';
import { normalizeEmail, type User } from '../storage/user-repository.js';
import { EMAIL_TAKEN } from './public-user.js';
import { Refusal, refusing } from './refusal.js';

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/** A new invitation and the token for its link (shown once; only its hash is kept). */
export async function createInvitation(
  ctx: AppContext,
  by: User,
  input: { role: InvitableRole; email?: string | undefined },
): Promise<{ invitation: Invitation; token: string }> {
  const token = newToken();
  const now = ctx.now();
  const invitation = await ctx.repos.invitations.create(
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
  return { invitation, token };
}

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

export interface AcceptInput {
  name: string;
  email: string;
  password: string;
}

/** Creates the invited account. One use: the invitation is claimed in the same transaction. */
export async function acceptInvitation(
  ctx: AppContext,
  token: string,
  input: AcceptInput,
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
        return ok(user);
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) return fail('CONFLICT', EMAIL_TAKEN);
    throw error;
  }
}
