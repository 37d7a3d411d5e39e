import { fail, ok, type Failure, type LoginBody, type Result } from '@acupress/core';
import type { AppContext } from '../app-context.js';
import { appendAudit, auditActor } from '../audit/audit-event.js';
import type { ClientInfo } from '../auth/client-info.js';
import { verifyNothing, verifyPassword } from '../auth/passwords.js';
import type { User } from '../storage/user-repository.js';

export type LoginResult =
  { ok: true; user: User } | (Failure & { retryAfterSeconds?: number; user?: User });

export const WRONG_CREDENTIALS = 'Email or password is wrong.';

const minutes = (seconds: number): string => {
  const m = Math.max(1, Math.ceil(seconds / 60));
  return `${m} minute${m === 1 ? '' : 's'}`;
};

/**
 * Checks a sign-in. The same answer for an unknown email and a wrong password, in the same time
 * (a dummy verification), so neither the message nor the clock tells which accounts exist.
 * A failure carries the account when there is one, for the audit log only.
 */
export async function checkCredentials(
  ctx: AppContext,
  email: string,
  password: string,
  client: ClientInfo,
): Promise<LoginResult> {
  const attempt = await ctx.limiter.begin(email, client.ip);
  const { verdict } = attempt;
  if (verdict.limited) {
    const whose = verdict.scope === 'account' ? 'for this account' : 'from your network address';
    return {
      ...fail(
        'RATE_LIMITED',
        `Too many failed sign-ins ${whose}. Try again in ${minutes(verdict.retryAfterSeconds)}.`,
      ),
      retryAfterSeconds: verdict.retryAfterSeconds,
    };
  }
  const user = await ctx.repos.users.findByEmail(email);
  const hash = user && (await ctx.repos.users.passwordHash(user.id));
  const valid = hash ? await verifyPassword(hash, password) : await verifyNothing(password);
  if (!valid || !user) {
    return { ...fail('UNAUTHENTICATED', WRONG_CREDENTIALS), ...(user ? { user } : {}) };
  }
  await ctx.limiter.succeeded(attempt);
  return { ok: true, user };
}

/** A failure that may say how long to wait (a 429's Retry-After). */
export type Refused = Failure & { retryAfterSeconds?: number };

/**
 * A sign-in attempt, audited whatever its outcome (as the account tried, when there is one).
 * The audit entry is its own write: the attempt itself is already recorded by the limiter.
 */
export async function logIn(
  ctx: AppContext,
  { email, password }: LoginBody,
  client: ClientInfo,
): Promise<Result<User> | Refused> {
  const result = await checkCredentials(ctx, email, password, client);
  await appendAudit(ctx.repos.audit, ctx.now(), auditActor(result.user ?? null, client), {
    action: 'session.login',
    resourceType: 'session',
    outcome: result.ok ? 'allowed' : 'denied',
  });
  if (result.ok) return ok(result.user);
  // The account was for the audit entry only: the answer says nothing of it.
  const { code, message, issues, retryAfterSeconds } = result;
  return {
    ...fail(code, message, issues),
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  };
}

/**
 * Confirms the password of a signed-in account before a sensitive change (new password,
 * deletion), under the same rate limit as sign-in: a stolen session must not become a way to
 * guess the password. `field` names the body field in the 400 answer.
 */
export async function confirmPassword(
  ctx: AppContext,
  user: User,
  password: string,
  client: ClientInfo,
  field: string,
): Promise<Refused | undefined> {
  const attempt = await ctx.limiter.begin(user.email, client.ip);
  const { verdict } = attempt;
  if (verdict.limited) {
    return {
      ...fail(
        'RATE_LIMITED',
        `Too many wrong passwords. Try again in ${minutes(verdict.retryAfterSeconds)}.`,
      ),
      retryAfterSeconds: verdict.retryAfterSeconds,
    };
  }
  const hash = await ctx.repos.users.passwordHash(user.id);
  if (hash && (await verifyPassword(hash, password))) {
    await ctx.limiter.succeeded(attempt);
    return undefined;
  }
  return fail('VALIDATION', 'The password is wrong.', [
    { field, message: 'is not your current password' },
  ]);
}
