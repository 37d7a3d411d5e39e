import type { Migration, MigrationProvider } from 'kysely';
import { appMeta } from './0001-app-meta.js';

/**
 * Every migration, in code (no directory scan: works the same from src/ and dist/).
 * Kysely runs them in the alphabetical order of these names.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-app-meta': appMeta,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...MIGRATIONS }),
};
