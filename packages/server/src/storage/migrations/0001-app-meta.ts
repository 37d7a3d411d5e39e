import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Migration } from 'kysely';

// Written once, valid for SQLite and PostgreSQL: only types both understand, no dialect SQL.
// Never edit a migration that has shipped; add a new one.

type AppMetaV1 = {
  app_meta: { key: string; value: string; updated_at?: string };
};

export const appMeta: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('app_meta')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`CURRENT_TIMESTAMP`))
      .execute();
    const now = new Date().toISOString();
    await db
      .withTables<AppMetaV1>()
      .insertInto('app_meta')
      .values([
        { key: 'instance_id', value: randomUUID(), updated_at: now },
        { key: 'created_at', value: now, updated_at: now },
      ])
      .execute();
  },
};
