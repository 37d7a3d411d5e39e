import type { Kysely } from 'kysely';
import {
  createAuthSessionService,
  DEFAULT_AUTH_SESSION_TIMEOUTS,
  type AuthSessionService,
  type AuthSessionTimeouts,
} from './auth/auth-session-service.js';
import { createLoginLimiter, type LoginLimiter } from './auth/login-limiter.js';
import type { Database } from './storage/database.js';
import { createRepositories, type Repositories } from './storage/repositories.js';

/**
 * What the workflows (accounts/, records/) and the auth hooks share: storage, sign-in sessions,
 * the sign-in limits, the clock. Repositories here are over the whole database; a workflow that
 * writes uses those of its transaction (storage/repositories.ts, inTransaction).
 */
export interface AppContext {
  db: Kysely<Database>;
  repos: Repositories;
  authSessions: AuthSessionService;
  limiter: LoginLimiter;
  /** The clock; tests pass their own to cross timeouts without waiting. */
  now: () => Date;
}

export function createAppContext(
  db: Kysely<Database>,
  options: { now?: () => Date; timeouts?: AuthSessionTimeouts } = {},
): AppContext {
  const now = options.now ?? (() => new Date());
  const repos = createRepositories(db);
  const timeouts = options.timeouts ?? DEFAULT_AUTH_SESSION_TIMEOUTS;
  return {
    db,
    repos,
    authSessions: createAuthSessionService(repos.authSessions, now, timeouts),
    limiter: createLoginLimiter(repos.loginAttempts, now),
    now,
  };
}
