import { fail, ok, passwordIssues, type PasswordChangeBody, type Result } from '@acupress/core';
import type { AppContext } from '../app-context.js';
import { appendAudit, auditActor } from '../audit/audit-event.js';
import type { ActiveAuthSession } from '../auth/auth-session-service.js';
import type { ClientInfo } from '../auth/client-info.js';
import { hashPassword } from '../auth/passwords.js';
import { inTransaction } from '../storage/repositories.js';
import { confirmPassword, type Refused } from './login.js';

/**
 * A new password, given the current one. Every other sign-in session of the account ends
 * (someone who knew the old password may hold one); this browser stays signed in. The new hash,
 * the ended sessions and the audit entry are one transaction.
 */
export async function changePassword(
  ctx: AppContext,
  session: ActiveAuthSession,
  input: PasswordChangeBody,
  client: ClientInfo,
): Promise<Result<null> | Refused> {
  const { user } = session;
  const issues = passwordIssues(input.newPassword, user.email, 'newPassword');
  if (issues.length) return fail('VALIDATION', 'The new password is not acceptable.', issues);
  const wrong = await confirmPassword(ctx, user, input.currentPassword, client, 'currentPassword');
  if (wrong) return wrong;
  const hash = await hashPassword(input.newPassword);
  await inTransaction(ctx.db, async (repos) => {
    await repos.users.setPasswordHash(user.id, hash);
    await repos.authSessions.deleteForUser(user.id, session.idHash);
    await appendAudit(repos.audit, ctx.now(), auditActor(user, client), {
      action: 'account.password-change',
      resourceType: 'user',
      resourceId: user.id,
      personId: user.id,
      outcome: 'allowed',
    });
  });
  return ok(null);
}
