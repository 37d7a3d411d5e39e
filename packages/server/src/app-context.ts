import type { Kysely } from 'kysely';
import { createAuditTrail, type AuditTrail } from './audit/audit-trail.js';
import { createLoginLimiter, type LoginLimiter } from './auth/login-limiter.js';
import {
  createSessionService,
  DEFAULT_TIMEOUTS,
  type SessionService,
  type SessionTimeouts,
} from './auth/auth-session-service.js';
import type { Database } from './storage/database.js';
import { createRepositories, type Repositories } from './storage/repositories.js';

/** What the account and health-record routes share: storage, sessions, limits, the clock. */
export interface AppContext {
  db: Kysely<Database>;
  repos: Repositories;
  sessions: SessionService;
  limiter: LoginLimiter;
  audit: AuditTrail;
  /** The clock; tests pass their own to cross timeouts without waiting. */
  now: () => Date;
}

export function createAppContext(
  db: Kysely<Database>,
  options: { now?: () => Date; timeouts?: SessionTimeouts } = {},
): AppContext {
  const now = options.now ?? (() => new Date());
  const repos = createRepositories(db);
  return {
    db,
    repos,
    sessions: createSessionService(repos.sessions, now, options.timeouts ?? DEFAULT_TIMEOUTS),
    limiter: createLoginLimiter(repos.loginAttempts, now),
    audit: createAuditTrail(repos.audit, now),
    now,
  };
}
