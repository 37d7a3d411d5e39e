import { fail, ok, passwordIssues, type PasswordResetLink, type Result } from '@acupress/core';
import type { AppContext } from '../app-context.js';
import { appendAudit, type AuditActor } from '../audit/audit-event.js';
import type { ClientInfo } from '../auth/client-info.js';
import { hashPassword } from '../auth/passwords.js';
import { hashToken, isTokenShaped, newToken } from '../auth/tokens.js';
import type { PasswordReset } from '../storage/password-reset-repository.js';
import { inTransaction } from '../storage/repositories.js';
import type { User } from '../storage/user-repository.js';
import { Refusal, refusing } from '../storage/refusal.js';

// There is no mail server: the owner issues the link and hands it over. One hour, one use.
export const RESET_LIFETIME_MS = 60 * 60 * 1000;

/** A new reset link for the person (its token shown once; only its hash is kept), audited. */
export async function issuePasswordReset(
  ctx: AppContext,
  by: User,
  person: User,
  requester: AuditActor,
): Promise<PasswordResetLink> {
  const token = newToken();
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + RESET_LIFETIME_MS);
  await inTransaction(ctx.db, async (repos) => {
    await repos.passwordResets.create(
      { tokenHash: hashToken(token), userId: person.id, createdBy: by.id, expiresAt },
      now,
    );
    await appendAudit(repos.audit, now, requester, {
      action: 'password-reset.issue',
      resourceType: 'user',
      resourceId: person.id,
      personId: person.id,
      outcome: 'allowed',
    });
  });
  return { link: `/reset/${token}`, expiresAt: expiresAt.toISOString() };
}

/** The reset of a link: NOT_FOUND for an unknown token, GONE once used or expired. */
export async function openPasswordReset(
  ctx: AppContext,
  token: string,
): Promise<Result<PasswordReset>> {
  const found = isTokenShaped(token)
    ? await ctx.repos.passwordResets.findByTokenHash(hashToken(token))
    : undefined;
  if (!found) {
    return fail('NOT_FOUND', 'This reset link is not valid. Check that it was copied whole.');
  }
  if (found.usedAt) return fail('GONE', 'This reset link has already been used.');
  if (found.expiresAt <= ctx.now()) {
    return fail('GONE', 'This reset link has expired. Ask the clinic owner for a new one.');
  }
  return ok(found);
}

/**
 * Sets the new password and ends every sign-in session of the account (whoever held one); the
 * claim, the new hash, the ended sessions and the audit entry (as the account itself) are one
 * transaction.
 */
export async function completePasswordReset(
  ctx: AppContext,
  token: string,
  password: string,
  client: ClientInfo,
): Promise<Result<{ userId: string }>> {
  const opened = await openPasswordReset(ctx, token);
  if (!opened.ok) return opened;
  const { userId, email } = opened.value;
  const issues = passwordIssues(password, email);
  if (issues.length) return fail('VALIDATION', 'The password is not acceptable.', issues);
  const passwordHash = await hashPassword(password);
  const now = ctx.now();
  const result = await refusing(() =>
    inTransaction(ctx.db, async (repos) => {
      if (!(await repos.passwordResets.claim(hashToken(token), now))) {
        throw new Refusal(fail('GONE', 'This reset link has just been used.'));
      }
      await repos.users.setPasswordHash(userId, passwordHash);
      await repos.authSessions.deleteForUser(userId);
      const user = await repos.users.find(userId);
      await appendAudit(
        repos.audit,
        now,
        { userId, clinicId: user?.clinicId ?? null, client },
        {
          action: 'password-reset.complete',
          resourceType: 'user',
          resourceId: userId,
          personId: userId,
          outcome: 'allowed',
        },
      );
      return ok({ userId });
    }),
  );
  // The owner vouched for this person: failed guesses before the reset no longer count.
  if (result.ok) await ctx.limiter.recordSuccess(email);
  return result;
}
