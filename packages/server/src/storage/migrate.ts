import { Migrator, type Kysely } from 'kysely';
import type { Database } from './database.js';
import { migrationProvider } from './migrations/index.js';

export interface MigrationOutcome {
  /** Names of the migrations this run applied, in order. */
  applied: string[];
  /** Names of every migration known to this version. */
  known: string[];
}

/** Brings the schema up to date. Safe to run on every start: applied migrations are skipped. */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationOutcome> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName;
    const reason = error instanceof Error ? error.message : JSON.stringify(error);
    throw new Error(
      failed ? `migration ${failed} failed: ${reason}` : `migrations failed: ${reason}`,
      {
        cause: error,
      },
    );
  }
  const known = Object.keys(await migrationProvider.getMigrations()).sort();
  return {
    applied: results.filter((r) => r.status === 'Success').map((r) => r.migrationName),
    known,
  };
}
