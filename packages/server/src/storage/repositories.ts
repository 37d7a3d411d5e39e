import type { Kysely } from 'kysely';
import { createAuditRepository, type AuditRepository } from './audit-repository.js';
import { createCheckInRepository, type CheckInRepository } from './check-in-repository.js';
import { createClinicRepository, type ClinicRepository } from './clinic-repository.js';
import type { Database } from './database.js';
import { createInvitationRepository, type InvitationRepository } from './invitation-repository.js';
import {
  createLoginAttemptRepository,
  type LoginAttemptRepository,
} from './login-attempt-repository.js';
import {
  createPasswordResetRepository,
  type PasswordResetRepository,
} from './password-reset-repository.js';
import {
  createPracticeSessionRepository,
  type PracticeSessionRepository,
} from './practice-session-repository.js';
import {
  createAuthSessionRepository,
  type AuthSessionRepository,
} from './auth-session-repository.js';
import { createUserRepository, type UserRepository } from './user-repository.js';

/** Every repository over one connection or transaction. They hold no state: make them freely. */
export interface Repositories {
  clinics: ClinicRepository;
  users: UserRepository;
  authSessions: AuthSessionRepository;
  invitations: InvitationRepository;
  passwordResets: PasswordResetRepository;
  loginAttempts: LoginAttemptRepository;
  checkIns: CheckInRepository;
  practiceSessions: PracticeSessionRepository;
  audit: AuditRepository;
}

export function createRepositories(db: Kysely<Database>): Repositories {
  return {
    clinics: createClinicRepository(db),
    users: createUserRepository(db),
    authSessions: createAuthSessionRepository(db),
    invitations: createInvitationRepository(db),
    passwordResets: createPasswordResetRepository(db),
    loginAttempts: createLoginAttemptRepository(db),
    checkIns: createCheckInRepository(db),
    practiceSessions: createPracticeSessionRepository(db),
    audit: createAuditRepository(db),
  };
}

/** Runs `work` in one transaction with repositories bound to it. */
export function inTransaction<T>(
  db: Kysely<Database>,
  work: (repos: Repositories, trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  // Everything inside must use `repos` or `trx`, never the outer db: on SQLite (one connection)
  // the outer db would wait for this transaction forever.
  return db.transaction().execute((trx) => work(createRepositories(trx), trx));
}
