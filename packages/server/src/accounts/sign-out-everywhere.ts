import type { AppContext } from '../app-context.js';
import { appendAudit, auditActor } from '../audit/audit-event.js';
import type { ClientInfo } from '../auth/client-info.js';
import { inTransaction } from '../storage/repositories.js';
import type { User } from '../storage/user-repository.js';

/** Ends every sign-in session of the account, this one included. */
export async function signOutEverywhere(
  ctx: AppContext,
  user: User,
  client: ClientInfo,
): Promise<void> {
  await inTransaction(ctx.db, async (repos) => {
    await repos.authSessions.deleteForUser(user.id);
    await appendAudit(repos.audit, ctx.now(), auditActor(user, client), {
      action: 'session.sign-out-everywhere',
      resourceType: 'session',
      personId: user.id,
      outcome: 'allowed',
    });
  });
}
