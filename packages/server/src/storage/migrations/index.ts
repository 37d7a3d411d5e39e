import type { Migration, MigrationProvider } from 'kysely';
import { appMeta } from './0001-app-meta.js';
import { accounts } from './0002-accounts.js';
import { healthRecords } from './0003-health-records.js';
import { practiceSessions } from './0004-practice-sessions.js';
import { authSessions } from './0005-auth-sessions.js';

/**
 * Every migration, in code (no directory scan: works the same from src/ and dist/).
 * Kysely runs them in the alphabetical order of these names.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-app-meta': appMeta,
  '0002-accounts': accounts,
  '0003-health-records': healthRecords,
  '0004-practice-sessions': practiceSessions,
  '0005-auth-sessions': authSessions,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...MIGRATIONS }),
};
