import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { toDate } from './meta-repository.js';
import type { User } from './user-repository.js';

/** A server-side session. The token itself is only ever in the cookie; here is its hash. */
export interface AuthSessionRecord {
  idHash: string;
  userId: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  ip: string;
  userAgent: string;
}

export interface AuthSessionRepository {
  insert(session: AuthSessionRecord): Promise<void>;
  /** The session and its account in one query (every authenticated request makes it). */
  findWithUser(idHash: string): Promise<{ session: AuthSessionRecord; user: User } | undefined>;
  touch(idHash: string, at: Date): Promise<void>;
  delete(idHash: string): Promise<void>;
  /** Ends every session of the account, except `keep` (the current one) when given. */
  deleteForUser(userId: string, keep?: string): Promise<void>;
  /** Removes sessions past either timeout, so old rows do not pile up. */
  deleteStale(seenBefore: Date, createdBefore: Date): Promise<void>;
}

export function createAuthSessionRepository(db: Kysely<Database>): AuthSessionRepository {
  return {
    async insert(s) {
      await db
        .insertInto('auth_sessions')
        .values({
          id_hash: s.idHash,
          user_id: s.userId,
          csrf_token: s.csrfToken,
          created_at: s.createdAt.toISOString(),
          last_seen_at: s.lastSeenAt.toISOString(),
          ip: s.ip,
          user_agent: s.userAgent,
        })
        .execute();
    },

    async findWithUser(idHash) {
      const r = await db
        .selectFrom('auth_sessions')
        .innerJoin('users', 'users.id', 'auth_sessions.user_id')
        .innerJoin('clinics', 'clinics.id', 'users.clinic_id')
        .select([
          'auth_sessions.id_hash',
          'auth_sessions.csrf_token',
          'auth_sessions.created_at',
          'auth_sessions.last_seen_at',
          'auth_sessions.ip',
          'auth_sessions.user_agent',
          'users.id as user_id',
          'users.clinic_id',
          'clinics.name as clinic_name',
          'users.email',
          'users.name',
          'users.role',
          'users.created_at as user_created_at',
        ])
        .where('auth_sessions.id_hash', '=', idHash)
        .executeTakeFirst();
      if (!r) return undefined;
      return {
        session: {
          idHash: r.id_hash,
          userId: r.user_id,
          csrfToken: r.csrf_token,
          createdAt: toDate(r.created_at),
          lastSeenAt: toDate(r.last_seen_at),
          ip: r.ip,
          userAgent: r.user_agent,
        },
        user: {
          id: r.user_id,
          clinicId: r.clinic_id,
          clinicName: r.clinic_name,
          email: r.email,
          name: r.name,
          role: r.role,
          createdAt: toDate(r.user_created_at),
        },
      };
    },

    async touch(idHash, at) {
      await db
        .updateTable('auth_sessions')
        .set({ last_seen_at: at.toISOString() })
        .where('id_hash', '=', idHash)
        .execute();
    },

    async delete(idHash) {
      await db.deleteFrom('auth_sessions').where('id_hash', '=', idHash).execute();
    },

    async deleteForUser(userId, keep) {
      let q = db.deleteFrom('auth_sessions').where('user_id', '=', userId);
      if (keep !== undefined) q = q.where('id_hash', '!=', keep);
      await q.execute();
    },

    async deleteStale(seenBefore, createdBefore) {
      await db
        .deleteFrom('auth_sessions')
        .where((eb) =>
          eb.or([
            eb('last_seen_at', '<', seenBefore.toISOString()),
            eb('created_at', '<', createdBefore.toISOString()),
          ]),
        )
        .execute();
    },
  };
}
