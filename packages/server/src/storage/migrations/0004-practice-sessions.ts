import type { Kysely, Migration } from 'kysely';

// Guided sessions (issue 5): what each session set out to do, how it went, and the next day's
// check. The id is the client's UUID, so an offline session sent twice is stored once.

export const practiceSessions: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('practice_sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('clinic_id', 'text', (c) =>
        c.notNull().references('clinics.id').onDelete('cascade'),
      )
      // Deleting the person deletes their sessions, as it does their check-ins.
      .addColumn('person_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('check_in_id', 'text', (c) =>
        c.notNull().references('check_ins.id').onDelete('cascade'),
      )
      .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('received_at', 'timestamptz', (c) => c.notNull())
      .addColumn('started_at', 'timestamptz', (c) => c.notNull())
      .addColumn('before_nrs', 'integer', (c) => c.notNull())
      .addColumn('planned_seconds', 'integer', (c) => c.notNull())
      .addColumn('pressure_target', 'integer', (c) => c.notNull())
      .addColumn('steps', 'text', (c) => c.notNull())
      .addColumn('ended_at', 'timestamptz')
      .addColumn('after_nrs', 'integer')
      .addColumn('soreness', 'integer')
      .addColumn('pressure_feel', 'text')
      .addColumn('after', 'text')
      .addColumn('logged_at', 'timestamptz')
      .addColumn('next_day', 'text')
      .addColumn('next_day_at', 'timestamptz')
      .execute();
    await db.schema
      .createIndex('practice_sessions_person')
      .on('practice_sessions')
      .columns(['person_id', 'started_at'])
      .execute();
    // The foreign key's own index: deleting a check-in finds its sessions without a scan.
    await db.schema
      .createIndex('practice_sessions_check_in')
      .on('practice_sessions')
      .column('check_in_id')
      .execute();

    await db.schema
      .createTable('session_step_logs')
      .addColumn('session_id', 'text', (c) =>
        c.notNull().references('practice_sessions.id').onDelete('cascade'),
      )
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('step_id', 'text', (c) => c.notNull())
      .addColumn('side', 'text', (c) => c.notNull())
      .addColumn('held_seconds', 'integer', (c) => c.notNull())
      // SQLite has no boolean type: it stores 1/0, which the repository maps back.
      .addColumn('released', 'boolean')
      .addColumn('tenderness', 'integer')
      .addColumn('skipped', 'boolean', (c) => c.notNull())
      .addPrimaryKeyConstraint('session_step_logs_pk', ['session_id', 'position'])
      .execute();
  },
};
