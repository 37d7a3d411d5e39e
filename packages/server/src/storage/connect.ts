import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { DatabaseConfig } from '../config/config.js';
import type { Database, Storage } from './database.js';

/** Opens the configured database. Nothing is migrated here (see migrate.ts). */
export async function connectDatabase(config: DatabaseConfig): Promise<Storage> {
  return config.kind === 'sqlite' ? openSqlite(config.file, config.dir) : openPostgres(config.url);
}

/** SQLite through better-sqlite3: one file, created (with its directory) when missing. */
export function openSqlite(file: string, dir?: string): Storage {
  if (dir) ensureDir(dir);
  const sqlite = new BetterSqlite3(file);
  // WAL lets readers run beside the writer; synchronous=FULL syncs the WAL on every commit, so a
  // write the API acknowledged survives kill -9 or power loss (NORMAL could lose the last ones).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

/**
 * mkdir -p by hand: Node 20's `mkdirSync(dir, { recursive: true })` spins forever on some
 * impossible paths (e.g. under /proc); one level at a time fails with a clear ENOENT/EACCES.
 */
function ensureDir(dir: string): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) ensureDir(parent);
  mkdirSync(dir);
}

/** PostgreSQL through a pg Pool. pg is loaded only here, so SQLite installs start faster. */
export async function openPostgres(url: string): Promise<Storage> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client that loses its server emits 'error'; without a listener that kills the process.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}
