import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { toDate } from './meta-repository.js';

/** Failed sign-ins by key, in the database so every server process shares the count. */
export interface LoginAttemptRepository {
  /** Records one attempt under each key; `attempt` identifies it for removal. */
  record(keys: readonly string[], at: Date, attempt: string): Promise<void>;
  /** How many failures the key has since `since`, and when the oldest of them was. */
  failuresSince(key: string, since: Date): Promise<{ count: number; oldest: Date | null }>;
  clear(key: string): Promise<void>;
  /** Forgets one attempt under every key (a sign-in that turned out right, or was refused). */
  remove(attempt: string): Promise<void>;
  /** Forgets failures older than `before` (for every key). */
  prune(before: Date): Promise<void>;
}

export function createLoginAttemptRepository(db: Kysely<Database>): LoginAttemptRepository {
  return {
    async record(keys, at, attempt) {
      if (keys.length === 0) return;
      await db
        .insertInto('login_attempts')
        .values(keys.map((key) => ({ attempt, key, at: at.toISOString() })))
        .execute();
    },

    async failuresSince(key, since) {
      const row = await db
        .selectFrom('login_attempts')
        .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('at').as('oldest')])
        .where('key', '=', key)
        .where('at', '>', since.toISOString())
        .executeTakeFirstOrThrow();
      const oldest = row.oldest as Date | string | null;
      return { count: Number(row.n), oldest: oldest === null ? null : toDate(oldest) };
    },

    async clear(key) {
      await db.deleteFrom('login_attempts').where('key', '=', key).execute();
    },

    async remove(attempt) {
      await db.deleteFrom('login_attempts').where('attempt', '=', attempt).execute();
    },

    async prune(before) {
      await db.deleteFrom('login_attempts').where('at', '<', before.toISOString()).execute();
    },
  };
}
