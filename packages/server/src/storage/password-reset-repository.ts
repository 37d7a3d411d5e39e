import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { toDate } from './meta-repository.js';

/** A one-time, expiring link to set a new password, issued by the owner (no mail server). */
export interface PasswordReset {
  userId: string;
  email: string;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
}

export interface PasswordResetRepository {
  /** Issues a link; any earlier unused link for the same account stops working. */
  create(
    reset: { tokenHash: string; userId: string; createdBy: string; expiresAt: Date },
    now: Date,
  ): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<PasswordReset | undefined>;
  /** Marks it used if it still can be; true for exactly one caller (one statement). */
  claim(tokenHash: string, now: Date): Promise<boolean>;
}

export function createPasswordResetRepository(db: Kysely<Database>): PasswordResetRepository {
  return {
    async create(reset, now) {
      await db
        .deleteFrom('password_resets')
        .where('user_id', '=', reset.userId)
        .where('used_at', 'is', null)
        .execute();
      await db
        .insertInto('password_resets')
        .values({
          token_hash: reset.tokenHash,
          user_id: reset.userId,
          created_by: reset.createdBy,
          created_at: now.toISOString(),
          expires_at: reset.expiresAt.toISOString(),
          used_at: null,
        })
        .execute();
    },

    async findByTokenHash(tokenHash) {
      const r = await db
        .selectFrom('password_resets')
        .innerJoin('users', 'users.id', 'password_resets.user_id')
        .select([
          'password_resets.user_id',
          'users.email',
          'password_resets.created_by',
          'password_resets.created_at',
          'password_resets.expires_at',
          'password_resets.used_at',
        ])
        .where('password_resets.token_hash', '=', tokenHash)
        .executeTakeFirst();
      return (
        r && {
          userId: r.user_id,
          email: r.email,
          createdBy: r.created_by,
          createdAt: toDate(r.created_at),
          expiresAt: toDate(r.expires_at),
          usedAt: r.used_at === null ? null : toDate(r.used_at),
        }
      );
    },

    async claim(tokenHash, now) {
      const result = await db
        .updateTable('password_resets')
        .set({ used_at: now.toISOString() })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now.toISOString())
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
