import { fail, ok, passwordIssues, type Result } from '@acupress/core';
import type { AppContext } from '../app-context.js';
import { hashPassword } from '../auth/passwords.js';
import { hashToken, isTokenShaped, newToken } from '../auth/tokens.js';
import type { PasswordReset } from '../storage/password-reset-repository.js';
import { inTransaction } from '../storage/repositories.js';
import type { User } from '../storage/user-repository.js';
import { Refusal, refusing } from './refusal.js';

// There is no mail server: the owner issues the link and hands it over. One hour, one use.
export const RESET_LIFETIME_MS = 60 * 60 * 1000;

export async function issuePasswordReset(
  ctx: AppContext,
  by: User,
  person: User,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + RESET_LIFETIME_MS);
  await ctx.repos.passwordResets.create(
    { tokenHash: hashToken(token), userId: person.id, createdBy: by.id, expiresAt },
    now,
  );
  return { token, expiresAt };
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

/** Sets the new password and ends every session of the account (whoever held one). */
export async function completePasswordReset(
  ctx: AppContext,
  token: string,
  password: string,
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
      await repos.sessions.deleteForUser(userId);
      return ok({ userId });
    }),
  );
  // The owner vouched for this person: failed guesses before the reset no longer count.
  if (result.ok) await ctx.limiter.recordSuccess(email);
  return result;
}
