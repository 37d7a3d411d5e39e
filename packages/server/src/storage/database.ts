import type { Kysely } from 'kysely';
import type {
  AuthSessionsTable,
  ClinicsTable,
  InvitationsTable,
  LoginAttemptsTable,
  PasswordResetsTable,
  UsersTable,
} from './account-tables.js';
import type {
  AuditLogTable,
  CheckInsTable,
  PracticeSessionsTable,
  SessionStepLogsTable,
} from './record-tables.js';
import type { Timestamp } from './timestamp.js';

export type { Timestamp };

// One database type for both dialects (DESIGN.md: Kysely's own layout). Column types say what
// each driver can return: SQLite gives strings where PostgreSQL gives Dates, so repositories map
// rows to domain types and never hand raw rows to callers.

/** Small facts about this installation: its instance id, when it was created. */
export interface AppMetaTable {
  key: string;
  value: string;
  updated_at: Timestamp;
}

export interface Database {
  app_meta: AppMetaTable;
  clinics: ClinicsTable;
  users: UsersTable;
  auth_sessions: AuthSessionsTable;
  invitations: InvitationsTable;
  password_resets: PasswordResetsTable;
  login_attempts: LoginAttemptsTable;
  check_ins: CheckInsTable;
  practice_sessions: PracticeSessionsTable;
  session_step_logs: SessionStepLogsTable;
  audit_log: AuditLogTable;
}

export type DialectName = 'sqlite' | 'postgres';

/** An open database and how to close it. */
export interface Storage {
  db: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
}
