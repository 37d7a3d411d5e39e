import { fail, ok, passwordIssues, type Failure, type Result } from '@acupress/core';
import type { AppContext } from '../app-context.js';
import type { ClientInfo } from '../auth/client-info.js';
import { hashPassword } from '../auth/passwords.js';
import type { ActiveSession } from '../auth/auth-session-service.js';
import { confirmPassword } from './login.js';

/**
 * A new password, given the current one. Every other session of the account ends (someone who
 * knew the old password may hold one); this browser stays signed in.
 */
export async function changePassword(
  ctx: AppContext,
  session: ActiveSession,
  input: { currentPassword: string; newPassword: string },
  client: ClientInfo,
): Promise<Result<null> | (Failure & { retryAfterSeconds?: number })> {
  const { user } = session;
  const issues = passwordIssues(input.newPassword, user.email, 'newPassword');
  if (issues.length) return fail('VALIDATION', 'The new password is not acceptable.', issues);
  const wrong = await confirmPassword(ctx, user, input.currentPassword, client, 'currentPassword');
  if (wrong) return wrong;
  await ctx.repos.users.setPasswordHash(user.id, await hashPassword(input.newPassword));
  await ctx.sessions.endAllFor(user.id, session.idHash);
  return ok(null);
}
