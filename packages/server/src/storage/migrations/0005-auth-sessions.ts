import type { Kysely, Migration } from 'kysely';

// The sign-in sessions' table takes the name the code gives them, auth sessions, so that no one
// reading the schema takes it for the guided practice sessions beside it. A rename keeps every
// row: whoever was signed in stays signed in.

export const authSessions: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropIndex('sessions_user').execute();
    await db.schema.dropIndex('sessions_seen').execute();
    await db.schema.alterTable('sessions').renameTo('auth_sessions').execute();
    await db.schema
      .createIndex('auth_sessions_user')
      .on('auth_sessions')
      .column('user_id')
      .execute();
    await db.schema
      .createIndex('auth_sessions_seen')
      .on('auth_sessions')
      .column('last_seen_at')
      .execute();
  },
};
