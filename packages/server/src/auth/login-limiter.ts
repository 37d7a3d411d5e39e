import { randomUUID } from 'node:crypto';
import type { LoginAttemptRepository } from '../storage/login-attempt-repository.js';
import { normalizeEmail } from '../storage/user-repository.js';
import { hashToken } from './tokens.js';

// OWASP Authentication Cheat Sheet: limit failed sign-ins per account (against guessing one
// password) and per address (against trying one password on many accounts).

export interface LoginLimits {
  perAccount: number;
  perAddress: number;
  windowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  perAccount: 5,
  perAddress: 20,
  windowMs: 15 * 60 * 1000,
};

export type LimitVerdict =
  { limited: false } | { limited: true; scope: 'account' | 'address'; retryAfterSeconds: number };

/** One password check in progress: recorded as a failure until it is known to have succeeded. */
export interface Attempt {
  id: string;
  verdict: LimitVerdict;
  email: string;
}

export interface LoginLimiter {
  /**
   * Records the attempt first, then counts it with the others. Requests that arrive together
   * each see the ones recorded before them, so at most `perAccount` of a burst get a password
   * check; checking before recording would let a whole burst through.
   */
  begin(email: string, ip: string): Promise<Attempt>;
  /** The attempt's password was right: forget the account's failures and this attempt. */
  succeeded(attempt: Attempt): Promise<void>;
  /** Forgets the account's failures (after a password reset, for instance). */
  recordSuccess(email: string): Promise<void>;
}

// The account key is a hash: the table then holds no email addresses, known or not.
const accountKey = (email: string): string => `account:${hashToken(normalizeEmail(email))}`;
const addressKey = (ip: string): string => `address:${ip}`;

export function createLoginLimiter(
  attempts: LoginAttemptRepository,
  now: () => Date,
  limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
): LoginLimiter {
  const verdict = async (
    key: string,
    max: number,
    scope: 'account' | 'address',
    at: Date,
  ): Promise<LimitVerdict> => {
    const since = new Date(at.getTime() - limits.windowMs);
    const { count, oldest } = await attempts.failuresSince(key, since);
    if (count < max || !oldest) return { limited: false };
    const waitMs = oldest.getTime() + limits.windowMs - at.getTime();
    return { limited: true, scope, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  };

  return {
    async begin(email, ip) {
      const at = now();
      const id = randomUUID();
      await attempts.prune(new Date(at.getTime() - limits.windowMs));
      await attempts.record([accountKey(email), addressKey(ip)], at, id);
      // The count includes this attempt, so the limit allows one more than it.
      const account = await verdict(accountKey(email), limits.perAccount + 1, 'account', at);
      const result = account.limited
        ? account
        : await verdict(addressKey(ip), limits.perAddress + 1, 'address', at);
      // A refused attempt checks no password, so it is not a failure: forget it, or an ongoing
      // attack would keep the account locked beyond the window.
      if (result.limited) await attempts.remove(id);
      return { id, verdict: result, email };
    },

    async succeeded(attempt) {
      await attempts.clear(accountKey(attempt.email));
      await attempts.remove(attempt.id);
    },

    async recordSuccess(email) {
      await attempts.clear(accountKey(email));
    },
  };
}
