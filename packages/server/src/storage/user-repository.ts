import type { Role } from '@acupress/core';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { isId, newId } from './ids.js';
import { toDate } from './meta-repository.js';

export interface User {
  id: string;
  clinicId: string;
  clinicName: string;
  email: string;
  name: string;
  role: Role;
  createdAt: Date;
}

export interface NewUser {
  clinicId: string;
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
}

/** Emails are compared and stored lower-cased and trimmed: one account per address. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

export interface UserRepository {
  count(): Promise<number>;
  create(user: NewUser, now: Date): Promise<User>;
  find(id: string): Promise<User | undefined>;
  findByEmail(email: string): Promise<User | undefined>;
  passwordHash(id: string): Promise<string | undefined>;
  /** The clinic's accounts with one of these roles, oldest first. */
  listInClinic(clinicId: string, roles: readonly Role[]): Promise<User[]>;
  countInClinic(clinicId: string): Promise<number>;
  setPasswordHash(id: string, hash: string): Promise<void>;
  /** Deletes the account; its sessions, links and health records go with it (cascade). */
  delete(id: string): Promise<void>;
}

type UserRow = {
  id: string;
  clinic_id: string;
  clinic_name: string;
  email: string;
  name: string;
  role: Role;
  created_at: Date | string;
};

const toUser = (r: UserRow): User => ({
  id: r.id,
  clinicId: r.clinic_id,
  clinicName: r.clinic_name,
  email: r.email,
  name: r.name,
  role: r.role,
  createdAt: toDate(r.created_at),
});

export function createUserRepository(db: Kysely<Database>): UserRepository {
  const users = () =>
    db
      .selectFrom('users')
      .innerJoin('clinics', 'clinics.id', 'users.clinic_id')
      .select([
        'users.id',
        'users.clinic_id',
        'clinics.name as clinic_name',
        'users.email',
        'users.name',
        'users.role',
        'users.created_at',
      ]);

  return {
    async count() {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async create(user, now) {
      const id = newId();
      await db
        .insertInto('users')
        .values({
          id,
          clinic_id: user.clinicId,
          email: normalizeEmail(user.email),
          name: user.name,
          role: user.role,
          password_hash: user.passwordHash,
          created_at: now.toISOString(),
        })
        .execute();
      const created = await users().where('users.id', '=', id).executeTakeFirstOrThrow();
      return toUser(created);
    },

    async find(id) {
      if (!isId(id)) return undefined;
      const row = await users().where('users.id', '=', id).executeTakeFirst();
      return row && toUser(row);
    },

    async findByEmail(email) {
      const row = await users().where('users.email', '=', normalizeEmail(email)).executeTakeFirst();
      return row && toUser(row);
    },

    async passwordHash(id) {
      const row = await db
        .selectFrom('users')
        .select('password_hash')
        .where('id', '=', id)
        .executeTakeFirst();
      return row?.password_hash;
    },

    async listInClinic(clinicId, roles) {
      if (roles.length === 0) return [];
      const rows = await users()
        .where('users.clinic_id', '=', clinicId)
        .where('users.role', 'in', roles)
        .orderBy('users.created_at')
        .orderBy('users.id')
        .execute();
      return rows.map(toUser);
    },

    async countInClinic(clinicId) {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('clinic_id', '=', clinicId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async setPasswordHash(id, hash) {
      await db.updateTable('users').set({ password_hash: hash }).where('id', '=', id).execute();
    },

    async delete(id) {
      await db.deleteFrom('users').where('id', '=', id).execute();
    },
  };
}
