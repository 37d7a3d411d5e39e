import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { toDate } from './meta-repository.js';

/** Who did what to which record, when, from where, and whether it was allowed. Ids only. */
export interface AuditEntry {
  id: number;
  at: Date;
  actorUserId: string | null;
  clinicId: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  personId: string | null;
  ip: string;
  userAgent: string;
  outcome: 'allowed' | 'denied';
}

export type NewAuditEntry = Omit<AuditEntry, 'id'>;

/**
 * Append and read: there is deliberately no update or delete, so nothing in the application can
 * rewrite history (a test checks this interface and the routes).
 */
export interface AuditRepository {
  append(entry: NewAuditEntry): Promise<void>;
  /** The clinic's entries newest first, `limit` of them, older than the entry `before`. */
  listForClinic(clinicId: string, page: { limit: number; before?: number }): Promise<AuditEntry[]>;
  /** Entries where the account acted or was acted on, oldest first (their data export). */
  listAbout(userId: string): Promise<AuditEntry[]>;
}

export function createAuditRepository(db: Kysely<Database>): AuditRepository {
  const entries = () => db.selectFrom('audit_log').selectAll();
  type Row = Awaited<ReturnType<ReturnType<typeof entries>['executeTakeFirstOrThrow']>>;
  const toEntry = (r: Row): AuditEntry => ({
    id: Number(r.id),
    at: toDate(r.at),
    actorUserId: r.actor_user_id,
    clinicId: r.clinic_id,
    action: r.action,
    resourceType: r.resource_type,
    resourceId: r.resource_id,
    personId: r.person_id,
    ip: r.ip,
    userAgent: r.user_agent,
    outcome: r.outcome,
  });

  return {
    async append(e) {
      await db
        .insertInto('audit_log')
        .values({
          at: e.at.toISOString(),
          actor_user_id: e.actorUserId,
          clinic_id: e.clinicId,
          action: e.action,
          resource_type: e.resourceType,
          resource_id: e.resourceId,
          person_id: e.personId,
          ip: e.ip,
          user_agent: e.userAgent,
          outcome: e.outcome,
        })
        .execute();
    },

    async listForClinic(clinicId, { limit, before }) {
      let q = entries().where('clinic_id', '=', clinicId);
      if (before !== undefined) q = q.where('id', '<', before);
      const rows = await q.orderBy('id', 'desc').limit(limit).execute();
      return rows.map(toEntry);
    },

    async listAbout(userId) {
      const rows = await entries()
        .where((eb) => eb.or([eb('actor_user_id', '=', userId), eb('person_id', '=', userId)]))
        .orderBy('id')
        .execute();
      return rows.map(toEntry);
    },
  };
}
