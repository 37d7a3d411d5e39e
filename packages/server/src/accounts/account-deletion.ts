import { fail, ok, type Result } from '@acupress/core';
import type { AppContext } from '../app-context.js';
import { appendAudit, type AuditActor } from '../audit/audit-event.js';
import { inTransaction } from '../storage/repositories.js';
import type { User } from '../storage/user-repository.js';
import { Refusal, refusing } from '../storage/refusal.js';
import { confirmPassword, type Refused } from './login.js';

/**
 * Deletes an account and everything personal in it: sessions, check-ins, guided sessions and
 * their logs, reset links and the invitations it made go by cascade. An owner goes with their
 * clinic, so only when no one else is left in it; the clinic's accounts must be removed first
 * (the data of clients is never deleted as a side effect of someone else's deletion). Audit
 * entries stay: they hold ids only. The deletion and its audit entry are one transaction:
 * 'account.delete' when the person deletes their own, 'user.delete' when the owner removes it.
 */
export async function deleteAccount(
  ctx: AppContext,
  user: User,
  by: AuditActor,
  action: 'account.delete' | 'user.delete',
): Promise<Result<{ clinicDeleted: boolean }>> {
  const result = await refusing(() =>
    inTransaction(ctx.db, async (repos) => {
      let clinicDeleted = false;
      if (user.role !== 'owner') {
        await repos.users.delete(user.id);
      } else {
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
        clinicDeleted = true;
      }
      await appendAudit(repos.audit, ctx.now(), by, {
        action,
        resourceType: 'user',
        resourceId: user.id,
        personId: user.id,
        outcome: 'allowed',
      });
      return ok({ clinicDeleted });
    }),
  );
  // The failed-sign-in counter is keyed by a hash of the email: personal data all the same.
  if (result.ok) await ctx.limiter.recordSuccess(user.email);
  return result;
}

/** The owner removes an account of their clinic; their own goes through account settings. */
export function removeFromClinic(
  ctx: AppContext,
  owner: User,
  person: User,
  by: AuditActor,
): Promise<Result<{ clinicDeleted: boolean }>> {
  if (person.id === owner.id) {
    return Promise.resolve(
      fail('CONFLICT', 'To delete your own account, use account settings (DELETE /api/account).'),
    );
  }
  return deleteAccount(ctx, person, by, 'user.delete');
}

/** The person deletes their own account, confirming it with their password. */
export async function deleteOwnAccount(
  ctx: AppContext,
  user: User,
  password: string,
  by: AuditActor,
): Promise<Result<{ clinicDeleted: boolean }> | Refused> {
  const wrong = await confirmPassword(ctx, user, password, by.client, 'password');
  return wrong ?? deleteAccount(ctx, user, by, 'account.delete');
}
