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

export interface LoginLimiter {
  check(email: string, ip: string): Promise<LimitVerdict>;
  recordFailure(email: string, ip: string): Promise<void>;
  /** A successful sign-in forgets the account's failures (not the address's). */
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
    async check(email, ip) {
      const at = now();
      const account = await verdict(accountKey(email), limits.perAccount, 'account', at);
      if (account.limited) return account;
      return verdict(addressKey(ip), limits.perAddress, 'address', at);
    },

    async recordFailure(email, ip) {
      const at = now();
      await attempts.prune(new Date(at.getTime() - limits.windowMs));
      await attempts.record([accountKey(email), addressKey(ip)], at);
    },

    async recordSuccess(email) {
      await attempts.clear(accountKey(email));
    },
  };
}
