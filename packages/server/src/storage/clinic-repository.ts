import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { isId, newId } from './ids.js';
import { toDate } from './meta-repository.js';

/** The tenant: every account and health record belongs to one clinic. */
export interface Clinic {
  id: string;
  name: string;
  createdAt: Date;
}

export interface ClinicRepository {
  create(name: string, now: Date): Promise<Clinic>;
  find(id: string): Promise<Clinic | undefined>;
  /** Deletes the clinic and, by cascade, its accounts, sessions, links and health records. */
  delete(id: string): Promise<void>;
}

export function createClinicRepository(db: Kysely<Database>): ClinicRepository {
  return {
    async create(name, now) {
      const clinic = { id: newId(), name, created_at: now.toISOString() };
      await db.insertInto('clinics').values(clinic).execute();
      return { id: clinic.id, name, createdAt: now };
    },

    async find(id) {
      if (!isId(id)) return undefined;
      const row = await db
        .selectFrom('clinics')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && { id: row.id, name: row.name, createdAt: toDate(row.created_at) };
    },

    async delete(id) {
      await db.deleteFrom('clinics').where('id', '=', id).execute();
    },
  };
}
