import { fail, ok, type Result } from '@acupress/core';
import type { AppContext } from '../app-context.js';
import { inTransaction } from '../storage/repositories.js';
import type { User } from '../storage/user-repository.js';
import { Refusal, refusing } from './refusal.js';

/**
 * Deletes an account and everything personal in it: sessions, check-ins, guided sessions and
 * their logs, reset links and the invitations it made go by cascade. An owner goes with their
 * clinic, so only when no one else is left in it; the clinic's accounts must be removed first
 * (the data of clients is never deleted as a side effect of someone else's deletion). Audit
 * entries stay: they hold ids only.
 */
export async function deleteAccount(
  ctx: AppContext,
  user: User,
): Promise<Result<{ clinicDeleted: boolean }>> {
  const result = await refusing(() =>
    inTransaction(ctx.db, async (repos) => {
      if (user.role !== 'owner') {
        await repos.users.delete(user.id);
        return ok({ clinicDeleted: false });
      }
      const others = (await repos.users.countInClinic(user.clinicId)) - 1;
      if (others > 0) {
        const accounts = `${others} other account${others === 1 ? '' : 's'}`;
        throw new Refusal(
          fail(
            'CONFLICT',
            `Your clinic still has ${accounts}. As its owner, remove them first (each can also ` +
              'delete their own account); then delete yours, and the clinic with it.',
          ),
        );
      }
      await repos.clinics.delete(user.clinicId);
      return ok({ clinicDeleted: true });
    }),
  );
  // The failed-sign-in counter is keyed by a hash of the email: personal data all the same.
  if (result.ok) await ctx.limiter.recordSuccess(user.email);
  return result;
}
