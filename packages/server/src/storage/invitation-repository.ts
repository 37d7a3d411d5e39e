import type { InvitableRole } from '@acupress/core';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { isId, newId } from './ids.js';
import { toDate } from './meta-repository.js';

/** A one-time, expiring link to join a clinic. The token is only in the link. */
export interface Invitation {
  id: string;
  clinicId: string;
  clinicName: string;
  role: InvitableRole;
  email: string | null;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
}

export interface NewInvitation {
  tokenHash: string;
  clinicId: string;
  role: InvitableRole;
  email: string | null;
  createdBy: string;
  expiresAt: Date;
}

export interface InvitationRepository {
  create(invitation: NewInvitation, now: Date): Promise<Invitation>;
  find(id: string): Promise<Invitation | undefined>;
  findByTokenHash(tokenHash: string): Promise<Invitation | undefined>;
  /** Unused, unexpired invitations of the clinic for these roles, newest first. */
  listPending(clinicId: string, roles: readonly InvitableRole[], now: Date): Promise<Invitation[]>;
  /**
   * Marks the invitation used if it still can be (unused, unexpired): true for exactly one
   * caller even when two accept at once, since the check and the write are one statement.
   */
  claim(tokenHash: string, now: Date): Promise<boolean>;
  delete(id: string): Promise<void>;
}

export function createInvitationRepository(db: Kysely<Database>): InvitationRepository {
  const invitations = () =>
    db
      .selectFrom('invitations')
      .innerJoin('clinics', 'clinics.id', 'invitations.clinic_id')
      .select([
        'invitations.id',
        'invitations.clinic_id',
        'clinics.name as clinic_name',
        'invitations.role',
        'invitations.email',
        'invitations.created_by',
        'invitations.created_at',
        'invitations.expires_at',
        'invitations.used_at',
      ]);
  type Row = Awaited<ReturnType<ReturnType<typeof invitations>['executeTakeFirstOrThrow']>>;
  const toInvitation = (r: Row): Invitation => ({
    id: r.id,
    clinicId: r.clinic_id,
    clinicName: r.clinic_name,
    role: r.role,
    email: r.email,
    createdBy: r.created_by,
    createdAt: toDate(r.created_at),
    expiresAt: toDate(r.expires_at),
    usedAt: r.used_at === null ? null : toDate(r.used_at),
  });

  return {
    async create(inv, now) {
      const id = newId();
      await db
        .insertInto('invitations')
        .values({
          id,
          token_hash: inv.tokenHash,
          clinic_id: inv.clinicId,
          role: inv.role,
          email: inv.email,
          created_by: inv.createdBy,
          created_at: now.toISOString(),
          expires_at: inv.expiresAt.toISOString(),
          used_at: null,
        })
        .execute();
      return toInvitation(
        await invitations().where('invitations.id', '=', id).executeTakeFirstOrThrow(),
      );
    },

    async find(id) {
      if (!isId(id)) return undefined;
      const row = await invitations().where('invitations.id', '=', id).executeTakeFirst();
      return row && toInvitation(row);
    },

    async findByTokenHash(tokenHash) {
      const row = await invitations()
        .where('invitations.token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row && toInvitation(row);
    },

    async listPending(clinicId, roles, now) {
      if (roles.length === 0) return [];
      const rows = await invitations()
        .where('invitations.clinic_id', '=', clinicId)
        .where('invitations.role', 'in', roles)
        .where('invitations.used_at', 'is', null)
        .where('invitations.expires_at', '>', now.toISOString())
        .orderBy('invitations.created_at', 'desc')
        .orderBy('invitations.id')
        .execute();
      return rows.map(toInvitation);
    },

    async claim(tokenHash, now) {
      const result = await db
        .updateTable('invitations')
        .set({ used_at: now.toISOString() })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now.toISOString())
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async delete(id) {
      await db.deleteFrom('invitations').where('id', '=', id).execute();
    },
  };
}
