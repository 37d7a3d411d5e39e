import { PostgresAdapter, sql, type Kysely, type Migration } from 'kysely';

// The first health record (check-ins) and the audit log of every access to health data.

export const healthRecords: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('check_ins')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('clinic_id', 'text', (c) =>
        c.notNull().references('clinics.id').onDelete('cascade'),
      )
      // Deleting the person deletes their records: "delete my account and its data".
      .addColumn('person_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'timestamptz', (c) => c.notNull())
      .addColumn('assessment', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('outcome_kind', 'text', (c) =>
        c.notNull().check(sql`outcome_kind in ('plan', 'referral')`),
      )
      .execute();
    await db.schema
      .createIndex('check_ins_person')
      .on('check_ins')
      .columns(['person_id', 'created_at'])
      .execute();

    // A growing integer id gives the log a total order (newest first, paging by id) that
    // timestamps from several processes cannot. The one column whose type differs by dialect.
    const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
    await db.schema
      .createTable('audit_log')
      .addColumn('id', postgres ? 'bigserial' : 'integer', (c) =>
        postgres ? c.primaryKey() : c.primaryKey().autoIncrement(),
      )
      .addColumn('at', 'timestamptz', (c) => c.notNull())
      // No foreign keys: entries outlive the accounts and clinics they mention.
      .addColumn('actor_user_id', 'text')
      .addColumn('clinic_id', 'text')
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('resource_type', 'text', (c) => c.notNull())
      .addColumn('resource_id', 'text')
      .addColumn('person_id', 'text')
      .addColumn('ip', 'text', (c) => c.notNull())
      .addColumn('user_agent', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in ('allowed', 'denied')`))
      .execute();
    await db.schema
      .createIndex('audit_log_clinic')
      .on('audit_log')
      .columns(['clinic_id', 'id'])
      .execute();
    await db.schema.createIndex('audit_log_person').on('audit_log').column('person_id').execute();
    await db.schema
      .createIndex('audit_log_actor')
      .on('audit_log')
      .column('actor_user_id')
      .execute();
  },
};
