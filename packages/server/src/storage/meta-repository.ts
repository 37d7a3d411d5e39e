import { sql, type Kysely } from 'kysely';
import type { Database } from './database.js';

/** This installation: a random id made by the first migration, and when that ran. */
export interface InstanceInfo {
  instanceId: string;
  createdAt: Date;
}

export interface MetaEntry {
  key: string;
  value: string;
  updatedAt: Date;
}

/**
 * Reads a timestamp column. PostgreSQL returns a Date; SQLite returns the ISO string we wrote,
 * or `YYYY-MM-DD HH:MM:SS` (UTC, no zone) from its CURRENT_TIMESTAMP default.
 */
export function toDate(value: Date | string): Date {
  if (value instanceof Date) return value;
  const iso = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?$/.test(value)
    ? `${value.replace(' ', 'T')}Z`
    : value;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`not a timestamp: '${value}'`);
  return date;
}

export interface MetaRepository {
  getInstanceInfo(): Promise<InstanceInfo>;
  get(key: string): Promise<MetaEntry | undefined>;
  set(key: string, value: string): Promise<MetaEntry>;
  /** true when the database answers a trivial query. */
  ping(): Promise<boolean>;
}

export function createMetaRepository(db: Kysely<Database>): MetaRepository {
  const get = async (key: string): Promise<MetaEntry | undefined> => {
    const row = await db
      .selectFrom('app_meta')
      .select(['key', 'value', 'updated_at'])
      .where('key', '=', key)
      .executeTakeFirst();
    return row && { key: row.key, value: row.value, updatedAt: toDate(row.updated_at) };
  };

  return {
    get,

    async set(key, value) {
      const updatedAt = new Date().toISOString();
      await db
        .insertInto('app_meta')
        .values({ key, value, updated_at: updatedAt })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: updatedAt }))
        .execute();
      return { key, value, updatedAt: new Date(updatedAt) };
    },

    async getInstanceInfo() {
      const [id, created] = await Promise.all([get('instance_id'), get('created_at')]);
      if (!id || !created) throw new Error('app_meta has no instance id: run the migrations first');
      return { instanceId: id.value, createdAt: toDate(created.value) };
    },

    async ping() {
      try {
        await sql`select 1`.execute(db);
        return true;
      } catch {
        return false;
      }
    },
  };
}
