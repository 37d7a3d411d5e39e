import { fail, ok, passwordIssues, type Result, type SetupBody } from '@acupress/core';
import type { Kysely } from 'kysely';
import { appendAudit, auditActor } from '../audit/audit-event.js';
import type { ClientInfo } from '../auth/client-info.js';
import { hashPassword } from '../auth/passwords.js';
import type { Database } from '../storage/database.js';
import { createRepositories, inTransaction } from '../storage/repositories.js';
import { isUniqueViolation } from '../storage/unique-violation.js';
import type { User } from '../storage/user-repository.js';
import { EMAIL_TAKEN } from './public-user.js';
import { Refusal, refusing } from '../storage/refusal.js';

export type OwnerInput = SetupBody;

export const ALREADY_SET_UP =
  'Acupress is already set up: sign in, or ask the owner for an invitation.';

/**
 * A new clinic and its owner, in one transaction. `first` (the web app's setup and
 * `acupress user create` on an empty database) refuses when any account exists, so whoever
 * reaches a fresh server second cannot take it over. Set up over HTTP (`client` given), the
 * audit entry is written in the same transaction; the operator's `acupress user create` at the
 * machine leaves none.
 */
export async function createClinicWithOwner(
  db: Kysely<Database>,
  input: OwnerInput,
  now: Date,
  mode: 'first' | 'additional',
  client?: ClientInfo,
): Promise<Result<User>> {
  const issues = passwordIssues(input.password, input.email);
  if (issues.length) return fail('VALIDATION', 'The password is not acceptable.', issues);
  // Refuse early, before the costly hash: this route is open to anyone once set up.
  if (mode === 'first' && (await createRepositories(db).users.count()) > 0) {
    return fail('CONFLICT', ALREADY_SET_UP);
  }
  const passwordHash = await hashPassword(input.password);
  try {
    return await refusing(() =>
      inTransaction(db, async (repos, trx) => {
        if (mode === 'first') {
          // Two first setups at once must not both see an empty database. This row is a lock:
          // on PostgreSQL the second insert waits for the first transaction, then finds its
          // accounts; SQLite runs write transactions one at a time anyway.
          await trx.insertInto('app_meta').values(setupLock(now)).execute();
          const taken = (await repos.users.count()) > 0;
          await trx.deleteFrom('app_meta').where('key', '=', SETUP_LOCK).execute();
          if (taken) throw new Refusal(fail('CONFLICT', ALREADY_SET_UP));
        }
        if (await repos.users.findByEmail(input.email)) {
          throw new Refusal(fail('CONFLICT', EMAIL_TAKEN));
        }
        const clinic = await repos.clinics.create(input.clinicName, now);
        const owner = await repos.users.create(
          {
            clinicId: clinic.id,
            email: input.email,
            name: input.name,
            role: 'owner',
            passwordHash,
          },
          now,
        );
        if (client) {
          await appendAudit(repos.audit, now, auditActor(owner, client), {
            action: 'clinic.setup',
            resourceType: 'clinic',
            resourceId: owner.clinicId,
            outcome: 'allowed',
          });
        }
        return ok(owner);
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) return fail('CONFLICT', EMAIL_TAKEN);
    throw error;
  }
}

const SETUP_LOCK = 'setup-lock';
const setupLock = (now: Date) => ({
  key: SETUP_LOCK,
  value: 'held',
  updated_at: now.toISOString(),
});
