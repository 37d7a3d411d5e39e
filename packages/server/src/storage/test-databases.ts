import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openPostgres, openSqlite } from './connect.js';
import type { DialectName, Storage } from './database.js';

// Test databases on real engines, never mocks (DESIGN.md). Suites loop over DIALECTS the way
// Kysely's own tests do, so both adapters pass the same assertions.

export const DIALECTS: readonly DialectName[] = ['sqlite', 'postgres'];

export interface TestDatabase extends Storage {
  /** Where it lives, for messages: a file path or a PostgreSQL schema name. */
  location: string;
  /** Closes the connection and deletes the data. */
  destroy(): Promise<void>;
}

/** An empty database of the given dialect: a temp SQLite file, or a fresh PostgreSQL schema. */
export async function openTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  return dialect === 'sqlite' ? openTestSqlite() : openTestPostgres();
}

function openTestSqlite(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'acupress-test-'));
  const file = join(dir, 'acupress.sqlite');
  const storage = openSqlite(file);
  return {
    ...storage,
    location: file,
    async destroy() {
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function openTestPostgres(): Promise<TestDatabase> {
  const base = inject('pgUrl');
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  // Every pooled connection starts with this schema first on its search path (a libpq option).
  const url = new URL(base);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const storage = await openPostgres(url.toString());
  return {
    ...storage,
    location: `${url.pathname.slice(1)} schema ${schema}`,
    async destroy() {
      await storage.close();
      try {
        await admin.query(`DROP SCHEMA "${schema}" CASCADE`);
      } finally {
        await admin.end();
      }
    },
  };
}
